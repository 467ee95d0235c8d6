import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { officeToday } from '../../../../time';
import type { Authorisation } from './api';

/** From when to when the authorisation holds; past its end it says so (expiry is a date, not a state). */
export function Validity({ authorisation }: { authorisation: Authorisation }) {
  const { t } = useTranslation('travel');
  const { validFrom, validUntil, status } = authorisation;
  const expired = status === 'GRANTED' && validUntil !== undefined && validUntil < officeToday();
  return (
    <>
      {validUntil ? `${validFrom} – ${validUntil}` : t('records.authorisations.from', { date: validFrom })}
      {expired && (
        <>
          {' '}
          <Tag>{t('records.authorisations.expired')}</Tag>
        </>
      )}
    </>
  );
}
