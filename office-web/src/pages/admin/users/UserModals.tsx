import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Problem } from '../../../api/http';
import type { Role } from '../../../me';
import type { Language } from '../../../text';
import { FormModal } from '../shared/FormModal';
import { showProblemOnForm } from '../shared/problemForm';
import { useAssignRoles, useCreateUser, useResetPassword, type UserView } from './api';
import { RolesUnitFields, unitOrNone } from './RolesUnitFields';

/** The password rules the identity service applies, said before the user types (it checks them again). */
function PasswordField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation('admin');
  return (
    <Form.Item name={name} label={label} extra={t('users.passwordHelp')} rules={[{ required: true, message: t('users.passwordRequired') }]}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

interface NewUserValues {
  username: string;
  password: string;
  roles: Role[];
  unit?: string;
}

/** ADMIN opens an account; every field the identity service refuses is marked, a taken username too. */
export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUserValues>();
  const create = useCreateUser();
  const submit = (values: NewUserValues) =>
    create.mutate(
      { username: values.username.trim(), password: values.password, roles: values.roles, unit: unitOrNone(values.unit) },
      {
        onSuccess: () => {
          message.success(t('users.created', { username: values.username.trim() }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof Problem && error.status === 409) {
            form.setFields([{ name: 'username', errors: [t('users.usernameTaken')] }]);
          }
          showProblemOnForm(form, error, i18n.language as Language, ['username', 'password', 'roles', 'unit']);
        },
      },
    );
  return (
    <FormModal<NewUserValues>
      title={t('users.createTitle')}
      okText={t('users.create')}
      form={form}
      name="new-user"
      initialValues={{ roles: [] }}
      pending={create.isPending}
      error={create.error}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="username" label={t('users.username')} extra={t('users.usernameHelp')} rules={[{ required: true, whitespace: true, message: t('users.usernameRequired') }]}>
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
      <PasswordField name="password" label={t('users.password')} />
      <RolesUnitFields />
    </FormModal>
  );
}

interface AssignmentValues {
  roles: Role[];
  unit?: string;
}

/** ADMIN gives an account exactly these roles and this unit; it takes effect at the user's next sign-in. */
export function AssignRolesModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignmentValues>();
  const assign = useAssignRoles();
  const submit = (values: AssignmentValues) =>
    assign.mutate(
      { username: user.username, assignment: { roles: values.roles, unit: unitOrNone(values.unit) } },
      {
        onSuccess: () => {
          message.success(t('users.assigned', { username: user.username }));
          onClose();
        },
        onError: (error) => showProblemOnForm(form, error, i18n.language as Language, ['roles', 'unit']),
      },
    );
  return (
    <FormModal<AssignmentValues>
      title={t('users.assignTitle', { username: user.username })}
      okText={t('save', { ns: 'common' })}
      form={form}
      name="assign-roles"
      initialValues={{ roles: user.roles, unit: user.unit }}
      pending={assign.isPending}
      error={assign.error}
      onFinish={submit}
      onClose={onClose}
    >
      <RolesUnitFields />
    </FormModal>
  );
}

interface PasswordValues {
  password: string;
  confirmation: string;
}

/** ADMIN replaces a forgotten password; the old one stops working at once. */
export function ResetPasswordModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const reset = useResetPassword();
  const submit = (values: PasswordValues) =>
    reset.mutate(
      { username: user.username, password: values.password },
      {
        onSuccess: () => {
          message.success(t('users.passwordReset', { username: user.username }));
          onClose();
        },
        onError: (error) => showProblemOnForm(form, error, i18n.language as Language, ['password']),
      },
    );
  return (
    <FormModal<PasswordValues>
      title={t('users.resetTitle', { username: user.username })}
      okText={t('users.resetPassword')}
      form={form}
      name="reset-password"
      pending={reset.isPending}
      error={reset.error}
      onFinish={submit}
      onClose={onClose}
    >
      <PasswordField name="password" label={t('users.newPassword')} />
      <Form.Item
        name="confirmation"
        label={t('users.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('users.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('users.passwordsDiffer'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
