import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StateTag } from '../../../components/StateTag';
import { local, type Language } from '../../../text';
import { formatDate, formatInstant } from '../../../time';
import { useCountryProfiles } from '../api';
import type { DeadlineView, Delegation, Objection, Waiver } from '../model';
import { FLAG_COLOURS } from '../shared/Flags';
import { RESOLVE_OBJECTION } from './acts';
import type { Acts } from './useActs';

/** The file's records beside its plan: the notice and objections, deadlines, safety, history, waivers. */

const caption = (text: string) => <Typography.Text strong>{text}</Typography.Text>;

export function NoticeTab({ delegation, acts }: { delegation: Delegation; acts: Acts }) {
  const { t } = useTranslation('travel');
  const notice = delegation.preTripNotice;
  const correction = delegation.correctionNotice;
  const mayResolve = delegation.actions.includes('RESOLVE_OBJECTION');
  return (
    <>
      {notice ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'posted', label: t('detail.postedOn'), children: formatDate(notice.postedOn) },
              { key: 'days', label: t('detail.requiredDays'), children: notice.requiredDays },
              { key: 'ends', label: t('detail.endsOn'), children: formatDate(notice.endsOn) },
            ]}
          />
          <Table<Objection>
            caption={caption(t('detail.objections'))}
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={notice.objections}
            columns={[
              { key: 'summary', title: t('detail.objectionSummary'), dataIndex: 'summary' },
              { key: 'received', title: t('detail.receivedOn'), render: (_, objection) => formatDate(objection.receivedOn) },
              { key: 'recorded', title: t('detail.recordedBy'), render: (_, objection) => `${objection.recordedBy ?? ''} ${formatInstant(objection.recordedAt)}` },
              {
                key: 'resolution',
                title: t('detail.resolution'),
                render: (_, objection, index) =>
                  objection.resolvedAt ? (
                    `${objection.resolution ?? ''} (${objection.resolvedBy ?? ''}, ${formatInstant(objection.resolvedAt)})`
                  ) : mayResolve ? (
                    <Button size="small" onClick={() => acts.start(RESOLVE_OBJECTION, objection.id)} aria-label={`${t('detail.resolve')} ${index + 1}`}>
                      {t('detail.resolve')}
                    </Button>
                  ) : (
                    <Tag color={FLAG_COLOURS.gold}>{t('detail.openObjection')}</Tag>
                  ),
              },
            ]}
          />
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('detail.noNotice')}</Typography.Paragraph>
      )}
      {correction && (
        <Card size="small" title={t('detail.correction')} style={{ marginTop: 16 }}>
          <ul style={{ marginTop: 0 }}>
            {correction.items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'by', label: t('detail.recordedBy'), children: `${correction.requestedBy ?? ''} ${formatInstant(correction.requestedAt)}` },
              { key: 'due', label: t('detail.correctionDue'), children: formatDate(correction.dueOn) },
              { key: 'again', label: t('detail.resubmittedAt'), children: formatInstant(correction.resubmittedAt) || t('none', { ns: 'common' }) },
            ]}
          />
        </Card>
      )}
    </>
  );
}

export function DeadlinesTab({ deadlines }: { deadlines: DeadlineView[] }) {
  const { t } = useTranslation('travel');
  return (
    <Table<DeadlineView>
      caption={caption(t('detail.deadlines'))}
      size="small"
      rowKey={(deadline) => `${deadline.kind}-${deadline.dueOn}`}
      pagination={false}
      scroll={{ x: true }}
      dataSource={deadlines}
      columns={[
        { key: 'kind', title: t('detail.deadlineKind'), render: (_, deadline) => t(`deadlineKind.${deadline.kind}`) },
        { key: 'due', title: t('detail.dueOn'), render: (_, deadline) => formatDate(deadline.dueOn) },
        { key: 'state', title: t('status', { ns: 'common' }), render: (_, deadline) => <StateTag state={deadline.state} namespace="travel" /> },
        { key: 'met', title: t('detail.metAt'), render: (_, deadline) => formatInstant(deadline.metAt) },
      ]}
    />
  );
}

/** Level 3 (travel with caution) and 4 (do not travel) warrant a warning; 2 is worth seeing. */
function alertType(level: number): 'error' | 'warning' | 'info' {
  return level >= 3 ? 'error' : level === 2 ? 'warning' : 'info';
}

