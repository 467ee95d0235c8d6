import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { countryOptions } from '../shared/countries';
import { COOPERATION_FIELDS, DIRECTIONS, PROJECT_STAGES, RELATIONSHIP_KINDS, TARGET_MEASURES } from '../shared/model';
import { useEnumOptions, useLanguage } from '../shared/options';
import { PLANS, type Plan, type TargetProgress, type TargetRequest } from './api';

type TargetValues = TargetRequest & { targetId: string };

/** Target ids are lower-case letters, digits and hyphens (PlanController.TARGET_ID). */
const TARGET_ID = /^[a-z0-9][a-z0-9-]{0,49}$/;

/**
 * The officer sets a draft's target: what it counts (activities held, relationships signed, projects reaching
 * a stage), how many, and the criteria that measure needs.
 */
export function TargetFormModal({ plan, target, open, onClose }: { plan: Plan; target?: TargetProgress; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const act = useAct();
  const measures = useEnumOptions(TARGET_MEASURES, 'measure');
  const directions = useEnumOptions(DIRECTIONS, 'direction');
  const fields = useEnumOptions(COOPERATION_FIELDS, 'field');
  const kinds = useEnumOptions(RELATIONSHIP_KINDS.filter((kind) => kind !== 'LETTER_OF_INTENT'), 'kind');
  const stages = useEnumOptions(PROJECT_STAGES.filter((stage) => stage !== 'IDEA' && stage !== 'STALLED'), 'state');
  const required = { required: true, message: t('required') };
  const criteria = target?.criteria ?? {};
  return (
    <ActionModal<TargetValues>
      open={open}
      title={target ? `${t('act.SET_TARGET')}: ${target.targetId}` : t('act.SET_TARGET')}
      width={720}
      okText={t('save', { ns: 'common' })}
      invalidValueField={(detail) => (/countr/i.test(detail) ? 'countries' : /stage/i.test(detail) ? 'stage' : undefined)}
      initialValues={
        target
          ? {
              targetId: target.targetId,
              description: target.description,
              measure: target.measure,
              required: target.required,
              ...criteria,
            }
          : { measure: 'ACTIVITIES_HELD', required: 1 }
      }
      onClose={onClose}
      onSubmit={({ targetId, ...values }) => {
        // Only the criteria the measure reads, so a value left from another measure is not stored with the target.
        const activities = values.measure === 'ACTIVITIES_HELD';
        const relationships = values.measure === 'RELATIONSHIPS_SIGNED';
        const body: TargetRequest = {
          description: values.description,
          measure: values.measure,
          required: values.required,
          countries: values.countries?.length ? values.countries : undefined,
          field: relationships ? undefined : values.field,
          direction: activities ? values.direction : undefined,
          tag: activities ? values.tag || undefined : undefined,
          kind: relationships ? values.kind : undefined,
          stage: values.measure === 'PROJECTS_REACHING_STAGE' ? values.stage : undefined,
        };
        return act.mutateAsync({
          path: `${PLANS}/${encodeURIComponent(plan.id)}/targets/${encodeURIComponent(targetId)}`,
          method: 'PUT',
          version: plan.version,
          body,
        });
      }}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="targetId" label={t('plan.targetId')} extra={t('plan.targetIdHelp')} rules={[required, { pattern: TARGET_ID, message: t('plan.targetIdHelp') }]}>
            <Input disabled={target !== undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="required" label={t('plan.required')} rules={[required]}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['description', 'zh']} label={t('plan.descriptionZh')} rules={[required, { max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['description', 'en']} label={t('plan.descriptionEn')} rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="measure" label={t('plan.measure')} rules={[required]}>
        <Select options={measures} />
      </Form.Item>
      <Form.Item name="countries" label={t('plan.targetCountries')} extra={t('plan.targetCountriesHelp')}>
        <Select mode="multiple" options={countryOptions(language, plan.countries)} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(before, after) => before.measure !== after.measure}>
        {({ getFieldValue }) => {
          const measure = getFieldValue('measure');
          return (
            <Row gutter={12}>
              {measure === 'ACTIVITIES_HELD' && (
                <>
                  <Col xs={24} md={8}>
                    <Form.Item name="direction" label={t('activity.direction')}>
                      <Select allowClear options={directions} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name="tag" label={t('activity.tag')} rules={[{ max: 50 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                </>
              )}
              {measure !== 'RELATIONSHIPS_SIGNED' && (
                <Col xs={24} md={8}>
                  <Form.Item name="field" label={t('activity.field')}>
                    <Select allowClear options={fields} />
                  </Form.Item>
                </Col>
              )}
              {measure === 'RELATIONSHIPS_SIGNED' && (
                <Col xs={24} md={12}>
                  <Form.Item name="kind" label={t('relationship.kind')} rules={[required]}>
                    <Select options={kinds} />
                  </Form.Item>
                </Col>
              )}
              {measure === 'PROJECTS_REACHING_STAGE' && (
                <Col xs={24} md={12}>
                  <Form.Item name="stage" label={t('project.stage')} rules={[required]}>
                    <Select options={stages} />
                  </Form.Item>
                </Col>
              )}
            </Row>
          );
        }}
      </Form.Item>
    </ActionModal>
  );
}
