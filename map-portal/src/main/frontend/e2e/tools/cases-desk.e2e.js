// The dispatcher's desk (案件受理与派遣台): one account per role is made through the admin API, a grid
// manager (with the grid of the point) reports two cases through the API; then, in the page, the
// acceptor registers one (the row leaves the inbox, the timeline grows, the status reads
// 待审核立案), the shift leader approves it, the dispatcher dispatches both in one go to 环境卫生管理处,
// the handler sees the photo (thumbnail, enlarged), reports it handled, and finds it in 案件查询;
// the server agrees at every step.
const LON = 116.112;
const LAT = 24.288;
const DEPARTMENT = 'HW01';

export const tests = [
  {
    name: 'cases desk: register, approve, bulk dispatch, handle',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const stamp = `${Date.now().toString(36)}${t.size[0]}`;
      const users = {};
      for (const [role, department] of [['ACCEPTOR', 'ZX'], ['SHIFT_LEADER', 'ZX'], ['DISPATCHER', 'ZX'], ['HANDLER', DEPARTMENT], ['GRID_MANAGER', 'ZX']]) {
        const username = `${role.toLowerCase().replace('_', '')}${stamp}`;
        await t.api('/api/admin/users', json('POST', { username, password: `${username}-pw-1`, displayName: `${role}-${stamp}`, department, roles: [role] }));
        users[role] = { username, password: `${username}-pw-1` };
      }
      const as = (role) => ({ Authorization: `Basic ${Buffer.from(`${users[role].username}:${users[role].password}`).toString('base64')}` });
      const reverse = await t.api(`/api/reverse-geocode?x=${LON}&y=${LAT}`);
      const grid = reverse.containing.find((u) => u.kind === 'grid')?.code;
      t.expect(grid, `no grid at the point: ${JSON.stringify(reverse).slice(0, 300)}`);
      await t.api(`/api/admin/users/${users.GRID_MANAGER.username}/grids`, json('PUT', { grids: [grid] }));
      const report = (i) => t.api('/api/cases', json('POST', { category: '暴露垃圾', description: `e2e 暴露垃圾 ${stamp} ${i}`, lon: LON + i * 0.0005, lat: LAT, idempotencyKey: `e2e-${stamp}-${i}` }, as('GRID_MANAGER')));
      const first = await report(1);
      const second = await report(2);
      const serverCase = (no) => t.api(`/api/cases/${no}`);
      const taskOf = async (role, no) => (await t.api('/api/tasks', { headers: as(role) })).find((x) => x.caseNo === no);
      const completeAs = async (role, no, body) => t.api(`/api/tasks/${(await taskOf(role, no)).id}/complete`, json('POST', body, as(role)));
      const row = (no) => page.locator(`.case-inbox tr[data-case-no="${no}"]`);
      const form = page.locator('.case-inbox .case-form');

      async function signInAs(role, tool = 'cases-inbox') {
        await page.context().clearCookies();
        await t.open();
        await t.signIn(users[role].username, users[role].password);
        await t.tool(tool);
      }

      /** Opens a case from the inbox, clicks an action, waits for the new status; returns the timeline's length before and after. */
      async function act(no, outcome, status, fill) {
        await row(no).waitFor({ timeout: 15000 });
        await row(no).locator('button[data-action="open"]').click();
        await form.locator(`button[data-outcome="${outcome}"]`).waitFor({ timeout: 15000 });
        const before = await form.locator('.case-timeline li').count();
        if (fill) await fill();
        await form.locator(`button[data-outcome="${outcome}"]`).click();
        await t.waitFor(async () => (await form.getAttribute('data-status')) === status, `status ${status} after ${outcome}`);
        const after = await form.locator('.case-timeline li').count();
        t.expect(after === before + 1, `timeline ${before} → ${after} after ${outcome}`);
        t.expect((await form.locator('.case-status').first().textContent()) === status, 'the heading shows another status');
        t.expect(await form.locator('.admin-notice[data-kind="ok"]').isVisible(), 'no confirmation shown');
        return { before, after };
      }

      async function backToList(no) {
        await form.locator('button[data-action="back"]').click();
        await page.locator('.case-inbox .admin-count').waitFor();
        await t.waitFor(async () => (await row(no).count()) === 0, `the row of ${no} leaves the inbox`);
      }

      // 受理员: register the first case in the page; the second through the API.
      await signInAs('ACCEPTOR');
      await row(first.caseNo).waitFor({ timeout: 15000 });
      const cells = await row(first.caseNo).locator('td').allTextContents();
      const registerTask = await taskOf('ACCEPTOR', first.caseNo);
      t.expect(registerTask.key === 'register' && cells.includes('暴露垃圾') && cells.includes(registerTask.title) && /剩余|超时/.test(cells.join(' ')), `inbox row ${cells.join(' | ')}`);
      await t.shot('acceptor-inbox');
      const reject = async () => {
        // The fields come from the task's form (GET /api/tasks/{id}/form): titles, actions, required markers.
        const schema = await t.api(`/api/tasks/${registerTask.id}/form`, { headers: as('ACCEPTOR') });
        t.expect(schema.properties.outcome.enum.join() === 'register,reject,merge', `form ${JSON.stringify(schema).slice(0, 200)}`);
        const noteLabel = await form.locator('[data-form-field="note"]').textContent();
        t.expect(noteLabel.includes('办理意见') && noteLabel.includes('不予立案时必填'), `note label ${noteLabel}`);
        t.expect((await form.locator('[data-form-field="mergeInto"]').textContent()).includes('合并时必填'), 'mergeInto has no marker');
        t.expect((await form.locator('button[data-outcome="reject"]').textContent()) === '不予立案', 'reject button title');
        await t.shot('acceptor-form');
        // A reason is required to reject: refused in the page, nothing sent.
        await form.locator('button[data-outcome="reject"]').click();
        t.expect((await form.locator('.admin-notice[data-kind="error"]').textContent()) === '请填写办理意见', 'reject without a note was not refused');
      };
      await act(first.caseNo, 'register', '待审核立案', reject);
      await t.shot('acceptor-registered');
      await backToList(first.caseNo);
      t.expect((await serverCase(first.caseNo)).attributes.status === '待审核立案', 'server: not 待审核立案');
      await completeAs('ACCEPTOR', second.caseNo, { outcome: 'register' });

      // 值班长: approve the first in the page; the second through the API.
      await signInAs('SHIFT_LEADER');
      await act(first.caseNo, 'approve', '已立案');
      await backToList(first.caseNo);
      await completeAs('SHIFT_LEADER', second.caseNo, { outcome: 'approve' });

      // 派遣员: both 待派遣, ticked and dispatched to one department at once.
      await signInAs('DISPATCHER');
      // The dispatch form: the department a <select> of the departments, the suggestion preselected, marked required.
      await row(first.caseNo).waitFor({ timeout: 15000 });
      await row(first.caseNo).locator('button[data-action="open"]').click();
      const pick = form.locator('[data-form-field="department"] select[name="department"]');
      await pick.waitFor({ timeout: 15000 });
      t.expect((await pick.inputValue()) === DEPARTMENT, `dispatch preselects ${await pick.inputValue()}`);
      t.expect((await form.locator('[data-form-field="department"]').textContent()).includes('派遣时必填'), 'department has no marker');
      t.expect((await pick.locator('option').count()) > 3, 'the department list is missing');
      await t.shot('dispatcher-form');
      await form.locator('button[data-action="back"]').click();
      await page.locator('.case-inbox .admin-count').waitFor();
      for (const no of [first.caseNo, second.caseNo]) {
        await row(no).waitFor({ timeout: 15000 });
        await row(no).locator('input[name="bulk"]').check();
      }
      const bulk = page.locator('.case-inbox .case-bulk');
      t.expect((await bulk.textContent()).includes('已选 2 件'), `bulk bar ${await bulk.textContent()}`);
      await bulk.locator('select[name="bulk-department"]').selectOption(DEPARTMENT);
      await t.shot('dispatcher-bulk');
      await bulk.locator('button[data-action="bulk-dispatch"]').click();
      await t.waitFor(async () => (await row(first.caseNo).count()) === 0 && (await row(second.caseNo).count()) === 0, 'both rows leave the inbox');
      const done = await page.locator('.case-inbox .case-list-view > .admin-notice').textContent();
      t.expect(done.includes('已派遣 2 件') && done.includes('环境卫生'), `notice ${done}`);
      for (const no of [first.caseNo, second.caseNo]) {
        const c = await serverCase(no);
        t.expect(c.attributes.status === '处置中' && c.attributes.department === DEPARTMENT, `server: ${no} ${c.attributes.status} ${c.attributes.department}`);
      }

      // 专业部门 (HW01): a photo of the work, then 处置完毕.
      await signInAs('HANDLER');
      await page.evaluate(async (no) => {
        const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
        const g = canvas.getContext('2d');
        g.fillStyle = '#3a7d44';
        g.fillRect(0, 0, 320, 240);
        g.fillStyle = '#fff';
        g.font = '28px sans-serif';
        g.fillText('已清理', 110, 130);
        const blob = await new Promise((r) => canvas.toBlob(r, 'image/jpeg', 0.9));
        const body = new FormData();
        body.append('file', blob, 'done.jpg');
        const response = await fetch(`/api/cases/${no}/photos?stage=HANDLE`, { method: 'POST', body, headers: { 'X-OneMap-Client': 'e2e' } });
        if (!response.ok) throw new Error(`photo ${response.status} ${await response.text()}`);
      }, first.caseNo);
      await row(first.caseNo).waitFor({ timeout: 15000 });
      await row(first.caseNo).locator('button[data-action="open"]').click();
      const thumb = form.locator('.case-photo img');
      await thumb.waitFor({ timeout: 15000 });
      await t.waitFor(() => thumb.evaluate((img) => img.complete && img.naturalWidth > 0), 'the thumbnail loads');
      // The case's attributes in Chinese, the department by name.
      const dl = await form.locator('.case-attributes').textContent();
      t.expect(dl.includes('案件小类') && dl.includes('暴露垃圾') && dl.includes('处置部门') && dl.includes('梅州市环境卫生管理处'), `attributes ${dl}`);
      await t.shot('handler-case');
      await form.locator('.case-thumb').click();
      const big = page.locator('.case-lightbox img');
      await t.waitFor(() => big.evaluate((img) => img.complete && img.naturalWidth === 320), 'the photo enlarged');
      await t.shot('handler-photo');
      await page.locator('.case-lightbox').click();
      t.expect((await page.locator('.case-lightbox').count()) === 0, 'the photo stays open');
      // The case is the map's selection (highlighted where it is).
      t.expect(await page.evaluate(() => document.querySelector('#dock')?.dataset.tool === 'cases-inbox'), 'the inbox is not open');
      await form.locator('textarea[name="note"]').fill('已清运');
      await form.locator('button[data-outcome="done"]').click();
      await t.waitFor(async () => (await form.getAttribute('data-status')) === '待核查', 'status 待核查 after done');
      const timeline = await form.locator('.case-timeline').textContent();
      t.expect(timeline.includes(users.HANDLER.username) && timeline.includes(users.DISPATCHER.username) && timeline.includes(users.ACCEPTOR.username), `timeline ${timeline}`);
      await t.shot('handler-done');
      await backToList(first.caseNo);
      const c = await serverCase(first.caseNo);
      t.expect(c.attributes.status === '待核查' && c.history.length >= 5, `server: ${c.attributes.status}, ${c.history.length} versions`);

      // 案件查询: the handler finds it among 待核查 cases, and opens it.
      await t.tool('cases-query');
      await page.locator('.case-query select[name="status"]').selectOption('待核查');
      await page.locator('.case-query button[type="submit"]').click();
      const found = page.locator(`.case-query tr[data-case-no="${first.caseNo}"]`);
      await t.waitFor(async () => (await found.count()) === 1 && (await page.locator('.case-query tbody tr:not([data-status="待核查"])').count()) === 0, 'only 待核查 cases, this one among them');
      await t.shot('query-list');
      await found.locator('button[data-action="open"]').click();
      await page.locator(`.case-query .case-form[data-case-no="${first.caseNo}"] .case-timeline li`).first().waitFor({ timeout: 15000 });
      t.expect((await page.locator('.case-query .case-task').textContent()).includes('没有您可办理的任务'), 'the handler may still act');
      await t.shot('query');
    },
  },
  {
    // The server's clock cannot be moved: the inbox is given tasks past their deadline (a route).
    name: 'cases desk: overdue count, red time, filters, paging',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const [a, b] = await t.api('/api/cases?limit=2');
      const now = Date.now();
      const task = (id, c, remainingSeconds) => ({ id, key: 'dispatch', title: '待派遣', caseNo: c.caseNo, createdAt: new Date(now - 3600e3).toISOString(), actions: ['dispatch'], dueAt: new Date(now + remainingSeconds * 1000).toISOString(), remainingSeconds, overdue: remainingSeconds < 0 });
      const fake = [task('fake-1', a, 7200), task('fake-2', b, -5400)];
      await page.route('**/api/tasks', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fake) }));
      await t.open();
      await t.signIn();
      const badge = page.locator('#tools .tool-group-button[data-group="cases"] .case-badge');
      await badge.waitFor({ timeout: 15000 });
      t.expect((await badge.textContent()) === '1', `badge ${await badge.textContent()}`);
      await t.tool('cases-inbox');
      const rows = page.locator('.case-inbox tbody tr');
      await t.waitFor(async () => (await rows.count()) === 2, 'two rows');
      t.expect((await rows.first().getAttribute('data-task')) === 'fake-2', 'the overdue task is not first');
      const late = rows.first().locator('.case-remaining');
      t.expect((await late.textContent()) === '超时 1小时30分' && (await late.getAttribute('class')).includes('case-overdue'), `overdue cell ${await late.textContent()}`);
      t.expect((await late.evaluate((e) => getComputedStyle(e).color)) === 'rgb(200, 30, 30)', 'the overdue time is not red');
      t.expect((await rows.nth(1).locator('.case-remaining').textContent()) === '剩余 2小时', 'time left');
      t.expect((await page.locator('.case-inbox .admin-count').textContent()).includes('超时 1 件'), 'no overdue count in the tool');
      await t.shot('overdue');
      await page.locator('.case-inbox input[name="overdue"]').check();
      await t.waitFor(async () => (await rows.count()) === 1, 'only the overdue task');
      await page.locator('.case-inbox input[name="overdue"]').uncheck();
      await page.locator('.case-inbox select[name="step"]').selectOption('handle');
      await t.waitFor(async () => (await rows.count()) === 0, 'no 待处置 task');
      t.expect((await page.locator('.case-inbox .case-bulk').isHidden()), 'bulk dispatch shown without 待派遣 tasks');

      // 案件查询 pages through the cases twenty at a time, from the server.
      await t.tool('cases-query');
      const count = page.locator('.case-query .admin-count');
      await t.waitFor(async () => /^第 1–20 件/.test((await count.textContent()) ?? ''), 'the first page');
      const top = await page.locator('.case-query tbody tr').first().getAttribute('data-case-no');
      await page.locator('.case-query button[data-action="next"]').click();
      await t.waitFor(async () => /^第 21–40 件/.test(await count.textContent()), 'the second page');
      t.expect((await page.locator('.case-query tbody tr').first().getAttribute('data-case-no')) !== top, 'the same rows');
      await page.locator('.case-query select[name="category"]').selectOption('暴露垃圾');
      await page.locator('.case-query button[type="submit"]').click();
      await t.waitFor(async () => /^第 1–/.test(await count.textContent()) && (await page.locator('.case-query tbody tr').count()) > 0, 'the filtered first page');
      const categories = await page.locator('.case-query tbody td[data-label="案件小类"]').allTextContents();
      t.expect(categories.every((c) => c === '暴露垃圾'), `categories ${[...new Set(categories)].join(',')}`);
      // A period: the day (Beijing) of an older case, from and to that day, lists what the server lists.
      const [older] = await t.api('/api/cases?category=' + encodeURIComponent('暴露垃圾') + '&offset=30&limit=1');
      const day = new Date(older.attributes.reported_at).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
      await page.locator('.case-query input[name="from"]').fill(day);
      await page.locator('.case-query input[name="to"]').fill(day);
      await page.locator('.case-query button[type="submit"]').click();
      const expected = (await t.api(`/api/cases?category=${encodeURIComponent('暴露垃圾')}&from=${day}&to=${day}&limit=20`)).map((c) => c.caseNo);
      t.expect(expected.includes(older.caseNo), `the server's ${day} misses ${older.caseNo}`);
      await t.waitFor(async () => (await page.locator('.case-query tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.caseNo))).join() === expected.join(), `the cases of ${day}`);
      await t.shot('query-paged');
    },
  },
];

function json(method, body, headers = {}) {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
