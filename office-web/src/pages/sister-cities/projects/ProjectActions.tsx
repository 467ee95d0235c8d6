import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { PROJECTS, type Project, type ProjectAct } from './api';

/** The stage acts and their commands; all but stalling take an optional note, stalling its reason. */
const STAGE_ACTS: Partial<Record<ProjectAct, string>> = {
  START_NEGOTIATING: 'start-negotiating',
  AGREE: 'agree',
  START_IMPLEMENTING: 'start-implementing',
  COMPLETE: 'complete',
  RESUME: 'resume',
  STALL: 'stall',
};

/** The moves along the project's path that the service lists for the caller now. */
export function ProjectActions({ project }: { project: Project }) {
  const { t } = useTranslation(NS);
  const act = useAct();
  const [open, setOpen] = useState<ProjectAct>();
  const allowed = (Object.keys(STAGE_ACTS) as ProjectAct[]).filter((name) => project.actions?.includes(name));
  if (allowed.length === 0) return null;
  const stalling = open === 'STALL';
  return (
    <>
      <Space wrap>
        {allowed.map((name) => (
          <Button key={name} type={name === 'STALL' ? 'default' : 'primary'} danger={name === 'STALL'} onClick={() => setOpen(name)}>
            {t(`act.${name}`)}
          </Button>
        ))}
      </Space>
      <ActionModal<{ note?: string; reason?: string }>
        open={open !== undefined}
        title={open && t(`act.${open}`)}
        danger={stalling}
        onClose={() => setOpen(undefined)}
        onSubmit={(values) =>
          act.mutateAsync({
            path: `${PROJECTS}/${encodeURIComponent(project.id)}/${STAGE_ACTS[open!]}`,
            version: project.version,
            body: stalling ? { reason: values.reason } : { note: values.note || undefined },
          })
        }
      >
        {stalling ? (
          <Form.Item name="reason" label={t('reason', { ns: 'common' })} rules={[{ required: true, message: t('required') }, { max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        ) : (
          <Form.Item name="note" label={t('relationship.note')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </ActionModal>
    </>
  );
}
