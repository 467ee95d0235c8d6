import { TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Area } from '../../area';
import { RequireRoles } from '../../components/RequireRoles';
import { hasAny } from '../../me';
import { ActivityListPage } from './activities/ActivityListPage';
import { CarePage } from './care/CarePage';
import { SisterCityHomeCard } from './home/SisterCityHomeCard';
import { PartnerListPage } from './partners/PartnerListPage';
import { PartnerPage } from './partners/PartnerPage';
import { PlanListPage } from './plans/PlanListPage';
import { PlanPage } from './plans/PlanPage';
import { ProjectBoardPage } from './projects/ProjectBoardPage';
import { ProjectPage } from './projects/ProjectPage';
import { HOME_ROLES, READERS } from './shared/model';
import { texts } from './texts';

/** Every page of the area reads what only the readers of relationships may read (docs/api.md, "who"). */
function readers(page: ReactNode): ReactNode {
  return <RequireRoles roles={READERS}>{page}</RequireRoles>;
}

const forReaders = (me: Parameters<typeof hasAny>[0]) => hasAny(me, ...READERS);

export const sisterCities: Area = {
  key: 'sisterCities',
  icon: <TeamOutlined />,
  routes: [
    { path: 'sister-cities', element: <Navigate to="/sister-cities/partners" replace /> },
    { path: 'sister-cities/partners', element: readers(<PartnerListPage />) },
    { path: 'sister-cities/partners/:id', element: readers(<PartnerPage />) },
    { path: 'sister-cities/activities', element: readers(<ActivityListPage />) },
    { path: 'sister-cities/projects', element: <Navigate to="/sister-cities/projects/board" replace /> },
    { path: 'sister-cities/projects/board', element: readers(<ProjectBoardPage />) },
    { path: 'sister-cities/projects/:id', element: readers(<ProjectPage />) },
    { path: 'sister-cities/plans', element: readers(<PlanListPage />) },
    { path: 'sister-cities/plans/:id', element: readers(<PlanPage />) },
    { path: 'sister-cities/care', element: readers(<CarePage />) },
  ],
  menu: [
    { path: '/sister-cities/partners', label: 'menu.partners', visible: forReaders },
    { path: '/sister-cities/activities', label: 'menu.activities', visible: forReaders },
    { path: '/sister-cities/projects/board', label: 'menu.projects', visible: forReaders },
    { path: '/sister-cities/plans', label: 'menu.plans', visible: forReaders },
    { path: '/sister-cities/care', label: 'menu.care', visible: forReaders },
  ],
  texts,
  home: {
    visible: (me) => hasAny(me, ...HOME_ROLES),
    render: () => <SisterCityHomeCard />,
  },
};
