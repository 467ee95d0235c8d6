import { SolutionOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import type { Area } from '../../area';
import { hasAny } from '../../me';
import { GiftDeclarationsPage } from './declarations/GiftDeclarationsPage';
import { ReceptionHomeCard } from './home/ReceptionHomeCard';
import { DECLARATION_READERS, VISIT_READERS } from './model';
import { InterpretersPage } from './resources/InterpretersPage';
import { VenuesPage } from './resources/VenuesPage';
import { texts } from './texts';
import { NewVisitPage } from './visits/VisitForm';
import { VisitList } from './visits/VisitList';
import { VisitPage } from './visits/VisitPage';
import { RequireRoles } from '../../components/RequireRoles';

/**
 * Foreign guests' visits (外宾接待): requests and approvals, guests in precedence order, the reception plan
 * with its interpreters and venues, the checklist, banquets and gifts within their caps, visa invitation
 * letters and gift declarations. Who sees what follows docs/api.md ("reception-service"): visit readers are
 * reception and FAO officers, the FAO director, auditors and administrators; gift declarations are the
 * reception officers' and auditors'.
 */
export const reception: Area = {
  key: 'reception',
  icon: <SolutionOutlined />,
  routes: [
    { path: 'reception', element: <Navigate to="/reception/visits" replace /> },
    {
      path: 'reception/visits',
      element: (
        <RequireRoles roles={VISIT_READERS}>
          <VisitList />
        </RequireRoles>
      ),
    },
    { path: 'reception/visits/new', element: <NewVisitPage /> },
    { path: 'reception/visits/:id', element: <VisitPage /> },
    { path: 'reception/venues', element: <VenuesPage /> },
    { path: 'reception/interpreters', element: <InterpretersPage /> },
    { path: 'reception/gift-declarations', element: <GiftDeclarationsPage /> },
  ],
  menu: [
    { path: '/reception/visits', label: 'menu.visits', visible: (me) => hasAny(me, ...VISIT_READERS) },
    { path: '/reception/venues', label: 'menu.venues', visible: (me) => hasAny(me, ...VISIT_READERS) },
    { path: '/reception/interpreters', label: 'menu.interpreters', visible: (me) => hasAny(me, ...VISIT_READERS) },
    { path: '/reception/gift-declarations', label: 'menu.declarations', visible: (me) => hasAny(me, ...DECLARATION_READERS) },
  ],
  texts,
  home: {
    visible: (me) => hasAny(me, 'RECEPTION_OFFICER', 'FAO_DIRECTOR', 'AUDITOR'),
    render: (me) => <ReceptionHomeCard me={me} />,
  },
};
