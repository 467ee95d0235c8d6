import { Button, Col, Form, Input, InputNumber, Row, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { useLanguage } from '../shared/options';
import { PROJECTS, type OutcomeFigure, type Project } from './api';

interface FigureValues {
  key: string;
  label: { zh: string; en?: string };
  value: number;
  unit: string;
}

/** The project's measured outcomes, kept by key from the agreement on (e.g. `investment-signed` 12000000 yuan). */
export function ProjectFigures({ project }: { project: Project }) {
  const { t, i18n } = useTranslation(NS);
  const language = useLanguage();
  const act = useAct();
  const [open, setOpen] = useState<{ figure?: OutcomeFigure }>();
  const may = project.actions?.includes('RECORD_FIGURE') ?? false;
  const required = { required: true, message: t('required') };
  const number = new Intl.NumberFormat(i18n.language === 'zh' ? 'zh-CN' : 'en');
  return (
    <>
      <Table<OutcomeFigure>
        rowKey="key"
        size="small"
        caption={<Typography.Text strong>{t('project.figures')}</Typography.Text>}
        pagination={false}
        scroll={{ x: true }}
        dataSource={project.figures ?? []}
        columns={[
          { key: 'label', title: t('project.figureLabel'), render: (_, figure) => local(figure.label, language) },
          { key: 'value', title: t('project.figureValue'), align: 'right', render: (_, figure) => `${number.format(figure.value)} ${figure.unit}` },
          { key: 'key', dataIndex: 'key', title: t('project.figureKey') },
          { key: 'recorded', title: t('project.recorded'), render: (_, figure) => `${figure.recordedBy ?? ''} ${formatInstant(figure.recordedAt)}` },
          ...(may
            ? [
                {
                  key: 'actions',
                  title: t('actions', { ns: 'common' }),
                  render: (_: unknown, figure: OutcomeFigure) => (
                    <Button size="small" aria-label={`${t('project.updateFigure')}: ${local(figure.label, language)}`} onClick={() => setOpen({ figure })}>
                      {t('project.updateFigure')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {may && (
        <Button style={{ marginTop: 12 }} onClick={() => setOpen({})}>
          {t('act.RECORD_FIGURE')}
        </Button>
      )}
      <ActionModal<FigureValues>
        open={open !== undefined}
        title={open?.figure ? `${t('project.updateFigure')}: ${local(open.figure.label, language)}` : t('act.RECORD_FIGURE')}
        initialValues={open?.figure && { key: open.figure.key, label: { zh: open.figure.label.zh ?? '', en: open.figure.label.en }, value: open.figure.value, unit: open.figure.unit }}
        invalidValueField={(detail) => (/figure's key/i.test(detail) ? 'key' : /unit/i.test(detail) ? 'unit' : /value/i.test(detail) ? 'value' : undefined)}
        onClose={() => setOpen(undefined)}
        onSubmit={(values) =>
          act.mutateAsync({
            path: `${PROJECTS}/${encodeURIComponent(project.id)}/figures/${encodeURIComponent(values.key)}`,
            method: 'PUT',
            version: project.version,
            body: { label: values.label, value: values.value, unit: values.unit },
          })
        }
      >
        <Form.Item
          name="key"
          label={t('project.figureKey')}
          extra={t('project.figureKeyHelp')}
          rules={[required, { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: t('project.figureKeyHelp') }, { max: 60 }]}
        >
          <Input disabled={open?.figure !== undefined} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={['label', 'zh']} label={t('project.figureLabelZh')} rules={[required, { max: 300 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['label', 'en']} label={t('project.figureLabelEn')} rules={[{ max: 300 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="value" label={t('project.figureValue')} rules={[required]}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="unit" label={t('project.figureUnit')} rules={[required, { max: 30 }]} extra={t('project.figureUnitHelp')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </ActionModal>
    </>
  );
}
