import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAny, useMe, type Role } from '../me';

/** A page for some roles only; the services refuse the others anyway, this says so before a call fails. */
export function RequireRoles({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!hasAny(me, ...roles)) {
    return <Result status="403" title="403" subTitle={t('notAllowed')} />;
  }
  return <>{children}</>;
}
