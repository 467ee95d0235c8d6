import { Button, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Problem } from '../../../api/http';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Delegation } from '../model';
import { ACT_DEFINITIONS } from './acts';
import type { Acts } from './useActs';

/**
 * Exactly the acts the service lists for this user on this file, as buttons named after the act. Waiving
 * is offered only while some rule stops the file, since a waiver names the rule it lifts.
 */
export function ActionBar({ delegation, acts }: { delegation: Delegation; acts: Acts }) {
  const { t } = useTranslation('travel');
  const navigate = useNavigate();
  const offered = ACT_DEFINITIONS.filter(
    (definition) => delegation.actions.includes(definition.act) && (definition.act !== 'WAIVE' || acts.ruleCodes.length > 0),
  );
  const editable = delegation.actions.includes('REVISE');
  const failure = acts.failure;
  const refusedSubmission =
    failure !== undefined &&
    (failure.act === 'SUBMIT' || failure.act === 'RESUBMIT') &&
    failure.error instanceof Problem &&
    failure.error.kind === 'rule-violation';
  return (
    <div>
      {offered.length === 0 && !editable ? (
        <Typography.Text type="secondary">{t('detail.noActions')}</Typography.Text>
      ) : (
        <Space wrap>
          {offered.map((definition) => (
            <Button
              key={definition.act}
              type={definition.primary ? 'primary' : 'default'}
              danger={definition.danger}
              loading={acts.sending === definition.act}
              disabled={acts.sending !== undefined && acts.sending !== definition.act}
              onClick={() => acts.start(definition)}
            >
              {t(`act.${definition.act}`)}
            </Button>
          ))}
          {editable && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate(`/travel/delegations/${delegation.id}/edit`)}>
              {t('act.REVISE')}
            </Button>
          )}
        </Space>
      )}
      {failure && (
        <div style={{ marginTop: 16 }}>
          <ProblemAlert error={failure.error} />
          {refusedSubmission && editable && (
            <Link to={`/travel/delegations/${delegation.id}/edit`} style={{ display: 'inline-block', marginTop: 8 }}>
              {t('detail.editLink')}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
