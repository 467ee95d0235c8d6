import { Button, Form, Input, Modal, Space } from 'antd';
import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Review } from '../api/types';
import { useLabels } from './labels';
import { fieldFeedback } from './problems';
import type { ReviewActs } from './review';

interface Props {
  review: Review;
  acts: ReviewActs;
  /** What the text is, for the buttons' names: `Chinese`, `the profile`. */
  subject: string;
  pending: boolean;
  error: unknown;
  onSubmit: () => Promise<unknown>;
  onApprove: (comment?: string) => Promise<unknown>;
  onSendBack: (comment: string) => Promise<unknown>;
}

type Decision = 'approve' | 'sendBack';

/**
 * The review acts this user may take on a text now: submit to the first review, or — as the reviewer of the
 * waiting step — approve (comment optional) or send back (comments required), each in a dialog.
 */
export function ReviewActions({ review, acts, subject, pending, error, onSubmit, onApprove, onSendBack }: Props) {
  const { t, step, language } = useLabels();
  const [decision, setDecision] = useState<Decision>();
  const [form] = Form.useForm<{ comment?: string }>();
  if (!acts.submit && !acts.approve && !acts.sendBack) return null;
  const stepName = review.step ? step(review.step) : '';

  const close = () => {
    setDecision(undefined);
    form.resetFields();
  };
  const decide = async ({ comment }: { comment?: string }) => {
    const text = comment?.trim() || undefined;
    try {
      if (decision === 'approve') await onApprove(text);
      else await onSendBack(text ?? '');
      close();
    } catch {
      // The refusal stays on the mutation and is shown in the dialog.
    }
  };

  return (
    <>
      <Space wrap>
        {acts.submit && (
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={pending} onClick={() => void onSubmit().catch(() => undefined)}>
            {t('review.submit', { subject })}
          </Button>
        )}
        {acts.approve && (
          <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setDecision('approve')}>
            {t('review.approve', { step: stepName, subject })}
          </Button>
        )}
        {acts.sendBack && (
          <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setDecision('sendBack')}>
            {t('review.sendBack', { subject })}
          </Button>
        )}
      </Space>
      {!decision && <ProblemAlert error={error} />}
      <Modal
        open={decision !== undefined}
        title={decision === 'approve' ? t('review.approveTitle', { step: stepName, subject }) : t('review.sendBackTitle', { step: stepName, subject })}
        okText={decision === 'approve' ? t('review.approveOk') : t('review.sendBackOk')}
        okButtonProps={{ danger: decision === 'sendBack', loading: pending }}
        cancelText={t('cancel', { ns: 'common' })}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="review-decision" onFinish={decide}>
          <Form.Item
            name="comment"
            label={t('review.comment')}
            rules={decision === 'sendBack' ? [{ required: true, whitespace: true, message: t('review.commentRequired') }] : []}
            {...fieldFeedback(error, ['comment'], language)}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </Form>
        {decision && <ProblemAlert error={error} />}
      </Modal>
    </>
  );
}
