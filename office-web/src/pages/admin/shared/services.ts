import type { Area } from '../../../area';

/**
 * The business services whose audit trail and dead letters an administrator looks after, by gateway prefix
 * (`/api/<prefix>/audit`, `/api/<prefix>/admin/dead-letters`). Their names are the common `area.*` words.
 */
export interface ServiceRef {
  key: Exclude<Area['key'], 'admin'>;
  prefix: string;
}

export const SERVICES: ServiceRef[] = [
  { key: 'sisterCities', prefix: 'sister-cities' },
  { key: 'travel', prefix: 'travel' },
  { key: 'reception', prefix: 'receptions' },
  { key: 'publicity', prefix: 'publicity' },
];

export function serviceByPrefix(prefix: string | null, services: ServiceRef[] = SERVICES): ServiceRef {
  return services.find((service) => service.prefix === prefix) ?? services[0];
}
