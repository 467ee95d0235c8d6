import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

/**
 * Every area's main pages, as the people who use them see them: each opens from its address with its heading,
 * passes axe's WCAG 2.1 A/AA checks with nothing serious or critical, and leaves a full-page screenshot in
 * target/screenshots for people reading the run. Read-only: nothing here changes the office's data.
 */
const PAGES: { user: string; pages: { path: string; name: string }[] }[] = [
  {
    user: 'clerk',
    pages: [
      { path: '/console/travel/delegations', name: 'travel-delegations' },
      { path: '/console/travel/deadlines', name: 'travel-deadlines' },
      { path: '/console/travel/plans', name: 'travel-annual-plans' },
    ],
  },
  {
    user: 'officer',
    pages: [
      { path: '/console/travel/passports', name: 'travel-passports' },
      { path: '/console/travel/authorisations', name: 'travel-multi-trip-authorisations' },
      { path: '/console/travel/units', name: 'travel-units' },
    ],
  },
  {
    user: 'sister',
    pages: [
      { path: '/console/sister-cities/partners', name: 'sister-cities-partners' },
      { path: '/console/sister-cities/activities', name: 'sister-cities-activities' },
      { path: '/console/sister-cities/projects/board', name: 'sister-cities-projects-board' },
      { path: '/console/sister-cities/plans', name: 'sister-cities-programme-plans' },
      { path: '/console/sister-cities/care', name: 'sister-cities-relationship-care' },
    ],
  },
  {
    user: 'reception',
    pages: [
      { path: '/console/reception/visits', name: 'reception-visits' },
      { path: '/console/reception/venues', name: 'reception-venues' },
      { path: '/console/reception/interpreters', name: 'reception-interpreters' },
      { path: '/console/reception/gift-declarations', name: 'reception-gift-declarations' },
    ],
  },
  {
    user: 'editor',
    pages: [
      { path: '/console/publicity/items', name: 'publicity-items' },
      { path: '/console/publicity/countries', name: 'publicity-country-profiles' },
    ],
  },
  {
    user: 'admin',
    pages: [
      { path: '/console/admin/policy', name: 'admin-policy-parameters' },
      { path: '/console/admin/calendar', name: 'admin-office-calendar' },
      { path: '/console/admin/users', name: 'admin-users' },
      { path: '/console/admin/dead-letters', name: 'admin-dead-letters' },
    ],
  },
  { user: 'auditor', pages: [{ path: '/console/admin/audit', name: 'admin-audit-trail' }] },
];

/** Goes to the console page (unless already there) and waits for its heading. */
async function open(page: Page, path: string): Promise<void> {
  if (new URL(page.url()).pathname !== path) await page.goto(path);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

for (const { user, pages } of PAGES) {
  test(`the main pages of ${user} open, accessible`, async ({ page }) => {
    await signIn(page, user, pages[0].path);
    for (const { path, name } of pages) {
      await test.step(path, async () => {
        await open(page, path);
        await screenshot(page, name);
        // A page whose data failed to load shows the problem in an error alert.
        await expect(page.locator('.ant-alert-error')).toHaveCount(0);
        await expectAccessible(page);
      });
    }
  });
}

/** A tablet held upright (iPad Air, 820 × 1180): the pages fit its width, nothing to scroll sideways. */
test.describe('on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  for (const { user, paths } of [
    { user: 'clerk', paths: ['/console/', '/console/travel/delegations', '/console/travel/delegations/new'] },
    { user: 'sister', paths: ['/console/sister-cities/partners', '/console/sister-cities/projects/board'] },
    { user: 'reception', paths: ['/console/reception/visits'] },
    { user: 'editor', paths: ['/console/publicity/items'] },
  ]) {
    test(`the pages of ${user} fit the screen`, async ({ page }) => {
      await signIn(page, user, paths[0]);
      for (const path of paths) {
        await test.step(path, async () => {
          await open(page, path);
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
          await screenshot(page, `tablet-${user}-${path.replace(/^\/console\/?/, '').replace(/\//g, '-') || 'home'}`);
        });
      }
    });
  }
});
