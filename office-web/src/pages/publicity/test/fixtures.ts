import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import type { Me } from '../../../me';
import type { ItemView, ProfileView, VersionView } from '../api/types';

/*
 * antd renders slowly in jsdom and the test machine may be busy: lookups wait longer than the default second,
 * and role queries skip the visibility check (computing styles up the tree is what makes them slow).
 */
configure({ asyncUtilTimeout: 20000, defaultHidden: true });

/** This area's tests run long: a page of antd cards and tables can take seconds to render in jsdom. */
export const SLOW = { timeout: 180000 };

/** A user-event session that types without pausing between keys. */
export function typist() {
  return userEvent.setup({ delay: null });
}

/** Replaces an input's text at once. */
export function fill(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

/** Types a date (and time) into an antd DatePicker as a keyboard user does, and confirms it with Enter. */
export function pickDate(input: HTMLElement, value: string): void {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

/** Chooses an option of an antd Select, found by its label, as a mouse user does. */
export async function choose(select: HTMLElement, option: string | RegExp): Promise<void> {
  await waitFor(() => expect(select).toBeEnabled());
  fireEvent.mouseDown(select);
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options[options.length - 1]);
}

/** Test data only: the publicity users of the demo stack and items shaped as publicity-service answers them. */
export const USERS: Record<'editor' | 'sectionHead' | 'leader' | 'auditor' | 'director', Me> = {
  editor: { subject: 'editor', name: 'Editor Li', roles: ['PUBLICITY_EDITOR'], session: true },
  sectionHead: { subject: 'section-head', name: 'Head Wang', roles: ['PUBLICITY_SECTION_HEAD'], session: true },
  leader: { subject: 'leader', name: 'Leader Zhao', roles: ['PUBLICITY_LEADER'], session: true },
  auditor: { subject: 'auditor', name: 'Auditor Qian', roles: ['AUDITOR'], session: true },
  director: { subject: 'director', name: 'Director Sun', roles: ['FAO_DIRECTOR'], session: true },
};

export function page<T>(items: T[], total = items.length) {
  return { items, page: 0, size: 20, total };
}

export function version(overrides: Partial<VersionView> & Pick<VersionView, 'language'>): VersionView {
  return {
    source: overrides.language === 'zh',
    title: `title-${overrides.language}`,
    revision: 1,
    review: { state: 'DRAFT', revision: 1, decisions: [] },
    publishable: false,
    ...overrides,
  };
}

/** A draft an approved travel delegation suggested: title from the delegation, written by nobody yet. */
export const SUGGESTED_DRAFT: ItemView = {
  id: 'draft-d1',
  kind: 'NEWS',
  title: { zh: '出访团组获批：赴日本教育交流', en: 'Delegation approved: Education exchange in Japan' },
  summary: { zh: 'U-EDU代表团一行5人将赴JP访问。', en: 'A delegation of 5 from U-EDU will visit JP.' },
  status: 'DRAFT',
  about: { delegationId: 'D1' },
  versions: [
    version({ language: 'zh', title: '出访团组获批：赴日本教育交流' }),
    version({ language: 'en', title: 'Delegation approved: Education exchange in Japan', translator: 'system' }),
  ],
  origin: { kind: 'EVENT', eventType: 'waishi.travel.delegation.approved.v1', eventId: 'e1', subject: 'D1' },
  draftedBy: 'system',
  draftedAt: '2026-11-20T02:00:00Z',
  history: [{ act: 'SUGGESTED', by: 'system', at: '2026-11-20T02:00:00Z', note: 'waishi.travel.delegation.approved.v1', revision: 1 }],
  version: 1,
};

/** An item whose Chinese text passed its final review and whose English waits at the second review. */
export const REVIEWED_ITEM: ItemView = {
  id: 'I1',
  kind: 'PARTNER_CITY_FEATURE',
  title: { zh: '走进友城约巴林达', en: 'Meet our sister city Yorba Linda' },
  status: 'DRAFT',
  tags: ['友城'],
  images: [{ ref: 'https://media.example.org/yl.jpg', caption: { zh: '约巴林达市政厅', en: 'Yorba Linda city hall' }, credit: 'City of Yorba Linda' }],
  about: { partnerCityId: 'P1' },
  versions: [
    version({
      language: 'zh',
      title: '走进友城约巴林达',
      summary: '中文摘要',
      body: '<p>中文正文</p>',
      revision: 2,
      publishable: true,
      review: {
        state: 'APPROVED',
        revision: 2,
        decisions: [
          { by: 'editor', at: '2026-11-01T01:00:00Z', outcome: 'SUBMITTED', revision: 2 },
          { step: 'FIRST_REVIEW', by: 'editor', at: '2026-11-01T02:00:00Z', outcome: 'APPROVED', revision: 2 },
          { step: 'SECOND_REVIEW', by: 'section-head', at: '2026-11-02T02:00:00Z', outcome: 'APPROVED', revision: 2 },
          { step: 'FINAL_REVIEW', by: 'leader', at: '2026-11-03T02:00:00Z', outcome: 'APPROVED', comment: '同意发布', revision: 2 },
        ],
      },
    }),
    version({
      language: 'en',
      title: 'Meet our sister city Yorba Linda',
      summary: 'English summary',
      body: '<p>English <strong>body</strong></p><script>alert(1)</script>',
      translator: 'Translator Chen',
      review: {
        state: 'IN_REVIEW',
        step: 'SECOND_REVIEW',
        revision: 1,
        decisions: [
          { by: 'editor', at: '2026-11-04T01:00:00Z', outcome: 'SUBMITTED', revision: 1 },
          { step: 'FIRST_REVIEW', by: 'editor', at: '2026-11-04T02:00:00Z', outcome: 'APPROVED', revision: 1 },
        ],
      },
    }),
  ],
  origin: { kind: 'MANUAL' },
  draftedBy: 'editor',
  draftedAt: '2026-10-30T02:00:00Z',
  history: [],
  version: 7,
};

export const CHANNELS = [
  { channel: 'WEBSITE', languages: ['zh', 'en'] },
  { channel: 'WECHAT', languages: ['zh'] },
  { channel: 'FOREIGN_SITE', languages: ['en', 'ja', 'ko'] },
];

export const NO_PUBLICATIONS = { itemId: 'I1', publications: [] };

export const PROFILE: ProfileView = {
  countryCode: 'JP',
  name: { zh: '日本', en: 'Japan' },
  draft: { name: { zh: '日本', en: 'Japan' }, basics: { zh: '新版基本国情', en: 'New basics' }, consularContacts: [], sources: [] },
  review: { state: 'IN_REVIEW', step: 'FINAL_REVIEW', revision: 3, decisions: [] },
  published: { name: { zh: '日本', en: 'Japan' }, basics: { zh: '已公开的基本国情', en: 'Published basics' }, consularContacts: [], sources: [] },
  publishedRevision: 2,
  publishedAt: '2026-10-01T02:00:00Z',
  alert: { level: 1, label: { zh: '注意安全', en: 'Take care' }, effectiveFrom: '2026-01-01T00:00:00Z', setBy: 'leader', setAt: '2026-01-01T00:00:00Z' },
  alertHistory: [{ level: 1, label: { zh: '注意安全', en: 'Take care' }, effectiveFrom: '2026-01-01T00:00:00Z', setBy: 'leader', setAt: '2026-01-01T00:00:00Z' }],
  openedBy: 'editor',
  openedAt: '2025-12-01T02:00:00Z',
  version: 4,
};
