import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { hasAny, useMe } from '../../../me';
import { formatInstant } from '../../../time';
import { documents, useIssueLetters, useLetters } from '../api';
import { isApproved, isOpen, LETTER_READERS, type Letter, type LetterRequest, type Visit } from '../model';
import { isReceptionOfficer, localText, NS, problemProps, useLanguage } from '../shared';

type TextValues = { zh?: string; en?: string };
interface Values {
  purpose?: TextValues;
  places?: TextValues;
  itinerary?: TextValues;
}

export function toLetterRequest(values: Values): LetterRequest {
  return {
    purpose: localText(values.purpose?.zh, values.purpose?.en),
    places: localText(values.places?.zh, values.places?.en),
    itinerary: localText(values.itinerary?.zh, values.itinerary?.en),
  };
}

/**
 * The visa invitation letters (被授权单位邀请函) of a visit: one per embassy or consulate, for the guests who
 * apply for a visa and have none yet. The printed letter holds passport data, so only reception officers
 * and auditors get its link; it opens from the service with the session cookie, never with data in the URL.
 */
export function LettersTab({ visit }: { visit: Visit }) {
  const { t } = useTranslation(NS);
  const { data: me } = useMe();
  const letters = useLetters(visit.id);
  const [issuing, setIssuing] = useState(false);
  const canIssue = isReceptionOfficer(me) && isApproved(visit.status) && isOpen(visit.status);
  const canRead = hasAny(me, ...LETTER_READERS);
  if (!letters.data) return <Loading error={letters.error} retry={() => void letters.refetch()} />;
  return (
    <Card
      title={t('letters.title')}
      extra={
        canIssue && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setIssuing(true)}>
            {t('letters.issue')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {!isApproved(visit.status) && <Alert type="info" showIcon title={t('letters.beforeApproval')} />}
        <Table<Letter>
          rowKey="number"
          size="small"
          title={() => t('letters.caption')}
          pagination={false}
          scroll={{ x: true }}
          dataSource={letters.data}
          locale={{ emptyText: t('letters.empty') }}
          columns={[
            { title: t('letters.number'), dataIndex: 'number' },
            { title: t('letters.issuingPost'), dataIndex: 'issuingPost' },
            { title: t('letters.invitees'), key: 'invitees', render: (_, letter) => letter.invitees.map((invitee) => invitee.name).join('; ') },
            { title: t('letters.issued'), key: 'issued', render: (_, letter) => `${letter.issuedBy} · ${formatInstant(letter.issuedAt)}` },
            ...(canRead
              ? [
                  {
                    title: t('letters.document'),
                    key: 'document',
                    render: (_: unknown, letter: Letter) => (
                      <a href={documents.letter(visit.id, letter.number)} target="_blank" rel="noopener noreferrer">
                        <FileTextOutlined aria-hidden /> {t('letters.open', { number: letter.number })}
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Space>
      {issuing && <IssueLetters visit={visit} onClose={() => setIssuing(false)} />}
    </Card>
  );
}

function IssueLetters({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueLetters(visit.id);
  const at = (...fields: string[]) => problemProps(issue.error, language, ...fields);
  const pair = (name: keyof Values, label: string, rows: number) => (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'zh']} label={t('letters.inChinese', { what: label })} rules={[{ max: 1000 }]} {...at(`${name}.zh`, name)}>
          <Input.TextArea rows={rows} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[name, 'en']}
          label={t('letters.inEnglish', { what: label })}
          dependencies={[[name, 'zh']]}
          rules={[
            { max: 1000 },
            ({ getFieldValue }) => ({
              // The service wants the Chinese text whenever an English one is given.
              validator: (_, value?: string) =>
                value?.trim() && !getFieldValue([name, 'zh'])?.trim() ? Promise.reject(new Error(t('letters.chineseFirst'))) : Promise.resolve(),
            }),
          ]}
          {...at(`${name}.en`)}
        >
          <Input.TextArea rows={rows} />
        </Form.Item>
      </Col>
    </Row>
  );
  return (
    <Modal
      open
      width={760}
      title={t('letters.issue')}
      okText={t('letters.issue')}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ loading: issue.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('letters.explain')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          issue.mutate(toLetterRequest(values), {
            onSuccess: (issued) => {
              void message.success(t('letters.issued', { numbers: issued.numbers.join(', ') }));
              onClose();
            },
          })
        }
      >
        {pair('purpose', t('letters.purpose'), 2)}
        {pair('places', t('letters.places'), 2)}
        {pair('itinerary', t('letters.itinerary'), 3)}
        {issue.error != null && <ProblemAlert error={issue.error} />}
      </Form>
    </Modal>
  );
}
