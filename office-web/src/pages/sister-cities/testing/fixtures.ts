/**
 * Answers of sister-city-service as the tests stub them (shapes of the service's *View records), and the users
 * the tests sign in as. Test code only.
 */
import type { Me } from '../../../me';
import type { Activity } from '../activities/api';
import type { PartnerCity } from '../partners/api';
import type { Relationship } from '../relationships/api';

export const USERS: Record<'officer' | 'director' | 'auditor' | 'faoOfficer' | 'clerk', Me> = {
  officer: { subject: 'sister', name: 'Sister Officer', roles: ['SISTER_CITY_OFFICER'], session: true },
  director: { subject: 'director', name: 'Director', roles: ['FAO_DIRECTOR'], session: true },
  auditor: { subject: 'auditor', name: 'Auditor', roles: ['AUDITOR'], session: true },
  faoOfficer: { subject: 'officer', name: 'FAO Officer', roles: ['FAO_OFFICER'], session: true },
  clerk: { subject: 'clerk', name: 'Clerk', roles: ['UNIT_CLERK'], unit: 'U-EDU', session: true },
};

export function page<T>(items: T[], total = items.length, pageNumber = 0, size = 20) {
  return { items, page: pageNumber, size, total };
}

export const YORBA_LINDA: PartnerCity = {
  id: 'P-YL',
  names: { zh: '约巴林达市', en: 'Yorba Linda', local: 'Yorba Linda' },
  country: 'US',
  region: 'California',
  administrativeLevel: 'PREFECTURE_CITY',
  diplomaticRelations: true,
  otherChineseSisterCity: false,
  profile: { zh: '位于加利福尼亚州', en: 'In California' },
  website: 'https://www.yorba-linda.org',
  contacts: [{ name: 'Jane Doe', role: 'Mayor’s office', email: 'jane@example.org', languages: ['en'] }],
  registeredBy: 'sister',
  registeredAt: '2024-01-02T02:00:00Z',
  version: 3,
};

export const BONGHWA: PartnerCity = {
  id: 'P-BH',
  names: { zh: '奉化郡', en: 'Bonghwa', local: '봉화군' },
  country: 'KR',
  administrativeLevel: 'COUNTY_OR_DISTRICT',
  diplomaticRelations: true,
  otherChineseSisterCity: false,
  version: 1,
};

export const SETO: PartnerCity = {
  id: 'P-SE',
  names: { zh: '濑户市', en: 'Seto', local: '瀬戸市' },
  country: 'JP',
  administrativeLevel: 'PREFECTURE_CITY',
  diplomaticRelations: true,
  otherChineseSisterCity: false,
  version: 1,
};

/** The activity an approved travel delegation planned with Yorba Linda. */
export const PLANNED_FROM_DELEGATION: Activity = {
  id: 'A-1',
  partnerCityId: 'P-YL',
  direction: 'OUTBOUND',
  status: 'PLANNED',
  title: { zh: '赴约巴林达市教育交流', en: 'Education exchange in Yorba Linda' },
  startDate: '2027-03-10',
  endDate: '2027-03-15',
  delegationSize: 5,
  field: 'EDUCATION',
  tags: [],
  origin: { kind: 'TRAVEL_DELEGATION', id: 'D-2027-0042' },
  actions: ['AMEND', 'HOLD', 'CANCEL'],
  version: 2,
};

export const HELD_CAMP: Activity = {
  id: 'A-0',
  partnerCityId: 'P-YL',
  direction: 'INBOUND',
  status: 'HELD',
  title: { zh: '约巴林达市学生夏令营', en: 'Yorba Linda students’ summer camp' },
  startDate: '2024-07-01',
  endDate: '2024-07-10',
  tags: ['summer-camp'],
  outcome: { zh: '30 名学生来访', en: '30 students visited' },
  origin: { kind: 'MANUAL' },
  actions: ['AMEND'],
  version: 1,
};

export const YORBA_LINDA_RELATIONSHIP: Relationship = {
  id: 'R-YL',
  partnerCityId: 'P-YL',
  kind: 'SISTER_CITY',
  cooperationFields: ['EDUCATION', 'CULTURE_AND_ARTS'],
  agreement: {
    date: '2015-10-23',
    place: 'Yorba Linda',
    signatories: [
      { side: 'OUR_CITY', name: 'Mayor Li', title: 'Mayor' },
      { side: 'PARTNER_CITY', name: 'Mayor Smith' },
    ],
    documents: [{ language: 'zh', ref: 'DOC-1' }],
  },
  stage: 'ACTIVE',
  history: [{ to: 'ACTIVE', by: 'sister', at: '2024-01-02T02:00:00Z', reference: '友协〔2015〕88号' }],
  actions: [],
  version: 5,
};

/** A relationship with Seto on its way, reviewed by the province: the CPAFFC's approval comes next. */
export const SETO_RELATIONSHIP: Relationship = {
  id: 'R-SE',
  partnerCityId: 'P-SE',
  kind: 'FRIENDLY_EXCHANGE',
  cooperationFields: ['CULTURE_AND_ARTS'],
  intent: {
    date: '2024-05-01',
    place: 'Seto',
    signatories: [
      { side: 'OUR_CITY', name: 'Vice Mayor Wang' },
      { side: 'PARTNER_CITY', name: 'Mayor Ito' },
    ],
  },
  stage: 'PROVINCE_REVIEWED',
  history: [
    { to: 'INTENT_SIGNED', by: 'sister', at: '2024-05-02T02:00:00Z' },
    { from: 'INTENT_SIGNED', to: 'EXCHANGING', by: 'sister', at: '2024-06-01T02:00:00Z' },
    { from: 'EXCHANGING', to: 'CITY_APPROVED', by: 'director', at: '2025-01-10T02:00:00Z', reference: '市政府〔2025〕3号' },
    { from: 'CITY_APPROVED', to: 'PROVINCE_REVIEWED', by: 'director', at: '2025-03-10T02:00:00Z', reference: '省外办〔2025〕12号' },
  ],
  actions: ['RECORD_CPAFFC_APPROVAL', 'SIGN_AGREEMENT', 'TERMINATE'],
  version: 4,
};
