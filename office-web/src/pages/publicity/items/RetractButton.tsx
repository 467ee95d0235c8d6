import { Button, Form, Input, Modal } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { itemCalls, useAct } from '../api/publicity';
import type { ItemView } from '../api/types';
import { useLabels } from '../shared/labels';
import { fieldFeedback } from '../shared/problems';

/** The leader retracts the whole item, saying why: it leaves every channel, its history stays. */
export function RetractButton({ item }: { item: ItemView }) {
  const { t, language } = useLabels();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const retract = useAct((reason: string) => itemCalls.retract(item, reason), () => setOpen(false));
  return (
    <>
      <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('retract.button')}
      </Button>
      <Modal
        open={open}
        title={t('retract.title')}
        okText={t('retract.ok')}
        okButtonProps={{ danger: true, loading: retract.isPending }}
        cancelText={t('cancel', { ns: 'common' })}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} name="retract" layout="vertical" onFinish={({ reason }) => void retract.mutateAsync(reason.trim()).catch(() => undefined)}>
          <Form.Item
            name="reason"
            label={t('retract.reason')}
            rules={[{ required: true, whitespace: true, message: t('retract.reasonRequired') }]}
            {...fieldFeedback(retract.error, ['reason'], language)}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </Form>
        <ProblemAlert error={retract.error} />
      </Modal>
    </>
  );
}
