import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../time';
import type { ChainCheck } from './api';

/** A chain check as the auditor reads it: intact with how much was checked, or where and why it broke. */
export function ChainCheckResult({ check, compact = false }: { check: ChainCheck; compact?: boolean }) {
  const { t } = useTranslation('admin');
  const { result } = check;
  const title = result.intact
    ? t('audit.intact', { count: result.recordsChecked, last: result.lastSequence })
    : t('audit.broken', { sequence: result.firstBrokenSequence, problem: result.problem ?? '' });
  return (
    <Alert
      type={result.intact ? 'success' : 'error'}
      showIcon
      role={result.intact ? 'status' : 'alert'}
      title={title}
      description={
        <>
          {!compact && !result.intact && <div>{t('audit.checkedUpTo', { count: result.recordsChecked, last: result.lastSequence })}</div>}
          {!compact && result.headHash && (
            <div>
              {t('audit.headHash')}: <Typography.Text code copyable>{result.headHash}</Typography.Text>
            </div>
          )}
          <Typography.Text type="secondary">{t('audit.checkedAt', { at: formatInstant(check.checkedAt) })}</Typography.Text>
        </>
      }
    />
  );
}
