import type { TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Page } from '../../../api/http';

const DEFAULT_SIZE = 20;

/** The page and size of a list, kept in the address (`?page=2&size=50`, page from 0 as the API counts). */
export function usePageParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const size = Math.min(100, Math.max(1, Number(params.get('size') ?? DEFAULT_SIZE) || DEFAULT_SIZE));
  const setPage = (nextPage: number, nextSize: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('page', String(nextPage));
      next.set('size', String(nextSize));
      return next;
    });
  return { page, size, setPage };
}

/** A Table's pagination bound to the API's page, size and total (antd counts pages from 1). */
export function useTablePagination(
  data: Page<unknown> | undefined,
  onChange: (page: number, size: number) => void,
): TablePaginationConfig {
  const { t } = useTranslation();
  return {
    current: (data?.page ?? 0) + 1,
    pageSize: data?.size ?? DEFAULT_SIZE,
    total: data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => t('total', { count }),
    onChange: (page, size) => onChange(page - 1, size),
  };
}
