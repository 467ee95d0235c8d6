import { Alert, Badge, Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StateTag } from '../../../components/StateTag';
import { local, type Language } from '../../../text';
import { formatDate, formatInstant } from '../../../time';
import { useDelegation, useStoredPrecheck, useUnit, type Versioned } from '../api';
import type { Delegation } from '../model';
import { violationText } from '../rules';
import { CountryTags, FLAG_COLOURS, GreenChannelTag } from '../shared/Flags';
import { ActionBar } from './ActionBar';
import { ApprovalSteps } from './ApprovalSteps';
import { PlanTab } from './PlanTab';
import { DeadlinesTab, HistoryTab, NoticeTab, OutcomeTab, SafetyTab, WaiversTab } from './RecordTabs';
import { useActs } from './useActs';

/** `/travel/delegations/:id`: one file, where it stands, what the user may do with it now, and its records. */
export function DelegationDetail() {
  const { id } = useParams();
  const loaded = useDelegation(id);
  if (!loaded.data) return <Loading error={loaded.error} retry={() => void loaded.refetch()} />;
  return <DetailView versioned={loaded.data} />;
}

/** Files the clerk is still shaping: the rules they would break if submitted now are shown up front. */
const BEFORE_SUBMISSION = ['DRAFT', 'CORRECTION_REQUESTED'];

function DetailView({ versioned: { delegation, etag } }: { versioned: Versioned }) {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const unit = useUnit(delegation.unit);
  // The unit's kind decides the path; when the unit cannot be read, the file's own history tells.
  const simplified =
    unit.data?.simplifiedApprovalPath ?? delegation.history.some((change) => change.from === 'SIGNED' && change.to === 'APPROVED');
  const beforeSubmission = BEFORE_SUBMISSION.includes(delegation.status);
  const stored = useStoredPrecheck(delegation.id, beforeSubmission || delegation.actions.includes('WAIVE'));
  const storedCodes = (stored.data?.violations ?? []).map((violation) => violation.code);
  const acts = useActs(delegation, etag, storedCodes);
  const serious = delegation.safetyWarnings.filter((alert) => alert.level >= 3);

  return (
    <>
      <Link to="/travel/delegations">
        <ArrowLeftOutlined aria-hidden /> {t('detail.back')}
      </Link>
      <Typography.Title level={2} style={{ marginTop: 8 }}>
        {local(delegation.title, language)}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }} data-testid="delegation-flags">
        <StateTag state={delegation.status} namespace="travel" />
        {delegation.greenChannel && <GreenChannelTag />}
        {delegation.urgent && <Tag color={FLAG_COLOURS.red}>{t('urgent')}</Tag>}
        {delegation.beltAndRoad && <Tag color={FLAG_COLOURS.gold}>{t('beltAndRoad')}</Tag>}
        {simplified && <Tag>{t('detail.simplifiedPath')}</Tag>}
      </Space>
      {serious.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('detail.safety')}
          description={serious.map((alert) => `${alert.countryCode}: ${t(`alertLevel.${alert.level}`, { defaultValue: String(alert.level) })}`).join(' · ')}
        />
      )}
      <Summary delegation={delegation} />
      <Card title={t('detail.actions')} size="small" style={{ marginBlock: 16 }}>
        <ActionBar delegation={delegation} acts={acts} />
      </Card>
      {beforeSubmission && (
        <Card title={t('detail.precheck')} size="small" style={{ marginBottom: 16 }}>
          {stored.isLoading ? (
            <Spin />
          ) : stored.error ? (
            <ProblemAlert error={stored.error} />
          ) : stored.data && stored.data.violations.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('detail.precheckFound')}
              description={
                <>
                  <ul style={{ paddingInlineStart: 18, marginTop: 0 }} data-testid="stored-precheck">
                    {stored.data.violations.map((violation, index) => (
                      <li key={`${violation.code}-${index}`}>
                        <strong>{violation.code}</strong>: {violationText(violation, t, language)}
                      </li>
                    ))}
                  </ul>
                  {delegation.actions.includes('REVISE') && <Link to={`/travel/delegations/${delegation.id}/edit`}>{t('detail.editLink')}</Link>}
                </>
              }
            />
          ) : (
            <Alert type="success" showIcon title={t('detail.precheckOk')} />
          )}
        </Card>
      )}
      <Card title={t('detail.steps')} size="small" style={{ marginBottom: 16 }}>
        <ApprovalSteps delegation={delegation} simplified={simplified} />
      </Card>
      <Tabs
        items={[
          { key: 'plan', label: t('detail.plan'), children: <PlanTab delegation={delegation} /> },
          { key: 'notice', label: t('detail.notice'), children: <NoticeTab delegation={delegation} acts={acts} /> },
          { key: 'deadlines', label: t('detail.deadlines'), children: <DeadlinesTab deadlines={delegation.deadlines} /> },
          {
            key: 'safety',
            label: (
              <Badge count={delegation.safetyWarnings.length} size="small" offset={[8, 0]}>
                {t('detail.safety')}
              </Badge>
            ),
            children: <SafetyTab delegation={delegation} />,
          },
          { key: 'history', label: t('detail.history'), children: <HistoryTab delegation={delegation} /> },
          { key: 'waivers', label: t('detail.waivers'), children: <WaiversTab waivers={delegation.waivers} /> },
          { key: 'outcome', label: t('detail.outcome'), children: <OutcomeTab delegation={delegation} /> },
        ]}
      />
      {acts.modal}
    </>
  );
}

function Summary({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation('travel');
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'unit', label: t('detail.unit'), children: delegation.unit },
        { key: 'category', label: t('detail.category'), children: t(`category.${delegation.category}`) },
        { key: 'countries', label: t('detail.countries'), children: <CountryTags codes={delegation.destinationCountries} /> },
        { key: 'dates', label: t('detail.dates'), children: `${formatDate(delegation.departureDate)} – ${formatDate(delegation.returnDate)}` },
        { key: 'days', label: t('detail.daysAbroad'), children: delegation.daysAbroad },
        {
          key: 'level',
          label: t('detail.approvingLevel'),
          children: delegation.approvingLevel ? t(`approvingLevel.${delegation.approvingLevel}`) : '',
        },
        { key: 'rank', label: t('detail.mostSeniorRank'), children: delegation.mostSeniorRank ? t(`rank.${delegation.mostSeniorRank}`) : '' },
        { key: 'created', label: t('detail.createdBy'), children: `${delegation.createdBy ?? ''} ${formatInstant(delegation.createdAt)}` },
        { key: 'submitted', label: t('detail.submittedAt'), children: formatInstant(delegation.submittedAt) || t('none', { ns: 'common' }) },
      ]}
    />
  );
}
