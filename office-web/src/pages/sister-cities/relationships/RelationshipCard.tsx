import { Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StateTag } from '../../../components/StateTag';
import { formatDate, formatInstant } from '../../../time';
import { NS } from '../shared/api';
import { CodeTag } from '../shared/layout';
import { ApprovalPath } from './ApprovalPath';
import { RelationshipActions } from './RelationshipActions';
import type { Relationship, Signing, StageChange } from './api';

function SigningText({ signing }: { signing: Signing | undefined }) {
  const { t } = useTranslation(NS);
  if (!signing) return <>{t('none', { ns: 'common' })}</>;
  return (
    <Space orientation="vertical" size={0}>
      <span>
        {formatDate(signing.date)} · {signing.place}
      </span>
      {signing.signatories.map((signatory) => (
        <span key={`${signatory.side}-${signatory.name}`}>
          {t(`side.${signatory.side}`)}: {signatory.name}
          {signatory.title && ` (${signatory.title})`}
        </span>
      ))}
      {(signing.documents ?? []).length > 0 && (
        <span>
          {t('relationship.documents')}:{' '}
          {(signing.documents ?? []).map((document) => `${document.language} ${document.title ?? ''} [${document.ref}]`).join('; ')}
        </span>
      )}
    </Space>
  );
}

function HistoryStep({ step }: { step: StageChange }) {
  const { t } = useTranslation(NS);
  const move = step.from && step.from !== step.to ? `${t(`state.${step.from}`)} → ${t(`state.${step.to}`)}` : t(`state.${step.to}`);
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{move}</Typography.Text>
      <Typography.Text type="secondary">{t('relationship.byAt', { by: step.by, at: formatInstant(step.at) })}</Typography.Text>
      {step.reference && <span>{t('relationship.referenceIs', { reference: step.reference })}</span>}
      {step.note && <span>{step.note}</span>}
    </Space>
  );
}

/** One relationship: kind and stage, where it stands on the approval path, what was signed, its steps, its acts. */
export function RelationshipCard({ relationship }: { relationship: Relationship }) {
  const { t } = useTranslation(NS);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space wrap>
          <span>{t(`kind.${relationship.kind}`)}</span>
          <StateTag state={relationship.stage} namespace={NS} />
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ApprovalPath relationship={relationship} />
        <RelationshipActions relationship={relationship} />
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'fields',
              label: t('relationship.fields'),
              span: 'filled',
              children: (
                <Space wrap size={4}>
                  {(relationship.cooperationFields ?? []).map((field) => (
                    <CodeTag key={field} prefix="field" code={field} />
                  ))}
                  {(relationship.cooperationFields ?? []).length === 0 && <Tag variant="filled">{t('none', { ns: 'common' })}</Tag>}
                </Space>
              ),
            },
            { key: 'intent', label: t('relationship.intent'), children: <SigningText signing={relationship.intent} /> },
            { key: 'agreement', label: t('relationship.agreement'), children: <SigningText signing={relationship.agreement} /> },
          ]}
        />
        <div>
          <Typography.Title level={4} style={{ fontSize: 14 }}>
            {t('relationship.history')}
          </Typography.Title>
          <Timeline
            items={(relationship.history ?? []).map((step, index) => ({
              key: `${step.at}-${index}`,
              content: <HistoryStep step={step} />,
            }))}
          />
        </div>
      </Space>
    </Card>
  );
}
