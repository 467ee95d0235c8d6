import type { Area } from './area';
import { sisterCities } from './pages/sister-cities';
import { travel } from './pages/travel';
import { reception } from './pages/reception';
import { publicity } from './pages/publicity';
import { admin } from './pages/admin';

/** The console's areas in menu order. */
export const areas: Area[] = [travel, sisterCities, reception, publicity, admin];
