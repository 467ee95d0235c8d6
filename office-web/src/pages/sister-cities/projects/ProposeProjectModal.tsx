import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { COOPERATION_FIELDS } from '../shared/model';
import { useEnumOptions } from '../shared/options';
import { PartnerSelect } from '../partners/PartnerSelect';
import { useAllRelationships } from '../relationships/api';
import { PROJECTS, type Project, type ProposeProject } from './api';

/** The relationships with the chosen partner, to link the project to one of them. */
function RelationshipSelect({ partnerCityId, ...props }: { partnerCityId?: string; id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation(NS);
  const relationships = useAllRelationships(partnerCityId);
  return (
    <Select
      {...props}
      allowClear
      disabled={!partnerCityId}
      options={(partnerCityId ? (relationships.data ?? []) : []).map((relationship) => ({
        value: relationship.id,
        label: `${t(`kind.${relationship.kind}`)} · ${t(`state.${relationship.stage}`)}`,
      }))}
    />
  );
}

/** The sister-city officer proposes a cooperation project; its page opens once the service has it. */
export function ProposeProjectModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const act = useAct();
  const navigate = useNavigate();
  const fields = useEnumOptions(COOPERATION_FIELDS, 'field');
  const required = { required: true, message: t('required') };
  return (
    <ActionModal<ProposeProject>
      open={open}
      title={t('act.PROPOSE_PROJECT')}
      width={760}
      onClose={onClose}
      onSubmit={async (values) => {
        const answer = await act.mutateAsync({ path: PROJECTS, body: { ...values, description: values.description || undefined } });
        const created = answer.body as Project;
        if (created?.id) navigate(`/sister-cities/projects/${encodeURIComponent(created.id)}`);
      }}
    >
      <Form.Item name="partnerCityId" label={t('project.partner')} rules={[required]}>
        <PartnerSelect />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'zh']} label={t('project.titleZh')} rules={[required, { max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'en']} label={t('project.titleEn')} rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('project.description')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="field" label={t('project.field')} rules={[required]}>
            <Select options={fields} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="leadDepartment" label={t('project.leadDepartment')} rules={[required, { max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="partnerBody" label={t('project.partnerBody')} rules={[required, { max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item noStyle shouldUpdate={(before, after) => before.partnerCityId !== after.partnerCityId}>
        {({ getFieldValue }) => (
          <Form.Item name="relationshipId" label={t('project.relationship')}>
            <RelationshipSelect partnerCityId={getFieldValue('partnerCityId')} />
          </Form.Item>
        )}
      </Form.Item>
    </ActionModal>
  );
}
