import { Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../time';
import { NS } from '../shared/api';
import type { RelationshipStage } from '../shared/model';
import type { Relationship, StageChange } from './api';

/**
 * The main line of a relationship: letter of intent, exchanges, the city government's approval, the provincial
 * FAO's review, the national friendship association's (CPAFFC) approval, the agreement, in force.
 */
export const PATH: RelationshipStage[] = [
  'INTENT_SIGNED',
  'EXCHANGING',
  'CITY_APPROVED',
  'PROVINCE_REVIEWED',
  'CPAFFC_APPROVED',
  'AGREEMENT_SIGNED',
  'ACTIVE',
];

/** Where on the main line a relationship stands: a dormant one at "in force", a terminated one where it ended. */
export function positionOnPath(relationship: Relationship): number {
  const { stage, history = [] } = relationship;
  if (stage === 'DORMANT') return PATH.indexOf('ACTIVE');
  if (stage === 'TERMINATED') {
    const from = [...history].reverse().find((step) => step.to === 'TERMINATED')?.from;
    return from === undefined ? 0 : from === 'DORMANT' ? PATH.indexOf('ACTIVE') : Math.max(0, PATH.indexOf(from));
  }
  return Math.max(0, PATH.indexOf(stage));
}

/** The step that brought the relationship to a stage (not a change of kind within it). */
function arrival(history: StageChange[], stage: RelationshipStage): StageChange | undefined {
  return [...history].reverse().find((step) => step.to === stage && step.from !== step.to);
}

export function ApprovalPath({ relationship }: { relationship: Relationship }) {
  const { t } = useTranslation(NS);
  const current = positionOnPath(relationship);
  const ended = relationship.stage === 'DORMANT' || relationship.stage === 'TERMINATED';
  const status = ended ? 'error' : relationship.stage === 'ACTIVE' ? 'finish' : 'process';
  return (
    <div role="group" aria-label={t('relationship.path')}>
      <Steps
        size="small"
        current={current}
        status={status}
        items={PATH.map((stage, index) => {
          const step = arrival(relationship.history ?? [], stage);
          return {
            title: index === current && ended ? t(`state.${relationship.stage}`) : t(`step.${stage}`),
            content: (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {step ? (
                  <>
                    <span style={{ display: 'block' }}>{formatInstant(step.at)}</span>
                    {step.reference && <span style={{ display: 'block' }}>{step.reference}</span>}
                  </>
                ) : (
                  index > current && t(`stepWho.${stage}`)
                )}
              </Typography.Text>
            ),
          };
        })}
      />
    </div>
  );
}
