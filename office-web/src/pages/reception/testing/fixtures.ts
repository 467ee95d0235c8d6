/** Answers of reception-service as the tests of this area stub them (shapes of the service's `*View` records). */
import type { Me } from '../../../me';
import type { GuestList, Hospitality, Plan, Visit } from '../model';

export const PEOPLE: Record<'reception' | 'director' | 'auditor' | 'officer' | 'clerk', Me> = {
  reception: { subject: 'reception', name: 'Reception Officer', roles: ['RECEPTION_OFFICER'], session: true },
  director: { subject: 'director', name: 'FAO Director', roles: ['FAO_DIRECTOR'], session: true },
  auditor: { subject: 'auditor', name: 'Auditor', roles: ['AUDITOR'], session: true },
  officer: { subject: 'officer', name: 'FAO Officer', roles: ['FAO_OFFICER'], session: true },
  clerk: { subject: 'clerk', name: 'Clerk', roles: ['UNIT_CLERK'], unit: 'U-EDU', session: true },
};

export const VISIT_ID = '5f3b9a1e-0c4d-4e2a-9b7f-1997060000a1';

export function visit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: VISIT_ID,
    title: { zh: '奉化郡代表团', en: 'Bonghwa County delegation' },
    invitingDepartment: 'City FAO',
    countries: ['KR'],
    arrivalDate: '2027-06-10',
    departureDate: '2027-06-16',
    hostedDays: 7,
    guestCount: 4,
    hostingMode: 'FULL',
    reciprocityAgreement: false,
    status: 'REQUESTED',
    requestedBy: 'reception',
    requestedAt: '2027-05-01T02:00:00Z',
    history: [{ to: 'REQUESTED', by: 'reception', at: '2027-05-01T02:00:00Z' }],
    actions: [],
    version: 3,
    ...overrides,
  };
}

export function guestList(): GuestList {
  return {
    visitId: VISIT_ID,
    version: 5,
    guests: [
      {
        id: 'g-aide',
        nativeName: '박지민',
        latinName: 'PARK Jimin',
        title: 'Secretary',
        country: 'KR',
        rank: 'OTHER',
        serving: true,
        headOfDelegation: false,
        firstVisitToCity: true,
        needsVisaLetter: true,
        passport: { number: 'M****4321', masked: true, nationality: 'KR', expiryDate: '2030-01-01' },
      },
      {
        id: 'g-head',
        nativeName: '김철수',
        latinName: 'KIM Chulsoo',
        title: 'County Governor',
        organisation: 'Bonghwa County',
        country: 'KR',
        rank: 'BUREAU',
        rankSince: '2022-07-01',
        serving: true,
        headOfDelegation: true,
        dietaryNeeds: 'No pork',
        religiousNeeds: 'Buddhist',
        firstVisitToCity: false,
        needsVisaLetter: false,
      },
      {
        id: 'g-spouse',
        nativeName: '이영희',
        latinName: 'LEE Younghee',
        country: 'KR',
        rank: 'OTHER',
        serving: true,
        headOfDelegation: false,
        spouseOf: 'g-head',
        firstVisitToCity: false,
        needsVisaLetter: false,
      },
    ],
  };
}

