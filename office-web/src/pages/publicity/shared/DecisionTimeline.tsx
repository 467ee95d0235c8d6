import { Empty, Timeline, Typography } from 'antd';
import { formatInstant } from '../../../time';
import type { ReviewDecision } from '../api/types';
import { useLabels } from './labels';

const COLOURS: Record<ReviewDecision['outcome'], string> = { SUBMITTED: 'blue', APPROVED: 'green', SENT_BACK: 'red' };

/** The review's decisions and the reviewers' comments, newest first. */
export function DecisionTimeline({ decisions }: { decisions: ReviewDecision[] | undefined }) {
  const { t, step } = useLabels();
  if (!decisions || decisions.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noDecisions')} />;
  return (
    <Timeline
      items={[...decisions].reverse().map((decision, index) => ({
        key: `${decision.at}-${index}`,
        color: COLOURS[decision.outcome],
        title: formatInstant(decision.at),
        content: (
          <>
            <Typography.Text strong>
              {t(`outcome.${decision.outcome}`)}
              {decision.step ? ` · ${step(decision.step)}` : ''}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {t('review.byRevision', { by: decision.by, revision: decision.revision })}
            </Typography.Text>
            {decision.comment && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{decision.comment}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}
