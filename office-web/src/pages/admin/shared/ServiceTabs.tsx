import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SERVICES, serviceByPrefix, type ServiceRef } from './services';

/**
 * One tab per service, the chosen one kept in the address (`?service=travel`) so a page can be linked to and
 * reloaded; changing service starts again at the first page of results.
 */
export function ServiceTabs({
  services = SERVICES,
  label,
  children,
}: {
  services?: ServiceRef[];
  label?: (service: ServiceRef) => ReactNode;
  children: (service: ServiceRef) => ReactNode;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const active = serviceByPrefix(params.get('service'), services);
  return (
    <Tabs
      activeKey={active.prefix}
      onChange={(prefix) =>
        setParams((current) => {
          const next = new URLSearchParams(current);
          next.set('service', prefix);
          next.delete('page');
          return next;
        })
      }
      items={services.map((service) => ({
        key: service.prefix,
        label: label ? label(service) : t(`area.${service.key}`),
        children: service.prefix === active.prefix ? children(service) : null,
      }))}
    />
  );
}
