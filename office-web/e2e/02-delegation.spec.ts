import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support';

/**
 * The main scenario, in the browser, as the office works: a clerk of the Education Bureau files a trip to
 * the partner city, sees the rule problems next to the fields they concern, fixes them and submits; the bureau's
 * signatory signs; an FAO officer accepts; the director approves. Then the approval's effects in the other
 * services: the planned exchange on the partner's page (sister-city-service) and the news draft in the
 * publicity queue (publicity-service). ConsoleIT opened the office first (SampleOffice: the bureau registered
 * with its signatory, its plan for next year approved, the notice period served at once) and registered the
 * partner city, whose id it passes as WAISHI_PARTNER_CITY_ID.
 */
const TITLE_ZH = '赴约巴林达教育交流';
const TITLE_EN = 'Education exchange with Yorba Linda';
const NEXT_YEAR = new Date().getFullYear() + 1;

let delegationPath = '';

/** Types a day into the antd date picker labelled so and confirms it, as a keyboard user does. */
async function pickDate(page: Page, label: string, date: string, within = page.locator('body')) {
  const input = within.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Opens the antd select labelled so and picks the option showing that text (antd lists options virtually). */
async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  await expect(fieldOf(page, label)).toContainText(option);
}

/** Picks an option of the antd select labelled so with the keyboard: open it, move down so many options, Enter. */
async function chooseByKeyboard(page: Page, label: string, down: number, shown: string) {
  const select = page.getByLabel(label, { exact: true });
  await select.focus();
  await select.press('ArrowDown');
  for (let step = 0; step < down; step++) await select.press('ArrowDown');
  await select.press('Enter');
  await expect(fieldOf(page, label)).toContainText(shown);
}

/** The form item (label, control and the messages under it) of the control labelled so. */
function fieldOf(page: Page, label: string) {
  return page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
}

test.describe.serial('a delegation from the clerk to the director', () => {
  test('the clerk sees the rule problems by their fields, fixes them and submits', async ({ page }) => {
    await signIn(page, 'clerk');
    await page.getByRole('menuitem', { name: 'New delegation' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'New delegation' })).toBeVisible();

    await page.getByLabel('Title (Chinese)').fill(TITLE_ZH);
    await page.getByLabel('Title (English)').fill(TITLE_EN);
    await choose(page, 'Category', 'Sister-city exchange');
    // Choosing the partner city puts its country among the destinations.
    await choose(page, 'Partner city', /Yorba Linda/);
    await expect(fieldOf(page, 'Destination countries')).toContainText('US');
    await pickDate(page, 'Departure date', `${NEXT_YEAR}-03-02`);
    await pickDate(page, 'Return date', `${NEXT_YEAR}-03-06`);
    const member = page.getByRole('group', { name: 'Member 1' });
    await member.getByLabel('Name').fill('Li Ming');
    await member.getByLabel('Post').fill('Deputy Director-General');
    await member.getByLabel('Person id').fill('EDU-0001');
    await choose(page, 'Plan item', /Exchange with the US partner city/);

    // The service's rule check, before any submission: each problem by the field it concerns, naming the rule.
    await expect(fieldOf(page, 'Inviting body')).toContainText('INVITATION_MISSING');
    await expect(page.getByTestId('rule-check')).toContainText('BUDGET_MISSING');
    await expect(page.getByTestId('rule-check')).toContainText('SCHEDULE_MISSING');
    await screenshot(page, 'travel-editor-rule-problems');
    await expectAccessible(page);

    await page.getByLabel('Inviting body').fill('City of Yorba Linda');
    // Government body, then partner city: the keyboard path a clerk without a mouse takes.
    await chooseByKeyboard(page, 'Kind of inviter', 1, 'Partner city');
    await page.getByLabel('Signed by').fill('Mayor of Yorba Linda');
    await page.getByLabel('Relationship with us').fill('Sister city');
    await page.getByLabel('Chinese translation attached').check();
    await page.getByRole('button', { name: 'Add an activity' }).click();
    const activity = page.getByRole('group', { name: 'Activity 1' });
    await pickDate(page, 'Date', `${NEXT_YEAR}-03-03`, activity);
    await activity.getByRole('textbox', { name: 'Activity' }).fill('Talks with the school district');
    await activity.getByRole('spinbutton', { name: 'Hours' }).fill('6');
    await page.getByRole('button', { name: 'Add a cost' }).click();
    const cost = page.getByRole('group', { name: 'Cost 1' });
    await cost.getByRole('textbox', { name: 'Description' }).fill('Air tickets');
    await cost.getByRole('spinbutton', { name: 'Amount (yuan)' }).fill('24000');
    await page.getByLabel('Funding source').fill('Unit budget');
    await page.getByLabel('Budget note carries the finance seal').check();

    await expect(fieldOf(page, 'Inviting body')).not.toContainText('INVITATION_MISSING');
    await expect(page.getByTestId('rule-check')).toContainText('No travel rule stops this plan');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(page.getByRole('heading', { level: 2 })).toContainText(TITLE_EN);
    delegationPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(page.getByText('Submit: done')).toBeVisible();
    await expect(page.locator('main')).toContainText('Submitted');
    await screenshot(page, 'travel-delegation-submitted');
    await expectAccessible(page);
  });

  for (const [user, act] of [['signatory', 'Sign'], ['officer', 'Accept'], ['director', 'Approve']] as const) {
    test(`the ${user} finds the file and acts: ${act}`, async ({ page }) => {
      expect(delegationPath, 'the clerk saved the file').not.toBe('');
      await signIn(page, user, delegationPath);
      await expect(page.getByRole('heading', { level: 2 })).toContainText(TITLE_EN);
      await page.getByRole('button', { name: act, exact: true }).click();
      const reference = page.getByRole('dialog').getByLabel('Authority reference');
      if (await reference.isVisible()) {
        await reference.fill('市政府外事批〔2026〕18号');
        await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      }
      await expect(page.getByText(`${act}: done`)).toBeVisible();
      if (act === 'Approve') {
        await expect(page.locator('main')).toContainText('Approved');
        await screenshot(page, 'travel-delegation-approved');
        await expectAccessible(page);
      }
    });
  }

  test("the partner city's page shows the planned exchange", async ({ page }) => {
    const partner = process.env.WAISHI_PARTNER_CITY_ID;
    expect(partner, 'ConsoleIT passes the partner city it registered').toBeTruthy();
    await signIn(page, 'sister', `/console/sister-cities/partners/${partner}`);
    await expect(page.getByRole('heading', { level: 2 })).toContainText('Yorba Linda');
    // sister-city-service records it from travel's approval event: it may take a moment to arrive.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole('listitem').filter({ hasText: TITLE_EN }).filter({ hasText: 'Planned' })).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 90_000 });
    await screenshot(page, 'sister-cities-partner-page');
    await expectAccessible(page);
  });

  test('the editor finds the news draft the approval suggested in the publicity queue', async ({ page }) => {
    await signIn(page, 'editor', '/console/publicity/items');
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(`Delegation approved: ${TITLE_EN}`).first()).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 90_000 });
    await screenshot(page, 'publicity-queue-with-suggested-draft');
    await expectAccessible(page);
  });
});
