import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, type LocalText } from '../../../api/http';
import type { ServiceRef } from '../shared/services';

/** One value of a parameter, in force from its date until the next value's date. */
export interface PolicyValue {
  value: number;
  effectiveFrom: string;
  /** The regulation or decision the value comes from. */
  source: string;
  setBy?: string;
  setAt?: string;
}

/** A policy parameter as `GET /api/<prefix>/policy` answers it. */
export interface PolicyParameter {
  key: string;
  unit: string;
  description: LocalText;
  current: PolicyValue;
  next?: PolicyValue;
  /** Every value it has had and will have, earliest first. */
  values: PolicyValue[];
  version: number;
}

export interface NewPolicyValue {
  value: number;
  effectiveFrom: string;
  source: string;
}

/**
 * The services that publish their policy parameters over the API. Only travel-service does: the reception caps
 * (`waishi.reception.policy.*`) and the other services' settings are deployment configuration.
 */
export const POLICY_SERVICES: ServiceRef[] = [{ key: 'travel', prefix: 'travel' }];

const policyKey = (prefix: string) => ['admin', 'policy', prefix];

export function usePolicy(prefix: string) {
  return useQuery({
    queryKey: policyKey(prefix),
    queryFn: ({ signal }) => get<PolicyParameter[]>(`/api/${prefix}/policy`, signal),
  });
}

/** ADMIN: a new value of one parameter from a date on (never before today); the list is read again after. */
export function useScheduleValue(prefix: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value }: { key: string; value: NewPolicyValue }) =>
      post<PolicyParameter>(`/api/${prefix}/policy/${encodeURIComponent(key)}/values`, value),
    onSuccess: () => queries.invalidateQueries({ queryKey: policyKey(prefix) }),
  });
}
