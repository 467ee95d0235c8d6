import { Link } from 'react-router';
import { useLanguage } from '../shared/options';
import { fullName, usePartnerDirectory, type PartnerCityNames } from './api';

/** A link to a partner's page, under its {@link fullName}. */
export function PartnerLink({ id, names }: { id: string; names?: PartnerCityNames }) {
  const language = useLanguage();
  const directory = usePartnerDirectory();
  const known = names ?? directory.get(id)?.names;
  return <Link to={`/sister-cities/partners/${encodeURIComponent(id)}`}>{known ? fullName(known, language) : id}</Link>;
}
