import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support';

test.describe('signing in', () => {
  test('a clerk is sent to the provider, comes back to the console and sees their roles and unit', async ({ page }) => {
    await signIn(page, 'clerk');
    await expect(page).toHaveURL(/\/console\/$/);
    const whoAmI = page.getByTestId('who-am-i');
    await expect(whoAmI).toContainText('U-EDU');
    await expect(whoAmI).toContainText('Unit clerk');
    await expect(page.getByRole('heading', { level: 2, name: 'My work' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'home-clerk');
  });

  test('the interface switches to Chinese and stays so after a reload', async ({ page }) => {
    await signIn(page, 'director');
    await page.getByRole('button', { name: 'Language' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '工作台' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: '工作台' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'home-director-zh');
  });

  test('signing out ends the session at the gateway and at the provider', async ({ page }) => {
    await signIn(page, 'auditor');
    await signOut(page);
    const me = await page.request.get('/api/me', { headers: { Accept: 'application/json' } });
    expect(me.status()).toBe(401);
    await page.goto('/console/');
    await expect(page.locator('input[name="username"]')).toBeVisible();
  });
});