export function SafetyTab({ delegation }: { delegation: Delegation }) {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const profiles = useCountryProfiles();
  const levelText = (level: number) => t(`alertLevel.${level}`, { defaultValue: String(level) });
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('detail.alertsOnFile')}
      </Typography.Title>
      {delegation.safetyWarnings.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('detail.noAlerts')}</Typography.Paragraph>
      ) : (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
          {delegation.safetyWarnings.map((alert) => (
            <Alert
              key={`${alert.countryCode}-${alert.changedAt ?? alert.level}`}
              type={alertType(alert.level)}
              showIcon
              icon={<WarningOutlined aria-hidden />}
              title={`${alert.countryCode}: ${levelText(alert.level)}`}
              description={[
                alert.previousLevel !== undefined ? `${t('detail.alertPrevious')}: ${levelText(alert.previousLevel)}` : '',
                alert.changedAt ? `${t('detail.alertChanged')}: ${formatInstant(alert.changedAt)}` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Space>
      )}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('detail.currentLevels')}
      </Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {delegation.destinationCountries.map((code) => {
          const profile = profiles.data?.find((candidate) => candidate.countryCode === code);
          const level = profile?.level?.level;
          const name = profile?.name ? local(profile.name, language) : '';
          return level === undefined ? (
            <Alert key={code} type="info" title={`${code} ${name}`} description={t('detail.noProfile')} />
          ) : (
            <Alert
              key={code}
              type={alertType(level)}
              showIcon
              title={`${code} ${name}: ${profile?.level?.label ? local(profile.level.label, language) : levelText(level)}`}
            />
          );
        })}
      </Space>
    </>
  );
}

export function HistoryTab({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation('travel');
  if (delegation.history.length === 0) return <Empty description={t('none', { ns: 'common' })} />;
  return (
    <Timeline
      items={delegation.history.map((change, index) => ({
        key: index,
        title: formatInstant(change.at),
        content: (
          <>
            <div>
              {change.from ? <StateTag state={change.from} namespace="travel" /> : null}→ <StateTag state={change.to} namespace="travel" />
            </div>
            <Typography.Text type="secondary">{change.by}</Typography.Text>
            {change.note ? <div>{change.note}</div> : null}
          </>
        ),
      }))}
    />
  );
}

export function WaiversTab({ waivers }: { waivers: Waiver[] }) {
  const { t } = useTranslation('travel');
  return (
    <Table<Waiver>
      caption={caption(t('detail.waivers'))}
      size="small"
      rowKey={(waiver) => `${waiver.ruleCode}-${waiver.grantedAt}`}
      pagination={false}
      scroll={{ x: true }}
      dataSource={waivers}
      columns={[
        { key: 'code', title: t('detail.ruleCode'), render: (_, waiver) => <Typography.Text code>{waiver.ruleCode}</Typography.Text> },
        { key: 'reason', title: t('detail.reason'), dataIndex: 'reason' },
        { key: 'by', title: t('detail.grantedBy'), dataIndex: 'grantedBy' },
        { key: 'at', title: t('detail.grantedAt'), render: (_, waiver) => formatInstant(waiver.grantedAt) },
      ]}
    />
  );
}

export function OutcomeTab({ delegation }: { delegation: Delegation }) {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const { decision, trip, report, resultsNotice } = delegation;
  const none = t('detail.nothingYet');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {delegation.endReason && <Alert type="warning" showIcon title={t('detail.endReason')} description={delegation.endReason} />}
      <Card size="small" title={t('detail.decision')}>
        {decision ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'what', label: t('detail.decision'), children: decision.approved ? t('detail.approved') : t('detail.rejected') },
              { key: 'level', label: t('detail.approvingLevel'), children: decision.approvingLevel ? t(`approvingLevel.${decision.approvingLevel}`) : '' },
              { key: 'ref', label: t('detail.authorityReference'), children: decision.authorityReference ?? '' },
              { key: 'reason', label: t('detail.reason'), children: decision.reason ?? '' },
              { key: 'by', label: t('detail.decidedBy'), children: decision.decidedBy ?? '' },
              { key: 'at', label: t('detail.decidedAt'), children: formatInstant(decision.decidedAt) },
            ]}
          />
        ) : (
          none
        )}
      </Card>
      <Card size="small" title={t('detail.trip')}>
        {trip ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'issued', label: t('detail.passportsIssued'), children: trip.passportsIssued },
              { key: 'due', label: t('detail.passportsDueBack'), children: formatDate(trip.passportsDueBack) },
              { key: 'departed', label: t('detail.departedOn'), children: formatDate(trip.departedOn) },
              { key: 'returned', label: t('detail.returnedOn'), children: formatDate(trip.returnedOn) },
              { key: 'back', label: t('detail.passportsReturnedOn'), children: formatDate(trip.passportsReturnedOn) },
            ]}
          />
        ) : (
          none
        )}
      </Card>
      <Card size="small" title={t('detail.report')}>
        {report ? (
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'summary', label: t('modal.summaryZh'), children: local(report.summary, language) },
              { key: 'facts', label: t('modal.facts'), children: report.facts },
              { key: 'tasks', label: t('modal.tasksDone'), children: report.tasksDone.join('; ') },
              { key: 'discipline', label: t('modal.disciplineNote'), children: report.disciplineNote ?? '' },
              { key: 'funds', label: t('modal.fundsUsedYuan'), children: report.fundsUsedYuan ?? '' },
              { key: 'follow', label: t('modal.followUps'), children: report.followUps.join('; ') },
              { key: 'photos', label: t('modal.photoRefs'), children: report.photoRefs.join(', ') },
              { key: 'by', label: t('detail.recordedBy'), children: `${report.submittedBy ?? ''} ${formatInstant(report.submittedAt)}` },
            ]}
          />
        ) : (
          none
        )}
      </Card>
      <Card size="small" title={t('detail.results')}>
        {resultsNotice ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'on', label: t('modal.publishedOn'), children: formatDate(resultsNotice.publishedOn) },
              { key: 'where', label: t('modal.where'), children: resultsNotice.where },
              { key: 'by', label: t('detail.recordedBy'), children: resultsNotice.publishedBy ?? '' },
            ]}
          />
        ) : (
          none
        )}
      </Card>
    </Space>
  );
}
