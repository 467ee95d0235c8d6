import { App, Button, Card, DatePicker, Form, Input, Modal, Segmented, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RequireRoles } from '../../../components/RequireRoles';
import { StateTag } from '../../../components/StateTag';
import { useMe } from '../../../me';
import { formatDate, officeToday } from '../../../time';
import { useDeclarations, useDeclare } from '../api';
import { DECLARATION_READERS, type Declaration, type DeclarationStatus } from '../model';
import { isReceptionOfficer, NS, problemProps, useLanguage, yuan, usePaging } from '../shared';

type Filter = DeclarationStatus | 'ALL';

export function GiftDeclarationsPage() {
  return (
    <RequireRoles roles={DECLARATION_READERS}>
      <GiftDeclarations />
    </RequireRoles>
  );
}

/**
 * Gifts received at or above the threshold, to declare and hand in by their due date (RULES.md §3): the due
 * ones most urgent first, overdue ones flagged with the days; reception officers record the hand-in.
 */
function GiftDeclarations() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { data: me } = useMe();
  const [filter, setFilter] = useState<Filter>('DUE');
  const [overdue, setOverdue] = useState(false);
  const { page, size, restart, pagination } = usePaging();
  const [declaring, setDeclaring] = useState<Declaration | undefined>();
  const status = filter === 'ALL' ? undefined : filter;
  const list = useDeclarations(status, overdue && filter !== 'DECLARED', page, size);
  const officer = isReceptionOfficer(me);

  const columns: ColumnsType<Declaration> = [
    {
      title: t('declarations.dueDate'),
      key: 'due',
      render: (_, d) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text type={d.overdue ? 'danger' : undefined}>{formatDate(d.dueDate)}</Typography.Text>
          {d.overdue && <Tag color="red">{t('declarations.daysOverdue', { count: d.daysOverdue })}</Tag>}
        </Space>
      ),
    },
    { title: t('declarations.status'), key: 'status', render: (_, d) => <StateTag state={d.overdue ? 'MISSED' : d.status} namespace={NS} /> },
    { title: t('hospitality.value'), key: 'value', align: 'right', render: (_, d) => yuan(d.valueYuan, language) },
    { title: t('hospitality.description'), key: 'description', render: (_, d) => d.description ?? '' },
    { title: t('hospitality.from'), key: 'from', render: (_, d) => d.from ?? '' },
    { title: t('hospitality.receivedBy'), key: 'receivedBy', render: (_, d) => `${d.receivedBy ?? ''} · ${formatDate(d.receivedOn)}` },
    { title: t('declarations.visit'), key: 'visit', render: (_, d) => <Link to={`/reception/visits/${d.visitId}?tab=hospitality`}>{t('declarations.openVisit')}</Link> },
    {
      title: t('declarations.handedIn'),
      key: 'handedIn',
      render: (_, d) =>
        d.status === 'DECLARED' ? (
          <Space orientation="vertical" size={0}>
            <span>{t('declarations.handedInSummary', { on: formatDate(d.handedInOn), by: d.handedInBy, to: d.handedTo })}</span>
            {d.late && <Tag color="orange">{t('declarations.late')}</Tag>}
          </Space>
        ) : (
          ''
        ),
    },
  ];
  if (officer) {
    columns.push({
      title: t('actions', { ns: 'common' }),
      key: 'actions',
      render: (_, d) =>
        d.status === 'DUE' && (
          <Button size="small" type="primary" onClick={() => setDeclaring(d)} aria-label={t('declarations.declareNamed', { what: d.description ?? d.declarationId })}>
            {t('declarations.declare')}
          </Button>
        ),
    });
  }

  return (
    <>
      <Typography.Title level={2}>{t('declarations.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<Filter>
            aria-label={t('declarations.status')}
            value={filter}
            onChange={(value) => {
              setFilter(value);
              restart();
            }}
            options={[
              { value: 'DUE', label: t('state.DUE') },
              { value: 'DECLARED', label: t('state.DECLARED') },
              { value: 'ALL', label: t('declarations.all') },
            ]}
          />
          {filter !== 'DECLARED' && (
            <Space>
              <Switch
                id="reception-overdue-only"
                checked={overdue}
                onChange={(value) => {
                  setOverdue(value);
                  restart();
                }}
                aria-label={t('declarations.overdueOnly')}
              />
              <label htmlFor="reception-overdue-only">{t('declarations.overdueOnly')}</label>
            </Space>
          )}
        </Space>
        {list.error ? (
          <Loading error={list.error} retry={() => void list.refetch()} />
        ) : (
          <Table<Declaration>
            rowKey="declarationId"
            loading={list.isLoading}
            title={() => t('declarations.caption')}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: true }}
            locale={{ emptyText: t('declarations.empty') }}
            pagination={pagination(list.data)}
          />
        )}
      </Card>
      {declaring && <DeclareForm declaration={declaring} onClose={() => setDeclaring(undefined)} />}
    </>
  );
}

interface Values {
  handedInOn?: Dayjs;
  handedInBy?: string;
  handedTo?: string;
}

function DeclareForm({ declaration, onClose }: { declaration: Declaration; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const declare = useDeclare();
  const at = (...fields: string[]) => problemProps(declare.error, language, ...fields);
  const required = { required: true, whitespace: true, message: t('visitForm.required') };
  return (
    <Modal
      open
      title={t('declarations.declareNamed', { what: declaration.description ?? declaration.declarationId })}
      okText={t('declarations.declare')}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ loading: declare.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ handedInOn: dayjs(officeToday()) }}
        onFinish={(values) =>
          declare.mutate(
            {
              declaration,
              body: { handedInOn: values.handedInOn!.format('YYYY-MM-DD'), handedInBy: values.handedInBy!.trim(), handedTo: values.handedTo!.trim() },
            },
            {
              onSuccess: () => {
                void message.success(t('declarations.declared'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="handedInOn" label={t('declarations.handedInOn')} rules={[{ required: true, message: t('visitForm.required') }]} {...at('handedInOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="handedInBy" label={t('declarations.handedInBy')} rules={[required, { max: 100 }]} {...at('handedInBy')}>
          <Input />
        </Form.Item>
        <Form.Item name="handedTo" label={t('declarations.handedTo')} extra={t('declarations.handedToHint')} rules={[required, { max: 200 }]} {...at('handedTo')}>
          <Input />
        </Form.Item>
        {declare.error != null && <ProblemAlert error={declare.error} />}
      </Form>
    </Modal>
  );
}
