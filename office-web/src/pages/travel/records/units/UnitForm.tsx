import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEnumText } from '../shared/EnumTag';
import type { UnitKind } from '../shared/enums';
import { FormModal } from '../shared/FormModal';
import type { FieldProblems } from '../shared/problems';
import { useCommand } from '../shared/useCommand';
import { units, UNITS_KEY, type RegisterUnit as Request, type Unit, type UnitParticulars } from './api';

/** The form's values take the request's shape, so a problem's field (`name.zh`) names a field of the form. */
interface Values {
  code: string;
  name: { zh: string; en?: string };
  kind: UnitKind;
  foreignAffairsOrCommerce?: boolean;
}

function particulars(values: Values): UnitParticulars {
  return {
    name: { zh: values.name.zh.trim(), en: values.name.en?.trim() || undefined },
    kind: values.kind,
    foreignAffairsOrCommerce: values.foreignAffairsOrCommerce ?? false,
  };
}

/** Name, kind and the foreign-affairs-or-commerce flag: what registering and changing a unit both ask. */
function ParticularFields({ field }: { field: FieldProblems }) {
  const { t } = useTranslation('travel');
  const { options } = useEnumText();
  const required = { required: true, whitespace: true, message: t('records.form.required') };
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['name', 'zh']} label={t('records.units.nameZh')} rules={[required, { max: 200 }]} {...field(['name', 'zh'])}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['name', 'en']} label={t('records.units.nameEn')} rules={[{ max: 200 }]} {...field(['name', 'en'])}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="kind" label={t('records.units.kind')} extra={t('records.units.kindHint')} rules={[{ required: true, message: t('records.form.required') }]} {...field('kind')}>
        <Select options={options('unitKind')} />
      </Form.Item>
      <Form.Item name="foreignAffairsOrCommerce" label={t('records.units.foreignAffairsOrCommerce')} valuePropName="checked" extra={t('records.units.foreignAffairsHint')}>
        <Switch />
      </Form.Item>
    </>
  );
}

/** An administrator or FAO officer registers a unit under the code its staff's tokens carry. */
export function RegisterUnit({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('travel');
  const navigate = useNavigate();
  const register = useCommand((request: Request) => units.register(request), {
    invalidate: [UNITS_KEY],
    done: t('records.units.registered'),
    then: (unit) => navigate(`/travel/units/${encodeURIComponent(unit.code)}`),
  });
  return (
    <FormModal<Values, Request>
      name="register-unit"
      open={open}
      title={t('records.units.register')}
      okText={t('records.units.registerOk')}
      width={640}
      onClose={onClose}
      command={register}
      initialValues={{ foreignAffairsOrCommerce: false }}
      toRequest={(values) => ({ code: values.code, ...particulars(values) })}
    >
      {(field) => (
        <>
          <Form.Item
            name="code"
            label={t('records.units.code')}
            extra={t('records.units.codeHint')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[
              { required: true, message: t('records.form.required') },
              { pattern: /^[A-Z][A-Z0-9-]{1,30}$/, message: t('records.units.codeFormat') },
            ]}
            {...field('code')}
          >
            <Input />
          </Form.Item>
          <ParticularFields field={field} />
        </>
      )}
    </FormModal>
  );
}

/** Changes a unit's name, kind or flag (If-Match: the version read). */
export function EditUnit({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('travel');
  const update = useCommand((request: UnitParticulars) => units.update(unit, request), { invalidate: [UNITS_KEY], done: t('records.units.updated') });
  return (
    <FormModal<Values, UnitParticulars>
      name="edit-unit"
      open={open}
      title={t('records.units.edit')}
      okText={t('save', { ns: 'common' })}
      width={640}
      onClose={onClose}
      command={update}
      initialValues={{ name: { zh: unit.name.zh ?? '', en: unit.name.en }, kind: unit.kind, foreignAffairsOrCommerce: unit.foreignAffairsOrCommerce }}
      toRequest={particulars}
    >
      {(field) => <ParticularFields field={field} />}
    </FormModal>
  );
}
