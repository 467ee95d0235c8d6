import { SendOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import type { Area } from '../../area';
import { FAO_STAFF, hasAny, UNIT_STAFF, type Role } from '../../me';
import { DelegationList } from './delegations/DelegationList';
import { DelegationDetail } from './detail/DelegationDetail';
import { DelegationEditor } from './editor/DelegationEditor';
import { TravelHomeCard } from './home/TravelHomeCard';
import { TravelPage } from './shared/TravelPage';
import { recordMenu, recordRoutes, recordTexts } from './records';
import { texts } from './texts';

/** Who reads delegation files: the units' staff (their own), the office, the auditor and the administrator. */
const READERS: Role[] = [...UNIT_STAFF, ...FAO_STAFF, 'AUDITOR', 'ADMIN'];
/** Who has travel work waiting on the home page. */
const WITH_TRAVEL_WORK: Role[] = [...UNIT_STAFF, ...FAO_STAFF, 'AUDITOR'];

export const travel: Area = {
  key: 'travel',
  icon: <SendOutlined />,
  routes: [
    { path: 'travel', element: <Navigate to="/travel/delegations" replace /> },
    {
      path: 'travel/delegations',
      element: (
        <TravelPage roles={READERS}>
          <DelegationList />
        </TravelPage>
      ),
    },
    {
      path: 'travel/delegations/new',
      element: (
        <TravelPage roles={['UNIT_CLERK']}>
          <DelegationEditor />
        </TravelPage>
      ),
    },
    {
      path: 'travel/delegations/:id',
      element: (
        <TravelPage roles={READERS}>
          <DelegationDetail />
        </TravelPage>
      ),
    },
    {
      path: 'travel/delegations/:id/edit',
      element: (
        <TravelPage roles={['UNIT_CLERK']}>
          <DelegationEditor />
        </TravelPage>
      ),
    },
    ...recordRoutes,
  ],
  menu: [
    { path: '/travel/delegations', label: 'menu.delegations', visible: (me) => hasAny(me, ...READERS) },
    { path: '/travel/delegations/new', label: 'menu.newDelegation', visible: (me) => hasAny(me, 'UNIT_CLERK') },
    ...recordMenu,
  ],
  // The records' texts live under `records` of the travel namespace (`t('records.…')`).
  texts: {
    zh: { ...texts.zh, records: recordTexts.zh },
    en: { ...texts.en, records: recordTexts.en },
  },
  home: {
    visible: (me) => hasAny(me, ...WITH_TRAVEL_WORK),
    render: () => (
      <TravelPage>
        <TravelHomeCard />
      </TravelPage>
    ),
  },
};
