import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** How many days a lent passport is past its due date, in red; nothing when it is not overdue. */
export function OverdueTag({ days }: { days: number }) {
  const { t } = useTranslation('travel');
  if (days <= 0) return null;
  return <Tag color="red">{t('records.passports.daysOverdue', { count: days })}</Tag>;
}
