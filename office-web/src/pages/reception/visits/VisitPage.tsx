import { Card, Col, Grid, Row, Space, Steps, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RequireRoles } from '../../../components/RequireRoles';
import { StateTag } from '../../../components/StateTag';
import { local } from '../../../text';
import { useVisit, useVisitAct } from '../api';
import { GuestsTab } from '../guests/GuestsTab';
import { HospitalityTab } from '../hospitality/HospitalityTab';
import { LettersTab } from '../letters/LettersTab';
import { MAIN_LINE, VISIT_READERS, type Visit } from '../model';
import { ChecklistTab } from '../plan/ChecklistTab';
import { PlanTab } from '../plan/PlanTab';
import { NS, useLanguage } from '../shared';
import { VisitActions } from './VisitActions';
import { VisitOverview } from './VisitOverview';

const TABS = ['overview', 'guests', 'plan', 'checklist', 'hospitality', 'letters'] as const;
type Tab = (typeof TABS)[number];

export function VisitPage() {
  return (
    <RequireRoles roles={VISIT_READERS}>
      <VisitFile />
    </RequireRoles>
  );
}

/**
 * One visit: its facts and approval path with the acts the caller may take, and its preparation in tabs
 * (guests in precedence order, the programme, the checklist, banquets and gifts, visa letters). The tab is
 * kept in the address (`?tab=plan`), nothing else: no personal data ever goes into a URL.
 */
function VisitFile() {
  const { id = '' } = useParams();
  const visit = useVisit(id);
  if (!visit.data) return <Loading error={visit.error} retry={() => void visit.refetch()} />;
  return <VisitContent visit={visit.data} />;
}

function VisitContent({ visit }: { visit: Visit }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const act = useVisitAct(visit);
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'overview';
  const tabContent: Record<Tab, React.ReactNode> = {
    overview: <VisitOverview visit={visit} actError={act.error} />,
    guests: <GuestsTab visit={visit} />,
    plan: <PlanTab visit={visit} />,
    checklist: <ChecklistTab visit={visit} />,
    hospitality: <HospitalityTab visit={visit} />,
    letters: <LettersTab visit={visit} />,
  };
  return (
    <>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Link to="/reception/visits">← {t('visit.backToList')}</Link>
        <Row justify="space-between" align="middle" gutter={[16, 16]}>
          <Col>
            <Space wrap align="center">
              <Typography.Title level={2} style={{ margin: 0 }}>
                {local(visit.title, language)}
              </Typography.Title>
              <StateTag state={visit.status} namespace={NS} />
            </Space>
          </Col>
          <Col>
            <VisitActions visit={visit} act={act} />
          </Col>
        </Row>
        {act.error != null && <ProblemAlert error={act.error} onClose={() => act.reset()} />}
        <Card size="small" title={t('visit.approvalPath')}>
          <ApprovalSteps visit={visit} />
        </Card>
      </Space>
      <Tabs
        style={{ marginTop: 16 }}
        activeKey={tab}
        onChange={(key) => setParams(key === 'overview' ? {} : { tab: key }, { replace: true })}
        items={TABS.map((key) => ({ key, label: t(`tabs.${key}`), children: tabContent[key] }))}
      />
    </>
  );
}

/** The main line of states; a cancelled visit shows where it stopped, in red. */
function ApprovalSteps({ visit }: { visit: Visit }) {
  const { t } = useTranslation(NS);
  const screens = Grid.useBreakpoint();
  const cancelledFrom = visit.status === 'CANCELLED' ? [...visit.history].reverse().find((step) => step.to === 'CANCELLED')?.from : undefined;
  const reached = visit.status === 'CANCELLED' ? MAIN_LINE.indexOf(cancelledFrom ?? 'REQUESTED') : MAIN_LINE.indexOf(visit.status);
  return (
    <Steps
      size="small"
      orientation={screens.xl ? 'horizontal' : 'vertical'}
      current={reached}
      status={visit.status === 'CANCELLED' ? 'error' : visit.status === 'ARCHIVED' ? 'finish' : 'process'}
      items={MAIN_LINE.map((status, index) => ({
        title: t(`state.${status}`),
        content: visit.status === 'CANCELLED' && index === reached ? t('state.CANCELLED') : undefined,
      }))}
    />
  );
}
