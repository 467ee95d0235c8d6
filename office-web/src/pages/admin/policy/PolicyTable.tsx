import { CalendarOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { useMe } from '../../../me';
import { mayAdminister } from '../shared/roles';
import { local, type Language } from '../../../text';
import { daysUntil } from '../../../time';
import type { ServiceRef } from '../shared/services';
import { usePolicy, type PolicyParameter } from './api';
import { valueWithUnit } from './format';
import { ParameterTimeline } from './ParameterTimeline';
import { ScheduleValueModal } from './ScheduleValueModal';

/**
 * A service's parameters: the value in force today and where it comes from, the next value already decided,
 * and (expanded) every value over time. Rows with a change coming are open from the start.
 */
export function PolicyTable({ service }: { service: ServiceRef }) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language as Language;
  const { data: me } = useMe();
  const policy = usePolicy(service.prefix);
  const [editing, setEditing] = useState<PolicyParameter>();
  const mayChange = mayAdminister(me);
  if (!policy.data) return <Loading error={policy.error} retry={() => void policy.refetch()} />;

  const columns: ColumnsType<PolicyParameter> = [
    {
      key: 'parameter',
      title: t('policy.parameter'),
      render: (_, parameter) => (
        <>
          <Typography.Text code>{parameter.key}</Typography.Text>
          <div>{local(parameter.description, language)}</div>
        </>
      ),
    },
    {
      key: 'value',
      title: t('policy.valueToday'),
      render: (_, parameter) => <Typography.Text strong>{valueWithUnit(t, parameter.current, parameter.unit)}</Typography.Text>,
    },
    { key: 'source', title: t('policy.source'), render: (_, parameter) => parameter.current.source },
    { key: 'since', title: t('policy.inForceSince'), render: (_, parameter) => parameter.current.effectiveFrom },
    {
      key: 'next',
      title: t('policy.next'),
      render: (_, parameter) =>
        parameter.next ? (
          <Tag color="blue" icon={<CalendarOutlined />}>
            {t('policy.nextValue', { value: valueWithUnit(t, parameter.next, parameter.unit), date: parameter.next.effectiveFrom })}{' '}
            ({t('policy.inDays', { count: daysUntil(parameter.next.effectiveFrom) })})
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('policy.noChange')}</Typography.Text>
        ),
    },
  ];
  if (mayChange) {
    columns.push({
      key: 'actions',
      title: t('actions', { ns: 'common' }),
      render: (_, parameter) => (
        <Button aria-label={`${t('policy.schedule')}: ${parameter.key}`} onClick={() => setEditing(parameter)}>
          {t('policy.schedule')}
        </Button>
      ),
    });
  }

  return (
    <>
      <Table<PolicyParameter>
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={policy.data}
        pagination={false}
        scroll={{ x: true }}
        title={() => t('policy.tableTitle', { service: t(`area.${service.key}`, { ns: 'common' }), count: policy.data.length })}
        expandable={{
          expandedRowRender: (parameter) => <ParameterTimeline parameter={parameter} />,
          defaultExpandedRowKeys: policy.data.filter((parameter) => parameter.next).map((parameter) => parameter.key),
        }}
      />
      {editing && <ScheduleValueModal prefix={service.prefix} parameter={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
