// The admin area's users and API keys: create, edit department and roles, reset a password (shown
// once, then it works), disable; create a key limited to one layer with an expiry (the secret shown
// once), see its last use, revoke it (then it stops working).

/** A Basic-auth or key call from node, without the admin's credentials. */
async function as(base, path, headers) {
  const r = await fetch(new URL(path, base), { headers });
  return { status: r.status, body: await r.json().catch(() => null) };
}
const basic = (user, pw) => ({ Authorization: `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}` });

export const tests = [
  {
    name: 'admin users: create, edit, reset password, disable',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const name = `clerk${Date.now().toString(36)}${t.phone ? 'p' : 'd'}`;
      await t.open();
      await t.signIn();
      await t.tool('admin-users');
      const form = page.locator('.admin-users form.admin-form').first();
      await form.locator('input[name="username"]').fill(name);
      await form.locator('input[name="password"]').fill('first-password-1');
      await form.locator('input[name="displayName"]').fill('测试科员');
      await form.locator('input[name="department"]').fill('自然资源局');
      await form.locator('input[value="EDITOR"]').check();
      await form.locator('button[type="submit"]').click();
      const row = page.locator(`.admin-users tr[data-user="${name}"]`);
      await row.waitFor({ timeout: 10000 });
      const text = await row.textContent();
      t.expect(text.includes('自然资源局') && text.includes('编辑') && text.includes('启用'), `row: ${text}`);
      const created = (await t.api('/api/admin/users')).find((u) => u.name === name);
      t.expect(created?.roles.includes('EDITOR') && created.department === '自然资源局', `server has ${JSON.stringify(created)}`);

      // Edit: department and roles.
      await row.locator('button[data-action="edit"]').click();
      const edit = page.locator('.admin-users tr.admin-edit-row form');
      await edit.locator('input[name="department"]').fill('规划局');
      await edit.locator('input[value="RESTRICTED_READER"]').check();
      await edit.locator('button[type="submit"]').click();
      await page.locator(`.admin-users tr[data-user="${name}"]`, { hasText: '规划局' }).waitFor({ timeout: 10000 });
      const edited = (await t.api('/api/admin/users')).find((u) => u.name === name);
      t.expect(edited.department === '规划局' && edited.roles.includes('RESTRICTED_READER') && edited.roles.includes('EDITOR'), `edited ${JSON.stringify(edited)}`);

      await row.locator('button[data-action="reset"]').click();
      const notice = page.locator('.admin-users .admin-notice[data-kind="secret"]');
      await notice.waitFor({ timeout: 10000 });
      const shown = (await notice.textContent()).split('：').pop().trim();
      t.expect(shown.length >= 12, `new password shown: ${shown}`);
      t.expect((await as(t.base, '/api/me', basic(name, shown))).status === 200, 'the shown password does not sign in');
      t.expect((await as(t.base, '/api/me', basic(name, 'first-password-1'))).status === 401, 'the old password still works');
      await t.shot('reset');

      page.once('dialog', (d) => d.accept());
      await page.locator(`.admin-users tr[data-user="${name}"] button[data-action="disable"]`).click();
      await page.locator(`.admin-users tr[data-user="${name}"] td.state-off`).waitFor({ timeout: 10000 });
      t.expect((await as(t.base, '/api/me', basic(name, shown))).status === 401, 'a disabled account still signs in');
      // Nothing wider than the phone's screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      t.expect(overflow <= 0, `the page overflows by ${overflow} px`);
    },
  },
  {
    name: 'admin keys: create with layers and expiry, last use, revoke',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      const name = `规划院${Date.now().toString(36)}`;
      await t.open();
      await t.signIn();
      await t.tool('admin-keys');
      const form = page.locator('.admin-keys form.admin-form');
      await form.locator('input[name="name"]').fill(name);
      await form.locator('input[name="department"]').fill('规划局');
      await form.locator('select[name="layers"]').selectOption(['roads']);
      const nextYear = `${new Date().getFullYear() + 1}-06-30`;
      await form.locator('input[name="expiresAt"]').fill(nextYear);
      await form.locator('button[type="submit"]').click();
      const notice = page.locator('.admin-keys .admin-notice[data-kind="secret"]');
      await notice.waitFor({ timeout: 10000 });
      const secret = /：(\S+)（/.exec(await notice.textContent())?.[1];
      t.expect(secret?.startsWith('om_') || secret?.length > 20, `secret shown: ${await notice.textContent()}`);
      const layers = await as(t.base, '/api/layers', { 'X-API-Key': secret });
      t.expect(layers.status === 200 && layers.body.map((l) => l.id).join() === 'roads', `the key reads ${JSON.stringify(layers.body?.map((l) => l.id))}`);

      // Reopen: the list shows the layer, the expiry and the last use.
      await page.click('#dock-close');
      await t.tool('admin-keys');
      const row = page.locator('.admin-keys tr', { hasText: name });
      await row.waitFor({ timeout: 10000 });
      const text = await row.textContent();
      t.expect(text.includes('道路') || text.includes('roads'), `layers column: ${text}`);
      t.expect(text.includes(nextYear), `expiry column: ${text}`);
      // The list is reloaded on open: wait for the fresh row with the key's last use.
      await t.waitFor(async () => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(await row.locator('td.key-last-used').textContent()), 'the last use in the list');
      await t.shot('keys');

      page.once('dialog', (d) => d.accept());
      await row.locator('button[data-action="revoke"]').click();
      await page.locator('.admin-keys tr', { hasText: name }).locator('td.state-off').waitFor({ timeout: 10000 });
      t.expect((await page.locator('.admin-keys tr', { hasText: name }).textContent()).includes('已吊销'), 'not shown as revoked');
      t.expect((await as(t.base, '/api/layers', { 'X-API-Key': secret })).status === 401, 'a revoked key still works');
    },
  },
];
