import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, query, type Page } from '../../../api/http';
import type { Role } from '../../../me';

/** An account as the identity service shows it: never a password or its hash. */
export interface UserView {
  username: string;
  roles: Role[];
  unit?: string;
  enabled: boolean;
  createdAt?: string;
  createdBy?: string;
  changedAt?: string;
  changedBy?: string;
}

export interface NewUser {
  username: string;
  password: string;
  roles: Role[];
  unit?: string;
}

export interface RoleAssignment {
  roles: Role[];
  unit?: string;
}

/** The suite's eleven roles (DESIGN.md §7), in the order the office thinks of them. */
export const ROLES: Role[] = [
  'UNIT_CLERK',
  'UNIT_SIGNATORY',
  'FAO_OFFICER',
  'FAO_DIRECTOR',
  'SISTER_CITY_OFFICER',
  'RECEPTION_OFFICER',
  'PUBLICITY_EDITOR',
  'PUBLICITY_SECTION_HEAD',
  'PUBLICITY_LEADER',
  'ADMIN',
  'AUDITOR',
];

/** Roles whose holder acts for one unit, and so must have one. */
export const UNIT_ROLES: Role[] = ['UNIT_CLERK', 'UNIT_SIGNATORY'];

const USERS = '/api/identity/users';
const usersKey = ['admin', 'users'];

export function useUsers(page: number, size: number) {
  return useQuery({
    queryKey: [...usersKey, page, size],
    queryFn: ({ signal }) => get<Page<UserView>>(`${USERS}${query({ page, size })}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every act on accounts reads the list again after. */
function useUserAct<V>(act: (variables: V) => Promise<unknown>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSuccess: () => queries.invalidateQueries({ queryKey: usersKey }),
  });
}

const userPath = (username: string) => `${USERS}/${encodeURIComponent(username)}`;

export const useCreateUser = () => useUserAct((user: NewUser) => post<UserView>(USERS, user));

export const useResetPassword = () =>
  useUserAct(({ username, password }: { username: string; password: string }) => post<void>(`${userPath(username)}/reset-password`, { password }));

export const useAssignRoles = () =>
  useUserAct(({ username, assignment }: { username: string; assignment: RoleAssignment }) =>
    post<UserView>(`${userPath(username)}/assign-roles`, assignment),
  );

export const useSetEnabled = () =>
  useUserAct(({ username, enabled }: { username: string; enabled: boolean }) =>
    post<UserView>(`${userPath(username)}/${enabled ? 'enable' : 'disable'}`),
  );
