import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 20;

/**
 * A list's filters and page, kept in the address so a filtered list can be bookmarked, shared and reloaded.
 * Changing a filter goes back to the first page.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = Object.fromEntries(keys.map((key) => [key, search.get(key) ?? undefined])) as Record<K, string | undefined>;
  const page = Math.max(0, Number(search.get('page') ?? 0) || 0);
  const size = Math.min(100, Math.max(1, Number(search.get('size') ?? PAGE_SIZE) || PAGE_SIZE));

  const write = (next: Partial<Record<K, string | undefined>>, nextPage: number, nextSize: number) => {
    const params = new URLSearchParams();
    for (const key of keys) {
      const value = next[key];
      if (value !== undefined && value !== '') params.set(key, value);
    }
    if (nextPage > 0) params.set('page', String(nextPage));
    if (nextSize !== PAGE_SIZE) params.set('size', String(nextSize));
    setSearch(params);
  };

  return {
    filters,
    page,
    size,
    setFilters: (next: Partial<Record<K, string | undefined>>) => write(next, 0, size),
    /** The Table's pagination, bound to the service's page (from 0), size and total. */
    pagination: (total: number | undefined): TablePaginationConfig => ({
      current: page + 1,
      pageSize: size,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (count) => t('total', { count }),
      onChange: (nextPage, nextSize) => write(filters, nextSize !== size ? 0 : nextPage - 1, nextSize),
    }),
  };
}
