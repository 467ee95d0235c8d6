import { KeyOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Badge, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { formatInstant } from '../../../time';
import { usePageParams, useTablePagination } from '../shared/paging';
import { mayAdminister } from '../shared/roles';
import { useSetEnabled, useUsers, type UserView } from './api';
import { AssignRolesModal, CreateUserModal, ResetPasswordModal } from './UserModals';

type Dialog = { kind: 'create' } | { kind: 'roles' | 'password'; user: UserView };

/** `/admin/users` (ADMIN): the sign-in accounts, their roles and units; open, change, disable, enable. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const { page, size, setPage } = usePageParams();
  const users = useUsers(page, size);
  const setEnabled = useSetEnabled();
  const [dialog, setDialog] = useState<Dialog>();
  const pagination = useTablePagination(users.data, setPage);
  const { data: me } = useMe();
  const mayAct = mayAdminister(me);

  const toggle = (user: UserView) =>
    setEnabled.mutate(
      { username: user.username, enabled: !user.enabled },
      { onSuccess: () => message.success(t(user.enabled ? 'users.disabled' : 'users.enabled', { username: user.username })) },
    );

  const columns: ColumnsType<UserView> = [
    { key: 'username', title: t('users.username'), render: (_, user) => <Typography.Text strong>{user.username}</Typography.Text> },
    {
      key: 'roles',
      title: t('roles', { ns: 'common' }),
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((role) => (
            <Tag key={role} color="blue">
              {t(`role.${role}`, { ns: 'common' })}
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'unit', title: t('unit', { ns: 'common' }), render: (_, user) => user.unit ?? '—' },
    {
      key: 'status',
      title: t('status', { ns: 'common' }),
      render: (_, user) => <Badge status={user.enabled ? 'success' : 'default'} text={t(user.enabled ? 'users.active' : 'users.inactive')} />,
    },
    {
      key: 'created',
      title: t('users.createdAt'),
      render: (_, user) => (user.createdAt ? t('users.byAt', { at: formatInstant(user.createdAt), user: user.createdBy ?? '' }) : '—'),
    },
    {
      key: 'changed',
      title: t('users.changedAt'),
      render: (_, user) => (user.changedAt ? t('users.byAt', { at: formatInstant(user.changedAt), user: user.changedBy ?? '' }) : '—'),
    },
  ];
  // A token that also holds AUDITOR may change nothing: it reads the accounts without the buttons.
  if (mayAct) {
    columns.push(
      {
        key: 'actions',
        title: t('actions', { ns: 'common' }),
        render: (_, user) => (
          <Space wrap>
            <Button size="small" icon={<TeamOutlined />} aria-label={`${t('users.assign')}: ${user.username}`} onClick={() => setDialog({ kind: 'roles', user })}>
              {t('users.assign')}
            </Button>
            <Button size="small" icon={<KeyOutlined />} aria-label={`${t('users.resetPassword')}: ${user.username}`} onClick={() => setDialog({ kind: 'password', user })}>
              {t('users.resetPassword')}
            </Button>
            <Popconfirm
              title={t(user.enabled ? 'users.disableConfirm' : 'users.enableConfirm', { username: user.username })}
              okText={t('confirm', { ns: 'common' })}
              cancelText={t('cancel', { ns: 'common' })}
              onConfirm={() => toggle(user)}
            >
              <Button size="small" danger={user.enabled} aria-label={`${t(user.enabled ? 'users.disable' : 'users.enable')}: ${user.username}`}>
                {t(user.enabled ? 'users.disable' : 'users.enable')}
              </Button>
            </Popconfirm>
          </Space>
        ),
      },
    );
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('users.title')}</Typography.Title>
        {mayAct && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('users.create')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('users.intro')}</Typography.Paragraph>
      {setEnabled.error && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={setEnabled.error} onClose={() => setEnabled.reset()} />
        </div>
      )}
      {users.data ? (
        <Table<UserView>
          rowKey="username"
          columns={columns}
          dataSource={users.data.items}
          loading={users.isFetching}
          pagination={pagination}
          scroll={{ x: true }}
          title={() => t('users.tableTitle')}
        />
      ) : (
        <Loading error={users.error} retry={() => void users.refetch()} />
      )}
      {dialog?.kind === 'create' && <CreateUserModal onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'roles' && <AssignRolesModal user={dialog.user} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(undefined)} />}
    </>
  );
}
