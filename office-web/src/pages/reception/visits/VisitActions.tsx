import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import { Problem } from '../../../api/http';
import type { ActInput } from '../api';
import { NEXT_STEP, VISIT_ACTS, type Visit, type VisitAct } from '../model';
import { localText, NS, optional, problemProps, useLanguage } from '../shared';

/** Acts that need words from the user before they go: the reason, the summary, a note on the plan. */
const NEEDS_INPUT: Partial<Record<VisitAct, 'reason' | 'summary' | 'note'>> = {
  CANCEL: 'reason',
  COMPLETE: 'summary',
  DRAFT_PLAN: 'note',
};

interface Values {
  reason?: string;
  note?: string;
  summary?: { zh?: string; en?: string };
}

/**
 * The buttons for the acts the service says the caller may take now (`actions`), the main-line one first
 * and primary; each opens a dialog to confirm it, asking for the reason, summary or note the act takes.
 */
export function VisitActions({ visit, act }: { visit: Visit; act: UseMutationResult<Visit, Error, ActInput> }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [open, setOpen] = useState<VisitAct | undefined>();
  const [form] = Form.useForm<Values>();
  const next = NEXT_STEP[visit.status];
  const acts = VISIT_ACTS.filter((code) => visit.actions.includes(code)).sort((a, b) => Number(b === next) - Number(a === next));
  if (acts.length === 0) return null;

  const start = (code: VisitAct) => {
    act.reset();
    form.resetFields();
    setOpen(code);
  };
  const confirm = (values: Values) => {
    if (!open) return;
    const input = NEEDS_INPUT[open];
    const body =
      input === 'reason'
        ? { reason: values.reason?.trim() }
        : input === 'summary'
          ? { summary: localText(values.summary?.zh, values.summary?.en) }
          : input === 'note'
            ? { note: optional(values.note) }
            : undefined;
    act.mutate(
      { act: open, body: body as ActInput['body'] },
      {
        onSuccess: () => {
          void message.success(t('act.done', { act: t(`act.${open}`) }));
          setOpen(undefined);
        },
        // A field of this dialog refused (400) stays here to be corrected; a broken rule or a state that moved
        // on shows on the page, next to the facts it names, so the dialog closes for it to be seen.
        onError: (error) => {
          if (!(error instanceof Problem && error.status === 400)) setOpen(undefined);
        },
      },
    );
  };
  const input = open ? NEEDS_INPUT[open] : undefined;
  const at = (...fields: string[]) => problemProps(act.error, language, ...fields);

  return (
    <>
      <Space wrap aria-label={t('act.title')} role="group">
        {acts.map((code) => (
          <Button key={code} type={code === next ? 'primary' : 'default'} danger={code === 'CANCEL'} onClick={() => start(code)}>
            {t(`act.${code}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== undefined}
        title={open && t(`act.${open}`)}
        okText={open && t(`act.${open}`)}
        okButtonProps={{ danger: open === 'CANCEL', loading: act.isPending }}
        cancelText={t('cancel', { ns: 'common' })}
        onOk={() => form.submit()}
        onCancel={() => setOpen(undefined)}
        destroyOnHidden
      >
        <Typography.Paragraph>{open && t(`act.explain.${open}`)}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={confirm} preserve={false}>
          {input === 'reason' && (
            <Form.Item
              name="reason"
              label={t('reason', { ns: 'common' })}
              rules={[{ required: true, whitespace: true, message: t('act.reasonRequired') }, { max: 2000 }]}
              {...at('reason')}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {input === 'summary' && (
            <>
              <Form.Item
                name={['summary', 'zh']}
                label={t('act.summaryZh')}
                rules={[{ required: true, whitespace: true, message: t('act.summaryRequired') }, { max: 4000 }]}
                {...at('summary.zh', 'summary')}
              >
                <Input.TextArea rows={4} />
              </Form.Item>
              <Form.Item name={['summary', 'en']} label={t('act.summaryEn')} rules={[{ max: 4000 }]} {...at('summary.en')}>
                <Input.TextArea rows={4} />
              </Form.Item>
            </>
          )}
          {input === 'note' && (
            <Form.Item name="note" label={t('act.note')} rules={[{ max: 2000 }]} {...at('note')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
