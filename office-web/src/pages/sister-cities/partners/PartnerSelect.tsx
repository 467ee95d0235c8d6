import { Select, type SelectProps } from 'antd';
import { useLanguage } from '../shared/options';
import { fullName, useAllPartners } from './api';

/** Choose a registered partner city by either of its names. */
export function PartnerSelect(props: Omit<SelectProps<string>, 'options'>) {
  const language = useLanguage();
  const partners = useAllPartners();
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      loading={partners.isLoading}
      {...props}
      options={(partners.data ?? []).map((partner) => ({ value: partner.id, label: fullName(partner.names, language) }))}
    />
  );
}
