import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../time';
import { NS } from '../shared/api';
import { useAnniversaries, useAtRisk } from './api';

/**
 * What the care check says about one partner: its relationship at risk of dormancy, its round anniversary
 * coming. The lists are short (the office's relationships in force), so one page of each covers them.
 */
export function CareBadges({ partnerCityId }: { partnerCityId: string }) {
  const { t } = useTranslation(NS);
  const atRisk = useAtRisk(0, 100);
  const anniversaries = useAnniversaries(undefined, 0, 100);
  return (
    <>
      {(atRisk.data?.items ?? [])
        .filter((item) => item.partnerCityId === partnerCityId)
        .map((item) => (
          <Tag key={`risk-${item.relationshipId}`} color="warning">
            {t('care.atRiskBadge', { months: item.monthsQuiet, date: formatDate(item.lastActivityOn) })}
          </Tag>
        ))}
      {(anniversaries.data?.items ?? [])
        .filter((item) => item.partnerCityId === partnerCityId)
        .map((item) => (
          <Tag key={`anniversary-${item.relationshipId}-${item.years}`} color="gold">
            {t('care.anniversaryBadge', { years: item.years, date: formatDate(item.anniversaryDate) })}
          </Tag>
        ))}
    </>
  );
}
