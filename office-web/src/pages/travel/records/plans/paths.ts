/** The console address of a unit's plan for a year. */
export function planPage(unit: string, year: number | string): string {
  return `/travel/plans/${encodeURIComponent(unit)}/${year}`;
}
