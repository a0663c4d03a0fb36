// The audit log: a sign-in through the page is listed; filtering by type and actor lists only
// those entries; paging moves on; a bad date range is refused in Chinese.
export const tests = [
  {
    name: 'admin audit log: filters and paging',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      // Enough user changes for two pages of 20.
      const stamp = Date.now().toString(36);
      for (let i = 0; i < 21; i++) {
        await t.api('/api/admin/users', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: `audit${stamp}${i}`, password: 'audit-password-1', displayName: '审计', roles: ['VIEWER'] }),
        });
      }
      await t.open();
      await t.signIn();
      await t.tool('admin-audit');
      const rows = page.locator('.admin-audit tbody tr');
      await rows.first().waitFor({ timeout: 10000 });
      t.expect((await page.locator('.admin-audit tr[data-action="LOGIN"]').count()) >= 1, 'the sign-in is not listed');

      await page.locator('.admin-audit select[name="type"]').selectOption('USER_');
      await page.locator('.admin-audit input[name="actor"]').fill('admin');
      await page.locator('.admin-audit button[type="submit"]').click();
      await t.waitFor(async () => (await page.locator('.admin-audit tbody tr:not([data-action^="USER_"])').count()) === 0 && (await rows.count()) === 20, 'only USER_ rows');
      const first = await page.locator('.admin-count').textContent();
      const total = Number(/共 (\d+) 条/.exec(first)?.[1]);
      const created = (await t.api('/api/admin/audit?action=USER_CREATED&actor=admin&limit=1000')).length;
      t.expect(total >= created && created >= 21, `total ${total}, created ${created}`);
      const topBefore = await rows.first().textContent();
      await page.click('.admin-audit button[data-action="next"]');
      await t.waitFor(async () => (await page.locator('.admin-count').textContent()).includes('第 21–'), 'the second page');
      t.expect((await rows.first().textContent()) !== topBefore, 'the second page shows the same rows');
      t.expect(!(await page.locator('.admin-audit button[data-action="prev"]').isDisabled()), 'cannot go back');
      await t.shot('audit');

      await page.locator('.admin-audit input[name="from"]').fill('2026-12-31');
      await page.locator('.admin-audit input[name="to"]').fill('2026-01-01');
      await page.locator('.admin-audit button[type="submit"]').click();
      const error = page.locator('.admin-audit .admin-notice[data-kind="error"]');
      await error.waitFor({ timeout: 5000 });
      t.expect((await error.textContent()).includes('起始日期晚于截止日期'), `error ${await error.textContent()}`);
    },
  },
];
