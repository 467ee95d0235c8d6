import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { countryCalls, useAct } from '../api/publicity';
import type { ProfileView } from '../api/types';
import { useLabels } from '../shared/labels';
import { fieldFeedback } from '../shared/problems';
import { ProfileFields, toProfileRequest, type ProfileValues } from './ProfileFields';

/** An editor opens the profile of a country not yet profiled, as a first draft. */
export function NewCountryPage() {
  const { t, language } = useLabels();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProfileValues & { countryCode: string }>();
  const open = useAct(
    ({ countryCode, ...values }: ProfileValues & { countryCode: string }) => countryCalls.open(countryCode.trim().toUpperCase(), toProfileRequest(values)),
    (profile: ProfileView) => navigate(`/publicity/countries/${profile.countryCode}`),
  );
  return (
    <>
      <Typography.Title level={2}>{t('countries.new')}</Typography.Title>
      <Card>
        <Form form={form} name="new-profile" layout="vertical" onFinish={(values) => void open.mutateAsync(values).catch(() => undefined)}>
          <Form.Item
            name="countryCode"
            label={t('countries.code')}
            extra={t('countries.codeHelp')}
            normalize={(value?: string) => value?.toUpperCase()}
            rules={[
              { required: true, message: t('countries.codeRequired') },
              { pattern: /^[A-Z]{2}$/, message: t('countries.codeRequired') },
            ]}
            {...fieldFeedback(open.error, ['countryCode'], language)}
          >
            <Input maxLength={2} style={{ width: 120 }} />
          </Form.Item>
          <ProfileFields error={open.error} prefix="profile." />
          <ProblemAlert error={open.error} />
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={open.isPending}>
              {t('countries.open')}
            </Button>
            <Button onClick={() => navigate('/publicity/countries')}>{t('cancel', { ns: 'common' })}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
