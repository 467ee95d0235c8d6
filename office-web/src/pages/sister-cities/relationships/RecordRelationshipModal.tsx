import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { COOPERATION_FIELDS, RELATIONSHIP_KINDS, type CooperationField, type RelationshipKind } from '../shared/model';
import { useEnumOptions } from '../shared/options';
import { RELATIONSHIPS } from './api';
import { SigningFields, toSigning, type SigningValues } from './SigningFields';

interface RecordValues {
  kind: RelationshipKind;
  cooperationFields?: CooperationField[];
  intent?: SigningValues;
  agreement?: SigningValues;
  nationalApprovalReference?: string;
}

/**
 * The sister-city officer records a signed letter of intent (the path starts there), or a relationship
 * established before these records (补录), which starts in force citing its national approval.
 */
export function RecordRelationshipModal({
  partnerCityId,
  mode,
  onClose,
}: {
  partnerCityId: string;
  mode: 'intent' | 'established' | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation(NS);
  const act = useAct();
  const established = mode === 'established';
  const kinds = useEnumOptions(established ? RELATIONSHIP_KINDS.filter((kind) => kind !== 'LETTER_OF_INTENT') : RELATIONSHIP_KINDS, 'kind');
  const fields = useEnumOptions(COOPERATION_FIELDS, 'field');
  const required = { required: true, message: t('required') };
  return (
    <ActionModal<RecordValues>
      open={mode !== undefined}
      title={t(established ? 'relationship.recordEstablished' : 'relationship.recordIntent')}
      width={780}
      initialValues={{ kind: established ? 'SISTER_CITY' : 'LETTER_OF_INTENT' }}
      onClose={onClose}
      onSubmit={(values) =>
        act.mutateAsync({
          path: established ? `${RELATIONSHIPS}/established` : RELATIONSHIPS,
          body: {
            partnerCityId,
            kind: values.kind,
            cooperationFields: values.cooperationFields ?? [],
            ...(established
              ? { agreement: values.agreement && toSigning(values.agreement), nationalApprovalReference: values.nationalApprovalReference }
              : { intent: values.intent && toSigning(values.intent) }),
          },
        })
      }
    >
      <Form.Item name="kind" label={t('relationship.kind')} rules={[required]}>
        <Select options={kinds} />
      </Form.Item>
      <Form.Item name="cooperationFields" label={t('relationship.fields')}>
        <Select mode="multiple" options={fields} />
      </Form.Item>
      <SigningFields name={established ? 'agreement' : 'intent'} />
      {established && (
        <Form.Item name="nationalApprovalReference" label={t('relationship.nationalApprovalReference')} rules={[required, { max: 100 }]}>
          <Input />
        </Form.Item>
      )}
    </ActionModal>
  );
}
