import { SettingOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import type { Area } from '../../area';
import { RequireRoles } from '../../components/RequireRoles';
import { hasAny } from '../../me';
import { AuditPage } from './audit/AuditPage';
import { CalendarPage } from './calendar/CalendarPage';
import { DeadLettersPage } from './deadLetters/DeadLettersPage';
import { AdminHomeCard } from './home/AdminHomeCard';
import { PolicyPage } from './policy/PolicyPage';
import { OVERSEERS } from './shared/roles';
import { UsersPage } from './users/UsersPage';
import { texts } from './texts';

/**
 * Administration: the rules' parameters and the office calendar (everyone reads, ADMIN changes), the sign-in
 * accounts (ADMIN), and the services' audit trails and dead letters (AUDITOR reads, ADMIN acts).
 */
export const admin: Area = {
  key: 'admin',
  icon: <SettingOutlined />,
  routes: [
    { path: 'admin', element: <Navigate to="/admin/policy" replace /> },
    { path: 'admin/policy', element: <PolicyPage /> },
    { path: 'admin/calendar', element: <CalendarPage /> },
    {
      path: 'admin/users',
      element: (
        <RequireRoles roles={['ADMIN']}>
          <UsersPage />
        </RequireRoles>
      ),
    },
    {
      path: 'admin/audit',
      element: (
        <RequireRoles roles={OVERSEERS}>
          <AuditPage />
        </RequireRoles>
      ),
    },
    {
      path: 'admin/dead-letters',
      element: (
        <RequireRoles roles={OVERSEERS}>
          <DeadLettersPage />
        </RequireRoles>
      ),
    },
  ],
  menu: [
    { path: '/admin/policy', label: 'menu.policy', visible: (me) => me.roles.length > 0 },
    { path: '/admin/calendar', label: 'menu.calendar', visible: (me) => me.roles.length > 0 },
    { path: '/admin/users', label: 'menu.users', visible: (me) => hasAny(me, 'ADMIN') },
    { path: '/admin/audit', label: 'menu.audit', visible: (me) => hasAny(me, ...OVERSEERS) },
    { path: '/admin/dead-letters', label: 'menu.deadLetters', visible: (me) => hasAny(me, ...OVERSEERS) },
  ],
  texts,
  home: {
    visible: (me) => hasAny(me, ...OVERSEERS),
    render: () => <AdminHomeCard />,
  },
};
