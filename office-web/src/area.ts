import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Me } from './me';

/** One entry of the side menu: shown when `visible(me)` holds. `path` is inside the console (`/travel`). */
export interface MenuEntry {
  path: string;
  /** A key of the area's namespace. */
  label: string;
  visible: (me: Me) => boolean;
}

/**
 * One business area of the console (travel, sister cities, receptions, publicity, administration): its pages,
 * its menu, its texts (an i18next namespace of the same name as `key`) and what it adds to the home page.
 */
export interface Area {
  key: 'sisterCities' | 'travel' | 'reception' | 'publicity' | 'admin';
  icon: ReactNode;
  routes: RouteObject[];
  menu: MenuEntry[];
  texts: { zh: Record<string, unknown>; en: Record<string, unknown> };
  /** Cards for the home page's work queue, when the user's roles have work here. */
  home?: { visible: (me: Me) => boolean; render: (me: Me) => ReactNode };
}
