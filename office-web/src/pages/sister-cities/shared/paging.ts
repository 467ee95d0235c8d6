import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../api/http';

/** A table's pages bound to the API's `page` (from 0), `size` (≤ 100) and `total`. */
export function usePaging(initialSize = 20) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(initialSize);
  const pagination = (answer: Page<unknown> | undefined): TablePaginationConfig => ({
    current: (answer?.page ?? page) + 1,
    pageSize: answer?.size ?? size,
    total: answer?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => t('total', { count: total }),
    onChange: (next, nextSize) => {
      setPage(nextSize !== size ? 0 : next - 1);
      setSize(nextSize);
    },
  });
  return { page, size, reset: () => setPage(0), pagination };
}
