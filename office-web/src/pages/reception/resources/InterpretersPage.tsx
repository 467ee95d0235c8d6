import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RequireRoles } from '../../../components/RequireRoles';
import { useInterpreters, useSaveResource } from '../api';
import { VISIT_READERS, type Interpreter, type Period } from '../model';
import { officeTime } from '../plan/ScheduleTable';
import { languageName, NS, problemProps, useLanguage } from '../shared';
import { ResourcePage } from './ResourcePage';

/** The languages the office's guests speak most; any other BCP 47 tag can be typed. */
const COMMON_LANGUAGES = ['en', 'ja', 'ko', 'ru', 'fr', 'de', 'es', 'pt', 'it', 'ar', 'vi', 'th', 'mn', 'kk'];
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const OFFICE_TIME = 'YYYY-MM-DDTHH:mm:ss';

export interface InterpreterRequest {
  name: string;
  languages: string[];
  unavailable: Period[];
}

interface Values {
  name?: string;
  languages?: string[];
  unavailable?: { period?: [Dayjs, Dayjs] | null }[];
}

export function toInterpreterRequest(values: Values): InterpreterRequest {
  return {
    name: values.name?.trim() ?? '',
    languages: values.languages ?? [],
    unavailable: (values.unavailable ?? [])
      .filter((entry) => entry.period?.[0] && entry.period[1])
      .map((entry) => ({ from: entry.period![0].format(OFFICE_TIME), to: entry.period![1].format(OFFICE_TIME) })),
  };
}

/** The office's interpreters, the languages each works in (besides Chinese) and when they cannot be booked. */
export function InterpretersPage() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  return (
    <RequireRoles roles={VISIT_READERS}>
      <ResourcePage<Interpreter>
        kind="interpreters"
        useList={useInterpreters}
        nameOf={(interpreter) => interpreter.name}
        columns={[
          { title: t('interpreters.name'), dataIndex: 'name' },
          {
            title: t('interpreters.languages'),
            key: 'languages',
            render: (_, interpreter) => interpreter.languages.map((tag) => `${languageName(tag, language)} (${tag})`).join(', '),
          },
          {
            title: t('interpreters.unavailable'),
            key: 'unavailable',
            render: (_, interpreter) =>
              interpreter.unavailable.length === 0 ? (
                t('none', { ns: 'common' })
              ) : (
                <Space orientation="vertical" size={0}>
                  {interpreter.unavailable.map((period) => (
                    <Typography.Text key={period.from}>
                      {officeTime(period.from)} – {officeTime(period.to)}
                    </Typography.Text>
                  ))}
                </Space>
              ),
          },
        ]}
        renderForm={(existing, onClose) => <InterpreterForm existing={existing} onClose={onClose} />}
      />
    </RequireRoles>
  );
}

function InterpreterForm({ existing, onClose }: { existing?: Interpreter; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveResource<InterpreterRequest>('interpreters');
  const at = (...fields: string[]) => problemProps(save.error, language, ...fields);
  const initial: Values = existing
    ? { name: existing.name, languages: existing.languages, unavailable: existing.unavailable.map((period) => ({ period: [dayjs(period.from), dayjs(period.to)] })) }
    : { languages: [], unavailable: [] };
  return (
    <Modal
      open
      width={720}
      title={existing ? t('interpreters.editTitle', { name: existing.name }) : t('interpreters.register')}
      okText={t('save', { ns: 'common' })}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) =>
          save.mutate(
            { existing, request: toInterpreterRequest(values) },
            {
              onSuccess: () => {
                void message.success(t('resources.saved'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="name" label={t('interpreters.name')} rules={[{ required: true, whitespace: true, message: t('visitForm.required') }, { max: 100 }]} {...at('name')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="languages"
          label={t('interpreters.languages')}
          extra={t('interpreters.languagesHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('interpreters.languagesRequired') },
            {
              validator: (_, value?: string[]) =>
                (value ?? []).every((tag) => LANGUAGE_TAG.test(tag)) ? Promise.resolve() : Promise.reject(new Error(t('interpreters.languageTag'))),
            },
          ]}
          {...at('languages')}
        >
          <Select mode="tags" options={COMMON_LANGUAGES.map((tag) => ({ value: tag, label: `${languageName(tag, language)} (${tag})` }))} />
        </Form.Item>
        <Typography.Text strong>{t('interpreters.unavailable')}</Typography.Text>
        <Form.List name="unavailable">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="bottom">
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'period']} label={t('interpreters.periodN', { n: index + 1 })} rules={[{ required: true, message: t('visitForm.required') }]} {...at(`unavailable[${index}].from`, `unavailable[${index}].to`, `unavailable[${index}]`)}>
                      <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col>
                    <Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('interpreters.removePeriod', { n: index + 1 })} onClick={() => remove(field.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} style={{ marginTop: 8, marginBottom: 16 }}>
                {t('interpreters.addPeriod')}
              </Button>
            </>
          )}
        </Form.List>
        {save.error != null && <ProblemAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
