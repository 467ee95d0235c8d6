import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ServiceRef } from '../shared/services';
import { useChainChecks, useVerifyChain } from './api';
import { ChainCheckResult } from './ChainCheckResult';

/** Checks that the service's audit trail is whole, in order and unaltered (its hash chain), and shows the answer. */
export function VerifyChain({ service }: { service: ServiceRef }) {
  const { t } = useTranslation('admin');
  const checks = useChainChecks();
  const verify = useVerifyChain();
  const check = checks.data?.[service.prefix];
  const running = verify.isPending && verify.variables === service.prefix;
  return (
    <Card size="small" title={t('audit.chain')} style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('audit.chainHelp')}</Typography.Text>
        <Button icon={<SafetyCertificateOutlined />} loading={running} onClick={() => verify.mutate(service.prefix)}>
          {t('audit.verify')}
        </Button>
        <div aria-live="polite">
          {verify.error && verify.variables === service.prefix ? (
            <ProblemAlert error={verify.error} />
          ) : (
            check && <ChainCheckResult check={check} />
          )}
        </div>
      </Space>
    </Card>
  );
}
