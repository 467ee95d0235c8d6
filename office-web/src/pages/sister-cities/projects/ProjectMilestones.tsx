import { Button, Col, DatePicker, Form, Input, Row, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StateTag } from '../../../components/StateTag';
import { local } from '../../../text';
import { formatDate } from '../../../time';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { fromLocalDate, toLocalDate } from '../shared/dates';
import { useLanguage } from '../shared/options';
import { PROJECTS, type Milestone, type Project, type ProjectAct } from './api';

type Open = { act: 'ADD' } | { act: 'EDIT' | 'REACH' | 'DROP'; milestone: Milestone };

interface MilestoneValues {
  title?: { zh: string; en?: string };
  dueDate?: Dayjs;
  reachedOn?: Dayjs;
  reason?: string;
}

/** The project's milestones; reached only while agreed or implementing, once, never in the future. */
export function ProjectMilestones({ project }: { project: Project }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const act = useAct();
  const [open, setOpen] = useState<Open>();
  const may = (name: ProjectAct) => project.actions?.includes(name) ?? false;
  const base = `${PROJECTS}/${encodeURIComponent(project.id)}/milestones`;
  const required = { required: true, message: t('required') };

  const submit = (values: MilestoneValues) => {
    if (!open) return Promise.resolve();
    const version = project.version;
    const text = { title: values.title, dueDate: toLocalDate(values.dueDate) };
    switch (open.act) {
      case 'ADD':
        return act.mutateAsync({ path: base, version, body: text });
      case 'EDIT':
        return act.mutateAsync({ path: `${base}/${open.milestone.id}`, method: 'PUT', version, body: text });
      case 'REACH':
        return act.mutateAsync({ path: `${base}/${open.milestone.id}/reached`, version, body: { reachedOn: toLocalDate(values.reachedOn) } });
      case 'DROP':
        return act.mutateAsync({ path: `${base}/${open.milestone.id}/dropped`, version, body: { reason: values.reason } });
    }
  };

  const milestoneTitle = open && open.act !== 'ADD' ? local(open.milestone.title, language) : '';
  return (
    <>
      <Table<Milestone>
        rowKey="id"
        size="small"
        caption={<Typography.Text strong>{t('project.milestones')}</Typography.Text>}
        pagination={false}
        scroll={{ x: true }}
        dataSource={project.milestones ?? []}
        columns={[
          { key: 'id', dataIndex: 'id', title: t('project.milestoneId') },
          { key: 'title', title: t('project.milestoneTitle'), render: (_, milestone) => local(milestone.title, language) },
          { key: 'due', title: t('project.dueDate'), render: (_, milestone) => formatDate(milestone.dueDate) },
          { key: 'status', title: t('status', { ns: 'common' }), render: (_, milestone) => <StateTag state={milestone.status} namespace={NS} /> },
          {
            key: 'result',
            title: t('project.milestoneResult'),
            render: (_, milestone) => (milestone.reachedOn ? formatDate(milestone.reachedOn) : milestone.dropReason),
          },
          {
            key: 'actions',
            title: t('actions', { ns: 'common' }),
            render: (_, milestone) => {
              if (milestone.status !== 'OPEN') return null;
              const name = local(milestone.title, language);
              return (
                <Space wrap size="small">
                  {may('REACH_MILESTONE') && (
                    <Button size="small" type="primary" aria-label={`${t('act.REACH_MILESTONE')}: ${name}`} onClick={() => setOpen({ act: 'REACH', milestone })}>
                      {t('act.REACH_MILESTONE')}
                    </Button>
                  )}
                  {may('EDIT_MILESTONE') && (
                    <Button size="small" aria-label={`${t('act.EDIT_MILESTONE')}: ${name}`} onClick={() => setOpen({ act: 'EDIT', milestone })}>
                      {t('act.EDIT_MILESTONE')}
                    </Button>
                  )}
                  {may('DROP_MILESTONE') && (
                    <Button size="small" danger aria-label={`${t('act.DROP_MILESTONE')}: ${name}`} onClick={() => setOpen({ act: 'DROP', milestone })}>
                      {t('act.DROP_MILESTONE')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {may('ADD_MILESTONE') && (
        <Button style={{ marginTop: 12 }} onClick={() => setOpen({ act: 'ADD' })}>
          {t('act.ADD_MILESTONE')}
        </Button>
      )}
      <ActionModal<MilestoneValues>
        open={open !== undefined}
        title={open && (open.act === 'ADD' ? t('act.ADD_MILESTONE') : `${t(`act.${open.act}_MILESTONE`)}: ${milestoneTitle}`)}
        danger={open?.act === 'DROP'}
        initialValues={
          open?.act === 'EDIT' ? { title: { zh: open.milestone.title.zh ?? '', en: open.milestone.title.en }, dueDate: fromLocalDate(open.milestone.dueDate) } : undefined
        }
        onClose={() => setOpen(undefined)}
        onSubmit={submit}
      >
        {(open?.act === 'ADD' || open?.act === 'EDIT') && (
          <>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name={['title', 'zh']} label={t('project.milestoneTitleZh')} rules={[required, { max: 300 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['title', 'en']} label={t('project.milestoneTitleEn')} rules={[{ max: 300 }]}>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="dueDate" label={t('project.dueDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {open?.act === 'REACH' && (
          <Form.Item name="reachedOn" label={t('project.reachedOn')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {open?.act === 'DROP' && (
          <Form.Item name="reason" label={t('reason', { ns: 'common' })} rules={[required, { max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </ActionModal>
    </>
  );
}
