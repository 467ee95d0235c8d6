import { Button, Form, Input, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { COOPERATION_FIELDS, RELATIONSHIP_KINDS, type CooperationField, type RelationshipKind } from '../shared/model';
import { useEnumOptions } from '../shared/options';
import { NEXT_STEP, RELATIONSHIPS, type Relationship, type RelationshipAct } from './api';
import { SigningFields, toSigning, type SigningValues } from './SigningFields';

type Needs = 'note' | 'kind' | 'approval' | 'agreement' | 'termination';

/** Each act: its command's path and what it asks for (RelationshipController, RelationshipRequests). */
const ACTS: Record<RelationshipAct, { path: string; needs: Needs }> = {
  START_EXCHANGES: { path: 'start-exchanges', needs: 'note' },
  APPLY_AS: { path: 'apply-as', needs: 'kind' },
  RECORD_CITY_APPROVAL: { path: 'city-approval', needs: 'approval' },
  RECORD_PROVINCIAL_REVIEW: { path: 'provincial-review', needs: 'approval' },
  RECORD_CPAFFC_APPROVAL: { path: 'cpaffc-approval', needs: 'approval' },
  SIGN_AGREEMENT: { path: 'sign-agreement', needs: 'agreement' },
  ACTIVATE: { path: 'activate', needs: 'note' },
  MARK_DORMANT: { path: 'mark-dormant', needs: 'note' },
  REVIVE: { path: 'revive', needs: 'note' },
  TERMINATE: { path: 'terminate', needs: 'termination' },
};
/** Buttons in the order of the path, the way out last. */
const ORDER = Object.keys(ACTS) as RelationshipAct[];

interface ActValues {
  note?: string;
  kind?: RelationshipKind;
  reference?: string;
  reason?: string;
  agreement?: SigningValues;
  cooperationFields?: CooperationField[];
}

function bodyOf(needs: Needs, values: ActValues): unknown {
  switch (needs) {
    case 'note':
      return { note: values.note || undefined };
    case 'kind':
      return { kind: values.kind };
    case 'approval':
      return { reference: values.reference, note: values.note || undefined };
    case 'agreement':
      return {
        agreement: values.agreement && toSigning(values.agreement),
        cooperationFields: values.cooperationFields?.length ? values.cooperationFields : undefined,
        reference: values.reference || undefined,
      };
    case 'termination':
      return { reason: values.reason, reference: values.reference || undefined };
  }
}

/** The acts the service lists for this caller and stage, each with a modal for what it needs. */
export function RelationshipActions({ relationship }: { relationship: Relationship }) {
  const { t } = useTranslation(NS);
  const act = useAct();
  const [open, setOpen] = useState<RelationshipAct>();
  const kinds = useEnumOptions(RELATIONSHIP_KINDS.filter((kind) => kind !== 'LETTER_OF_INTENT'), 'kind');
  const fields = useEnumOptions(COOPERATION_FIELDS, 'field');
  const allowed = ORDER.filter((name) => relationship.actions?.includes(name));
  if (allowed.length === 0) return null;
  const required = { required: true, message: t('required') };
  const needs = open && ACTS[open].needs;

  const fieldsFor: Record<Needs, ReactNode> = {
    note: (
      <Form.Item name="note" label={t('relationship.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    ),
    kind: (
      <Form.Item name="kind" label={t('relationship.kindAppliedFor')} rules={[required]}>
        <Select options={kinds} />
      </Form.Item>
    ),
    approval: (
      <>
        <Form.Item name="reference" label={t('relationship.reference')} rules={[required, { max: 100 }]} extra={t('relationship.referenceHelp')}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('relationship.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </>
    ),
    agreement: (
      <>
        <SigningFields name="agreement" />
        <Form.Item name="cooperationFields" label={t('relationship.fields')}>
          <Select mode="multiple" options={fields} />
        </Form.Item>
        <Form.Item name="reference" label={t('relationship.reference')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
      </>
    ),
    termination: (
      <>
        <Form.Item name="reason" label={t('reason', { ns: 'common' })} rules={[required, { max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="reference" label={t('relationship.reference')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
      </>
    ),
  };

  return (
    <>
      <Space wrap>
        {allowed.map((name) => (
          <Button
            key={name}
            type={name === NEXT_STEP[relationship.stage] ? 'primary' : 'default'}
            danger={name === 'TERMINATE'}
            onClick={() => setOpen(name)}
          >
            {t(`act.${name}`)}
          </Button>
        ))}
      </Space>
      <ActionModal<ActValues>
        open={open !== undefined}
        title={open && t(`act.${open}`)}
        danger={open === 'TERMINATE'}
        width={needs === 'agreement' ? 760 : undefined}
        initialValues={{ cooperationFields: relationship.cooperationFields }}
        onClose={() => setOpen(undefined)}
        onSubmit={(values) =>
          act.mutateAsync({
            path: `${RELATIONSHIPS}/${encodeURIComponent(relationship.id)}/${ACTS[open!].path}`,
            version: relationship.version,
            body: bodyOf(ACTS[open!].needs, values),
          })
        }
      >
        {needs && fieldsFor[needs]}
      </ActionModal>
    </>
  );
}
