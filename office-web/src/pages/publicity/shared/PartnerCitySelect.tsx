import { Input, Select } from 'antd';
import { local } from '../../../text';
import { usePartnerCities } from '../api/publicity';
import { useLabels } from './labels';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/**
 * A partner city chosen by name from the sister-city register; when the register cannot be read, its id
 * typed as it is (the publicity service keeps ids only).
 */
export function PartnerCitySelect({ id, value, onChange }: Props) {
  const { t, language } = useLabels();
  const cities = usePartnerCities();
  if (cities.isError) {
    return <Input id={id} value={value} onChange={(event) => onChange?.(event.target.value || undefined)} placeholder={t('field.partnerCityId')} />;
  }
  return (
    <Select
      id={id}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={cities.isLoading}
      placeholder={t('field.partnerCityPlaceholder')}
      options={(cities.data?.items ?? []).map((city) => ({
        value: city.id,
        label: `${local(city.names, language)} (${city.country})`,
      }))}
    />
  );
}

/** A partner city's name when the register knows it, else its id. */
export function usePartnerCityName(): (id: string) => string {
  const { language } = useLabels();
  const cities = usePartnerCities();
  return (id) => {
    const city = cities.data?.items.find((candidate) => candidate.id === id);
    return city ? local(city.names, language) : id;
  };
}
