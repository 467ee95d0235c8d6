import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../me';
import { mayAdminister } from '../shared/roles';
import { ServiceTabs } from '../shared/ServiceTabs';
import { POLICY_SERVICES } from './api';
import { PolicyTable } from './PolicyTable';

/** `/admin/policy`: the parameters of the rules, per service; every staff member reads, ADMIN schedules. */
export function PolicyPage() {
  const { t } = useTranslation('admin');
  const { data: me } = useMe();
  const mayChange = mayAdminister(me);
  return (
    <>
      <Typography.Title level={2}>{t('policy.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{mayChange ? t('policy.introAdmin') : t('policy.introReader')}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('policy.onlyTravel')} style={{ marginBottom: 16 }} />
      <ServiceTabs services={POLICY_SERVICES}>{(service) => <PolicyTable service={service} />}</ServiceTabs>
    </>
  );
}
