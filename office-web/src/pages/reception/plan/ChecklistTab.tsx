import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { formatInstant } from '../../../time';
import { usePlan, useUpdateChecklist } from '../api';
import { CHECKLIST_STATES, isApproved, isOpen, type ChecklistItem, type ChecklistState, type Plan, type Visit } from '../model';
import { isReceptionOfficer, NS, optional, problemProps, useLanguage } from '../shared';

const STATE_COLOUR: Record<ChecklistState, string> = { OPEN: 'default', IN_PROGRESS: 'processing', DONE: 'success', NOT_NEEDED: 'default' };

/** Whether nothing remains to do for the task. */
const settled = (item: ChecklistItem) => item.state === 'DONE' || item.state === 'NOT_NEEDED';

/**
 * The twelve reception tasks (RULES.md §3) that come with the plan, in the order the office works through
 * them: who owns each and where it stands. Work in progress or done has an owner (CHECKLIST_OWNER_MISSING).
 */
export function ChecklistTab({ visit }: { visit: Visit }) {
  const { t } = useTranslation(NS);
  const { data: me } = useMe();
  const plan = usePlan(visit.id);
  const [editing, setEditing] = useState<ChecklistItem | undefined>();
  if (plan.data === undefined) return <Loading error={plan.error} retry={() => void plan.refetch()} />;
  if (plan.data === null) return <Empty description={t('checklist.noPlan')} />;
  const checklist = plan.data.checklist;
  const done = checklist.filter(settled).length;
  const editable = isReceptionOfficer(me) && isOpen(visit.status) && isApproved(visit.status);
  return (
    <Card title={t('checklist.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Progress
          percent={checklist.length === 0 ? 0 : Math.round((done / checklist.length) * 100)}
          format={() => t('checklist.progress', { done, total: checklist.length })}
          aria-label={t('checklist.progress', { done, total: checklist.length })}
        />
        <Table<ChecklistItem>
          rowKey="task"
          size="small"
          title={() => t('checklist.caption')}
          pagination={false}
          scroll={{ x: true }}
          dataSource={checklist}
          columns={[
            {
              title: t('checklist.task'),
              key: 'task',
              render: (_, item) => (
                <Space>
                  {settled(item) ? <CheckCircleTwoTone twoToneColor="#52c41a" aria-hidden /> : <ClockCircleOutlined aria-hidden />}
                  {t(`task.${item.task}`, { defaultValue: item.task })}
                </Space>
              ),
            },
            {
              title: t('checklist.state'),
              key: 'state',
              render: (_, item) => <Tag color={STATE_COLOUR[item.state]}>{t(`checklistState.${item.state}`)}</Tag>,
            },
            { title: t('checklist.owner'), key: 'owner', render: (_, item) => item.owner ?? t('none', { ns: 'common' }) },
            {
              title: t('checklist.updated'),
              key: 'updated',
              render: (_, item) => (item.updatedBy ? `${item.updatedBy} · ${formatInstant(item.updatedAt)}` : ''),
            },
            ...(editable
              ? [
                  {
                    title: t('actions', { ns: 'common' }),
                    key: 'actions',
                    render: (_: unknown, item: ChecklistItem) => (
                      <Button size="small" onClick={() => setEditing(item)} aria-label={t('checklist.updateNamed', { task: t(`task.${item.task}`, { defaultValue: item.task }) })}>
                        {t('checklist.update')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
      {editing && <ChecklistForm visit={visit} plan={plan.data} item={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}

function ChecklistForm({ visit, plan, item, onClose }: { visit: Visit; plan: Plan; item: ChecklistItem; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ owner?: string; state: ChecklistState }>();
  const update = useUpdateChecklist(visit.id, plan);
  const task = t(`task.${item.task}`, { defaultValue: item.task });
  return (
    <Modal
      open
      title={t('checklist.updateNamed', { task })}
      okText={t('save', { ns: 'common' })}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ loading: update.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ owner: item.owner, state: item.state }}
        onFinish={(values) =>
          update.mutate(
            { task: item.task, owner: optional(values.owner), state: values.state },
            {
              onSuccess: () => {
                void message.success(t('checklist.saved', { task }));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="state" label={t('checklist.state')} rules={[{ required: true }]} {...problemProps(update.error, language, 'state')}>
          <Select options={CHECKLIST_STATES.map((state) => ({ value: state, label: t(`checklistState.${state}`) }))} />
        </Form.Item>
        <Form.Item name="owner" label={t('checklist.owner')} extra={t('checklist.ownerHint')} rules={[{ max: 100 }]} {...problemProps(update.error, language, 'owner')}>
          <Input />
        </Form.Item>
        {update.error != null && <ProblemAlert error={update.error} />}
        <Typography.Text type="secondary">{t('checklist.explain')}</Typography.Text>
      </Form>
    </Modal>
  );
}
