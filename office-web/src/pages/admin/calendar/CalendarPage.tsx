import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { useMe } from '../../../me';
import { officeToday } from '../../../time';
import { mayAdminister } from '../shared/roles';
import { dayOfWeek, useOfficeCalendar, type Holiday } from './api';
import { CalendarEditor } from './CalendarEditor';
import { MonthView } from './MonthView';
import { WorkingDaysCalculator } from './WorkingDaysCalculator';

/** `/admin/calendar`: the office's working days as the services count them; ADMIN replaces the calendar. */
export function CalendarPage() {
  const { t } = useTranslation('admin');
  const { data: me } = useMe();
  const office = useOfficeCalendar();
  const [shown, setShown] = useState<Dayjs>(() => dayjs(officeToday()));
  const [editing, setEditing] = useState(false);
  if (!office.data) return <Loading error={office.error} retry={() => void office.refetch()} />;
  const { calendar, etag } = office.data;
  const year = shown.year();
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const jump = (date: string) => (
    <Button type="link" style={{ padding: 0 }} onClick={() => setShown(dayjs(date))} aria-label={t('calendar.show', { date })}>
      {date}
    </Button>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('calendar.title')}</Typography.Title>
        {mayAdminister(me) && (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('calendar.edit')}
          </Button>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('calendar.month')}>
            <MonthView calendar={calendar} value={shown} onChange={setShown} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('calendar.settings')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'zone', label: t('calendar.zone'), children: calendar.zone },
                  { key: 'weekend', label: t('calendar.weekend'), children: calendar.weekend.map((day) => t(`calendar.day.${day}`)).join(t('calendar.listSeparator')) },
                ]}
              />
            </Card>
            <Card title={t('calendar.calculator')}>
              <WorkingDaysCalculator />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Table<Holiday>
            rowKey="date"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            title={() => t('calendar.holidaysOf', { year })}
            dataSource={calendar.holidays.filter((holiday) => inYear(holiday.date))}
            locale={{ emptyText: t('calendar.noHolidays', { year }) }}
            columns={[
              { key: 'date', title: t('calendar.date'), render: (_, holiday) => jump(holiday.date) },
              { key: 'name', title: t('calendar.name'), dataIndex: 'name' },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Table<{ date: string }>
            rowKey="date"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            title={() => t('calendar.swappedOf', { year })}
            dataSource={calendar.workingWeekendDays.filter(inYear).map((date) => ({ date }))}
            locale={{ emptyText: t('calendar.noSwapped', { year }) }}
            columns={[
              { key: 'date', title: t('calendar.date'), render: (_, day) => jump(day.date) },
              { key: 'weekday', title: t('calendar.weekday'), render: (_, day) => t(`calendar.day.${dayOfWeek(day.date)}`) },
            ]}
          />
        </Col>
      </Row>
      {editing && <CalendarEditor calendar={calendar} etag={etag} onClose={() => setEditing(false)} />}
    </>
  );
}
