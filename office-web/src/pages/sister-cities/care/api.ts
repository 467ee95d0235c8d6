import { useQuery } from '@tanstack/react-query';
import { get, query, type Page } from '../../../api/http';
import { NS } from '../shared/api';
import type { RelationshipKind, RelationshipStage } from '../shared/model';
import type { PartnerCityNames } from '../partners/api';
import { RELATIONSHIPS } from '../relationships/api';

/** An active relationship flagged at risk of dormancy at the service's last check. */
export interface AtRiskRelationship {
  relationshipId: string;
  partnerCityId: string;
  partnerCityName: PartnerCityNames;
  kind: RelationshipKind;
  stage: RelationshipStage;
  lastActivityOn: string;
  monthsQuiet: number;
  atRiskSince: string;
  flaggedAt?: string;
}

/** A round anniversary of a relationship in force. */
export interface UpcomingAnniversary {
  relationshipId: string;
  partnerCityId: string;
  partnerCityName: PartnerCityNames;
  kind: RelationshipKind;
  stage: RelationshipStage;
  agreementDate: string;
  anniversaryDate: string;
  years: number;
  announced: boolean;
}

export function useAtRisk(page: number, size: number) {
  return useQuery({
    queryKey: [NS, 'care', 'at-risk', { page, size }],
    queryFn: ({ signal }) => get<Page<AtRiskRelationship>>(`${RELATIONSHIPS}/at-risk${query({ page, size })}`, signal),
    placeholderData: (previous) => previous,
  });
}

/** `withinMonths` unset: the service's announcement lead time (6 months by default). */
export function useAnniversaries(withinMonths: number | undefined, page: number, size: number) {
  return useQuery({
    queryKey: [NS, 'care', 'anniversaries', { withinMonths, page, size }],
    queryFn: ({ signal }) =>
      get<Page<UpcomingAnniversary>>(`${RELATIONSHIPS}/anniversaries${query({ withinMonths, page, size })}`, signal),
    placeholderData: (previous) => previous,
  });
}
