import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { RequireRoles } from '../../../components/RequireRoles';
import type { Role } from '../../../me';

/**
 * Rule problems are read in red under the fields: antd's default red (#ff4d4f) is too light for small text
 * on white (WCAG AA asks 4.5:1), this one reads at about 5.5:1.
 */
const READABLE_ERROR = { token: { colorError: '#cf1322' } };

/**
 * A travel page for some roles. Its buttons keep their names as written: antd would otherwise space out
 * two-character Chinese labels ("批 准"), which is not the name the texts, screen readers and tests use.
 */
export function TravelPage({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const page = (
    <ConfigProvider button={{ autoInsertSpace: false }} theme={READABLE_ERROR}>
      {children}
    </ConfigProvider>
  );
  return roles ? <RequireRoles roles={roles}>{page}</RequireRoles> : page;
}