/** The service's order of precedence for {@link guestList}: head, spouse, then the aide (not the list's order). */
export function seatingOrder() {
  const seat = (position: number, ref: string, name: string, rank: string, extra: Record<string, unknown> = {}) => ({
    position,
    ref,
    name,
    country: 'KR',
    rank,
    serving: true,
    headOfDelegation: false,
    ...extra,
  });
  return {
    visitId: VISIT_ID,
    multilateral: false,
    guests: [
      seat(1, 'g-head', '김철수', 'BUREAU', { title: 'County Governor', headOfDelegation: true }),
      seat(2, 'g-spouse', '이영희', 'OTHER', { spouseOf: 'g-head' }),
      seat(3, 'g-aide', '박지민', 'OTHER', { title: 'Secretary' }),
    ],
    hosts: [],
  };
}

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    visitId: VISIT_ID,
    visitTitle: { zh: '奉化郡代表团', en: 'Bonghwa County delegation' },
    arrivalDate: '2027-06-10',
    departureDate: '2027-06-16',
    revision: 2,
    version: 7,
    current: {
      number: 2,
      zone: 'Asia/Shanghai',
      savedBy: 'reception',
      savedAt: '2027-05-20T02:00:00Z',
      items: [
        {
          id: 'item-talks',
          start: '2027-06-11T09:00:00',
          end: '2027-06-11T10:30:00',
          kind: 'TALKS',
          title: { zh: '会谈', en: 'Talks with the mayor' },
          venueId: 'venue-hall',
          interpreters: [{ interpreterId: 'int-ko', language: 'ko' }],
          officials: [{ name: 'Wang Wei', title: 'Vice mayor' }],
        },
        {
          id: 'item-visit',
          start: '2027-06-12T14:00:00',
          end: '2027-06-12T16:00:00',
          kind: 'SITE_VISIT',
          title: { zh: '参观', en: 'Visit to the museum' },
          place: 'City museum',
          interpreters: [{ interpreterId: 'int-ko', language: 'ko' }],
        },
      ],
      vehicles: [{ description: 'Coach', seats: 20 }],
      lodging: [{ hotel: 'Tongchuan Hotel', checkIn: '2027-06-10', checkOut: '2027-06-16', rooms: 4 }],
      note: 'First draft',
    },
    checklist: [
      { task: 'HOTEL', state: 'DONE', owner: 'Li', updatedBy: 'reception', updatedAt: '2027-05-21T02:00:00Z' },
      { task: 'CARS', state: 'OPEN' },
      { task: 'PICK_UP', state: 'NOT_NEEDED', owner: 'Li' },
      { task: 'PLACE_CARDS', state: 'IN_PROGRESS', owner: 'Zhao' },
    ],
    ...overrides,
  };
}

export const VENUES = {
  items: [
    { id: 'venue-hall', name: { zh: '会见厅', en: 'Meeting hall' }, address: '1 Civic Square', capacity: 40, active: true, version: 1 },
    { id: 'venue-old', name: { zh: '旧礼堂', en: 'Old hall' }, address: '2 Civic Square', capacity: 100, active: false, version: 2 },
  ],
  page: 0,
  size: 100,
  total: 2,
};

export const INTERPRETERS = {
  items: [
    { id: 'int-ko', name: 'Choi Korean', languages: ['ko'], unavailable: [], active: true, version: 1 },
    { id: 'int-en', name: 'Smith English', languages: ['en', 'fr'], unavailable: [{ from: '2027-06-11T00:00:00', to: '2027-06-12T00:00:00' }], active: true, version: 4 },
  ],
  page: 0,
  size: 100,
  total: 2,
};

export function hospitality(overrides: Partial<Hospitality> = {}): Hospitality {
  return {
    visitId: VISIT_ID,
    version: 4,
    banquets: [
      {
        entryId: 'b-1',
        kind: 'BANQUET',
        date: '2027-06-11',
        hostName: 'Mayor Li',
        hostRank: 'BUREAU',
        headcount: 12,
        costPerHeadYuan: 280,
        totalYuan: 3360,
        capPerHead: 300,
        capParameter: 'BANQUET_PER_HEAD_BUREAU',
        countsAsBanquet: true,
      },
    ],
    banquetsCounted: 1,
    banquetsPerStay: 2,
    giftsGiven: [
      {
        entryId: 'gg-1',
        guestId: 'g-head',
        recipientRole: 'HEAD_OF_DELEGATION',
        recipientRank: 'BUREAU',
        giverRank: 'BUREAU',
        valueYuan: 180,
        cap: 200,
        capParameter: 'GIFT_VALUE_OTHER',
        firstVisit: false,
        inReturn: false,
        description: 'Tea set',
      },
    ],
    giftsReceived: [
      {
        entryId: 'gr-1',
        from: 'Bonghwa County',
        receivedBy: 'Mayor Li',
        valueYuan: 800,
        receivedOn: '2027-06-11',
        description: 'Celadon vase',
        declarationThreshold: 200,
        declarationId: 'd-1',
        declarationStatus: 'DUE',
        declarationDueDate: '2027-07-11',
      },
    ],
    giftDeclarationThreshold: 200,
    giftDeclarationMonths: 1,
    ...overrides,
  };
}

/** A 422 rule-violation problem as reception-service answers it. */
export function ruleViolation(violations: { code: string; field?: string; parameters?: Record<string, unknown>; message: { zh: string; en: string } }[]) {
  return {
    status: 422,
    body: { type: 'urn:waishi:problem:rule-violation', title: 'Business rules broken', status: 422, violations },
  };
}

/** A 400 validation problem. */
export function validation(errors: { field: string; message: string }[]) {
  return { status: 400, body: { type: 'urn:waishi:problem:validation', title: 'Invalid request', status: 400, errors } };
}
