import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** How the services mark a value they withhold from the trail (platform PersonalData.WITHHELD). */
export const WITHHELD = '[personal data]';

/** A value from the trail: text as it is, withheld personal data as a tag, structures as compact JSON. */
export function AuditValue({ value }: { value: unknown }) {
  const { t } = useTranslation('admin');
  if (value === undefined || value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (value === WITHHELD) return <Tag color="purple">{t('audit.personalData')}</Tag>;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return <>{String(value)}</>;
  return (
    <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {JSON.stringify(value)}
    </Typography.Text>
  );
}
