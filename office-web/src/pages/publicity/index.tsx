import { ReadOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router';
import type { Area } from '../../area';
import { RequireRoles } from '../../components/RequireRoles';
import { hasAny } from '../../me';
import { CountryListPage } from './countries/CountryListPage';
import { CountryPage } from './countries/CountryPage';
import { NewCountryPage } from './countries/NewCountryPage';
import { PublicityHomeCard } from './home/PublicityHomeCard';
import { ItemListPage } from './items/ItemListPage';
import { ItemPage } from './items/ItemPage';
import { NewItemPage } from './items/NewItemPage';
import { COUNTRY_READERS, HOME_READERS, ITEM_READERS } from './shared/review';
import { texts } from './texts';

/**
 * External publicity (对外宣传): content items in their languages through the three reviews, published per
 * channel now or under embargo, and the country profiles with their safety alert levels.
 */
export const publicity: Area = {
  key: 'publicity',
  icon: <ReadOutlined aria-hidden />,
  routes: [
    { path: 'publicity', element: <Navigate to="/publicity/items" replace /> },
    { path: 'publicity/items', element: <RequireRoles roles={ITEM_READERS}><ItemListPage /></RequireRoles> },
    { path: 'publicity/items/new', element: <RequireRoles roles={['PUBLICITY_EDITOR']}><NewItemPage /></RequireRoles> },
    { path: 'publicity/items/:id', element: <RequireRoles roles={ITEM_READERS}><ItemPage /></RequireRoles> },
    { path: 'publicity/countries', element: <RequireRoles roles={COUNTRY_READERS}><CountryListPage /></RequireRoles> },
    { path: 'publicity/countries/new', element: <RequireRoles roles={['PUBLICITY_EDITOR']}><NewCountryPage /></RequireRoles> },
    { path: 'publicity/countries/:code', element: <RequireRoles roles={COUNTRY_READERS}><CountryPage /></RequireRoles> },
  ],
  menu: [
    { path: '/publicity/items', label: 'menu.items', visible: (me) => hasAny(me, ...ITEM_READERS) },
    { path: '/publicity/items/new', label: 'menu.newItem', visible: (me) => hasAny(me, 'PUBLICITY_EDITOR') && !hasAny(me, 'AUDITOR') },
    { path: '/publicity/countries', label: 'menu.countries', visible: (me) => hasAny(me, ...COUNTRY_READERS) },
  ],
  texts,
  home: {
    visible: (me) => hasAny(me, ...HOME_READERS),
    render: (me) => <PublicityHomeCard me={me} />,
  },
};
