import type { Delegation } from '../model';

/** A delegation file as the service answers it, for the tests of the travel pages (never used by the pages). */
export function aDelegation(overrides: Partial<Delegation> = {}): Delegation {
  return {
    id: 'D1',
    unit: 'U-EDU',
    title: { zh: '赴约巴林达教育交流', en: 'Education exchange with Yorba Linda' },
    category: 'SISTER_CITY',
    beltAndRoad: false,
    urgent: false,
    greenChannel: false,
    partnerCityId: '7d1e0c2a-1111-4222-8333-944455556666',
    signsAgreement: false,
    destinationCountries: ['US'],
    departureDate: '2027-04-10',
    returnDate: '2027-04-14',
    daysAbroad: 5,
    members: [{ name: 'Li Ming', unit: 'U-EDU', post: 'Deputy director', rank: 'DIVISION', role: 'LEADER', unitHead: false, personId: 'P-100' }],
    legs: [],
    schedule: [{ date: '2027-04-11', activity: 'Visit the partner schools', hours: 6, official: true }],
    tasks: ['Renew the school partnership'],
    invitation: { invitingBody: 'City of Yorba Linda', inviterKind: 'PARTNER_CITY', translationAttached: true },
    budget: { items: [{ description: 'Air fares', amountYuan: 30000 }], fundingSource: 'Unit budget', financeSealConfirmed: true },
    planItemId: 'P1',
    replacesPlannedTrip: false,
    attachments: [],
    status: 'DRAFT',
    actions: ['SUBMIT', 'REVISE', 'WITHDRAW'],
    mostSeniorRank: 'DIVISION',
    approvingLevel: 'FOREIGN_AFFAIRS_OFFICE',
    createdBy: 'clerk',
    createdAt: '2026-11-20T02:00:00Z',
    deadlines: [],
    safetyWarnings: [],
    history: [{ to: 'DRAFT', by: 'clerk', at: '2026-11-20T02:00:00Z' }],
    waivers: [],
    version: 1,
    ...overrides,
  };
}

export function page<T>(items: T[], total = items.length, size = 20, pageNumber = 0) {
  return { items, page: pageNumber, size, total };
}
