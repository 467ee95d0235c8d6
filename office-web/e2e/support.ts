import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const PASSWORD = process.env.WAISHI_DEMO_PASSWORD ?? 'waishi-demo';
const SCREENSHOTS = 'target/screenshots';

/**
 * Signs a demo user in the way staff do: open the console, get sent to the provider's login form, come back
 * signed in. The interface is switched to English so the tests read one language (the Chinese labels have
 * their own component tests).
 */
export async function signIn(page: Page, username: string, path = '/console/'): Promise<void> {
  await page.addInitScript(() => {
    if (window.localStorage.getItem('waishi.language') === null) window.localStorage.setItem('waishi.language', 'en');
  });
  await page.goto(path);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId('who-am-i')).toContainText(username);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Signed out at the gateway and at the provider: the console's address leads to the provider's form again.
  await expect(page.locator('input[name="username"]')).toBeVisible();
}

/** A full-page picture of the page as it is, for people reading the run's results. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** No serious or critical accessibility violation (axe-core, WCAG 2.1 A and AA rules) on the page as shown. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const where = (node: (typeof serious)[number]['nodes'][number]) => {
    const contrast = node.any.find((check) => check.id === 'color-contrast')?.data as
      | { fgColor?: string; bgColor?: string; contrastRatio?: number }
      | undefined;
    return contrast?.fgColor ? `${node.target.join(' ')} ${contrast.fgColor} on ${contrast.bgColor} = ${contrast.contrastRatio}` : node.target.join(' ');
  };
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map(where).join('; ')})`)).toEqual([]);
}
