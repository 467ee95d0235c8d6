import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

/** What a page shows while its data loads, or when loading failed (with a retry). */
export function Loading({ error, retry }: { error?: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Result
        status="warning"
        title={<ProblemAlert error={error} />}
        extra={retry && <Button onClick={retry}>{t('retry')}</Button>}
      />
    );
  }
  return (
    <div style={{ padding: 48, textAlign: 'center' }} aria-busy="true">
      <Spin />
      <div style={{ marginTop: 8 }}>{t('loading')}</div>
    </div>
  );
}
