import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../me';
import { ROLES, UNIT_ROLES } from './api';

/**
 * The roles (any of the eleven) and the unit, which the unit roles need: a unit clerk or signatory acts for one
 * unit (its code as the travel records know it, e.g. `U-EDU`), everybody else for the whole office.
 */
export function RolesUnitFields() {
  const { t } = useTranslation('admin');
  return (
    <>
      <Form.Item
        name="roles"
        label={t('roles', { ns: 'common' })}
        rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
      >
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          // Eleven roles: all of them rendered, none hidden behind virtual scrolling.
          virtual={false}
          options={ROLES.map((role) => ({ value: role, label: `${t(`role.${role}`, { ns: 'common' })} (${role})` }))}
        />
      </Form.Item>
      <Form.Item
        name="unit"
        label={t('unit', { ns: 'common' })}
        dependencies={['roles']}
        extra={t('users.unitHelp')}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value?: string) => {
              const roles = (getFieldValue('roles') as Role[] | undefined) ?? [];
              const needsUnit = roles.some((role) => UNIT_ROLES.includes(role));
              return needsUnit && !value?.trim() ? Promise.reject(new Error(t('users.unitRequired'))) : Promise.resolve();
            },
          }),
        ]}
      >
        <Input maxLength={64} />
      </Form.Item>
    </>
  );
}

/** A blank unit means none (an office-wide account). */
export function unitOrNone(unit: string | undefined): string | undefined {
  const trimmed = unit?.trim();
  return trimmed ? trimmed : undefined;
}
