import { Button, Card, Col, DatePicker, Descriptions, Form, Input, Modal, Row, Select, Table, Typography } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { local } from '../../../text';
import { formatInstant, getOfficeZone } from '../../../time';
import { countryCalls, useAct } from '../api/publicity';
import type { AlertLevelNumber, AlertLevelRequest, AlertView, ProfileView } from '../api/types';
import { useLabels } from '../shared/labels';
import { formatUtc, officeToUtc, wallClock } from '../shared/officeTime';
import { fieldFeedback } from '../shared/problems';
import { mayAct } from '../shared/review';
import { ALERT_LEVELS, AlertLevelTag } from './AlertLevelTag';

/** The country's safety alert level now, its history, and — for the leader — setting a new one. */
export function AlertLevelCard({ profile }: { profile: ProfileView }) {
  const { t, language } = useLabels();
  const { data: me } = useMe();
  const [open, setOpen] = useState(false);
  const alert = profile.alert;
  return (
    <Card
      title={t('alert.title')}
      extra={
        mayAct(me, 'PUBLICITY_LEADER') && (
          <Button type="primary" danger icon={<AlertOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('alert.set')}
          </Button>
        )
      }
    >
      {alert ? (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'level', label: t('alert.current'), children: <AlertLevelTag level={alert.level} label={alert.label} /> },
            { key: 'from', label: t('alert.effectiveFrom'), children: formatInstant(alert.effectiveFrom) },
            { key: 'summary', label: t('alert.summary'), children: local(alert.summary, language) || '—' },
          ]}
        />
      ) : (
        <Typography.Paragraph>
          <AlertLevelTag />
        </Typography.Paragraph>
      )}
      <Table<AlertView>
        rowKey={(entry) => `${entry.setAt}-${entry.level}`}
        size="small"
        style={{ marginTop: 16 }}
        scroll={{ x: true }}
        pagination={false}
        title={() => <Typography.Text strong>{t('alert.history')}</Typography.Text>}
        dataSource={[...(profile.alertHistory ?? [])].reverse()}
        columns={[
          { key: 'level', title: t('alert.level.title'), render: (_, entry) => <AlertLevelTag level={entry.level} label={entry.label} /> },
          { key: 'from', title: t('alert.effectiveFrom'), render: (_, entry) => formatInstant(entry.effectiveFrom) },
          { key: 'summary', title: t('alert.summary'), render: (_, entry) => local(entry.summary, language) || '—' },
          { key: 'by', title: t('alert.setBy'), render: (_, entry) => `${entry.setBy ?? ''} · ${formatInstant(entry.setAt)}` },
        ]}
      />
      <SetAlertLevelModal profile={profile} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

interface AlertValues {
  level: AlertLevelNumber;
  summaryZh?: string;
  summaryEn?: string;
  effectiveFrom?: Dayjs;
}

/**
 * The leader sets the level, published at once; a summary of the reasons is needed when raising it to 3 or 4.
 * The time it applies from is picked on the office clock and sent as the UTC instant it is.
 */
export function SetAlertLevelModal({ profile, open, onClose }: { profile: ProfileView; open: boolean; onClose: () => void }) {
  const { t, language } = useLabels();
  const [form] = Form.useForm<AlertValues>();
  const effectiveFrom = Form.useWatch('effectiveFrom', form);
  const zone = getOfficeZone();
  const set = useAct((body: AlertLevelRequest) => countryCalls.setAlertLevel(profile, body), onClose);
  const send = (values: AlertValues) => {
    const zh = values.summaryZh?.trim();
    const body: AlertLevelRequest = {
      level: values.level,
      summary: zh ? { zh, en: values.summaryEn?.trim() || undefined } : undefined,
      effectiveFrom: values.effectiveFrom ? officeToUtc(wallClock(values.effectiveFrom), zone) : undefined,
    };
    void set.mutateAsync(body).catch(() => undefined);
  };
  const summaryProblem = fieldFeedback(set.error, ['summary', 'summary.zh'], language);
  return (
    <Modal
      open={open}
      title={t('alert.setTitle', { country: local(profile.name, language) })}
      okText={t('alert.setOk')}
      okButtonProps={{ loading: set.isPending }}
      cancelText={t('cancel', { ns: 'common' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<AlertValues>
        form={form}
        name="alert-level"
        layout="vertical"
        initialValues={{ level: profile.alert?.level }}
        onFinish={send}
        onValuesChange={() => set.error && set.reset()}
      >
        <Form.Item name="level" label={t('alert.level.title')} rules={[{ required: true, message: t('alert.levelRequired') }]} {...fieldFeedback(set.error, ['level'], language)}>
          <Select options={ALERT_LEVELS.map((level) => ({ value: level, title: `${level} · ${t(`alert.level.${level}`)}`, label: <AlertLevelTag level={level} /> }))} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('alert.summaryHelp')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="summaryZh" label={t('alert.summaryZh')} {...summaryProblem}>
              <Input.TextArea rows={3} maxLength={20000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summaryEn" label={t('alert.summaryEn')} {...fieldFeedback(set.error, ['summary.en'], language)}>
              <Input.TextArea rows={3} maxLength={20000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="effectiveFrom"
          label={t('alert.effectiveFromOffice', { zone })}
          extra={effectiveFrom ? t('alert.effectiveFromUtc', { utc: formatUtc(officeToUtc(wallClock(effectiveFrom), zone)) }) : t('alert.effectiveFromNow')}
          {...fieldFeedback(set.error, ['effectiveFrom'], language)}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      <ProblemAlert error={set.error} />
    </Modal>
  );
}
