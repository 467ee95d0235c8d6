import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../model';
import type { ActInput } from './acts';

/** A written reason the services accept: 10 characters at least, spaces aside. */
function useReasonRule() {
  const { t } = useTranslation('travel');
  return {
    validator: (_: unknown, value: string | undefined) =>
      (value ?? '').trim().length >= 10 ? Promise.resolve() : Promise.reject(new Error(t('modal.reasonTooShort'))),
  };
}

/** The inputs one command needs, inside the modal's form. */
export function ActFields({ input, delegation, ruleCodes }: { input: ActInput; delegation: Delegation; ruleCodes: string[] }) {
  const { t } = useTranslation('travel');
  const reasonRule = useReasonRule();
  const required = [{ required: true, whitespace: true, message: t('editor.required') }];
  switch (input) {
    case 'none':
      return null;
    case 'reason':
      return (
        <Form.Item name="reason" label={t('modal.reason')} rules={[reasonRule]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      );
    case 'optionalReason':
      return (
        <Form.Item name="reason" label={t('modal.optionalReason')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      );
    case 'correction':
      return (
        <Form.Item name="items" label={t('modal.correctionItems')} rules={required}>
          <Input.TextArea rows={5} />
        </Form.Item>
      );
    case 'approve':
      return (
        <Form.Item
          name="authorityReference"
          label={t('modal.authorityReference')}
          extra={t('modal.authorityReferenceHelp', {
            rank: t(`rank.${delegation.mostSeniorRank ?? 'NONE'}`),
            level: t(`approvingLevel.${delegation.approvingLevel ?? 'FOREIGN_AFFAIRS_OFFICE'}`),
          })}
          rules={required}
        >
          <Input maxLength={100} />
        </Form.Item>
      );
    case 'waive':
      return (
        <>
          <Form.Item name="ruleCode" label={t('modal.ruleCode')} rules={[{ required: true, message: t('editor.required') }]}>
            <Select options={ruleCodes.map((code) => ({ value: code, label: code }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('modal.reason')} rules={[reasonRule]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </>
      );
    case 'day':
      return (
        <Form.Item name="date" label={t('modal.date')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'report':
      return (
        <>
          <Form.Item name="summaryZh" label={t('modal.summaryZh')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="summaryEn" label={t('modal.summaryEn')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="facts" label={t('modal.facts')} rules={required}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Form.Item name="tasksDone" label={t('modal.tasksDone')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="disciplineNote" label={t('modal.disciplineNote')}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Form.Item name="fundsUsedYuan" label={t('modal.fundsUsedYuan')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="followUps" label={t('modal.followUps')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="photoRefs" label={t('modal.photoRefs')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      );
    case 'results':
      return (
        <>
          <Form.Item name="publishedOn" label={t('modal.publishedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="where" label={t('modal.where')} rules={required}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      );
    case 'objection':
      return (
        <>
          <Form.Item name="summary" label={t('modal.objectionSummary')} rules={required}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="receivedOn" label={t('modal.receivedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      );
    case 'resolution':
      return (
        <Form.Item name="resolution" label={t('modal.resolution')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      );
  }
}
