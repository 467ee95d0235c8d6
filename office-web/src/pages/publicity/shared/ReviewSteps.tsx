import { Steps, type StepsProps } from 'antd';
import { formatInstant } from '../../../time';
import type { Review, ReviewStep } from '../api/types';
import { REVIEW_STEPS } from '../api/types';
import { useLabels } from './labels';
import { lastSendBack } from './review';

/**
 * Where a text stands in the three reviews: draft → first → second → final review → approved (or published),
 * the step that sent it back marked red. Each passed step names who approved the current revision, and when.
 */
export function ReviewSteps({ review, published, label }: { review: Review; published?: boolean; label: string }) {
  const { t, step: stepName } = useLabels();
  const decisions = (review.decisions ?? []).filter((decision) => decision.revision === review.revision);
  const approvedAt = (step: ReviewStep) => decisions.find((decision) => decision.step === step && decision.outcome === 'APPROVED');
  const sentBack = review.state === 'SENT_BACK' ? lastSendBack(review) : undefined;

  let current = 0;
  let status: StepsProps['status'] = 'process';
  if (review.state === 'IN_REVIEW' && review.step) {
    current = REVIEW_STEPS.indexOf(review.step) + 1;
  } else if (review.state === 'APPROVED') {
    current = REVIEW_STEPS.length + 1;
    status = 'finish';
  } else if (sentBack?.step) {
    current = REVIEW_STEPS.indexOf(sentBack.step) + 1;
    status = 'error';
  }

  const items: StepsProps['items'] = [
    { title: t('review.stepDraft'), content: t('review.revision', { revision: review.revision }) },
    ...REVIEW_STEPS.map((step) => {
      const approval = approvedAt(step);
      const isSentBack = sentBack?.step === step;
      return {
        title: stepName(step),
        content: isSentBack
          ? t('review.sentBackBy', { by: sentBack.by, at: formatInstant(sentBack.at) })
          : approval
            ? t('review.approvedBy', { by: approval.by, at: formatInstant(approval.at) })
            : undefined,
      };
    }),
    { title: published ? t('state.PUBLISHED') : t('state.APPROVED') },
  ];
  return (
    <div role="group" aria-label={label}>
      <Steps size="small" current={current} status={status} items={items} responsive />
    </div>
  );
}
