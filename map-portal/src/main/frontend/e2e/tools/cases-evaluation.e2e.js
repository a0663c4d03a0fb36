// 综合评价: accounts per role are made through the admin API; a grid manager reports three cases
// this month, one is closed (派遣 to 环境卫生管理处, handled, verified, closed), one is reworked (核查 fails
// once) and closed, one waits for 处置. A leader opens 综合评价 from the 城管 menu: both charts draw on
// a canvas, the table has a row per department of the server's answer with the same numbers and the
// city-wide total, a header click sorts; by 单元网格 the rows follow; the CSV downloads with its BOM;
// a period without cases says so. A viewer has no 综合评价 in the menu.
const LON = 116.112;
const LAT = 24.288;
const DEPARTMENT = 'HW01';

export const tests = [
  {
    name: 'evaluation: charts, table, grouping, export',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const stamp = `${Date.now().toString(36)}${t.size[0]}`;
      const users = {};
      for (const [role, department] of [['ACCEPTOR', 'ZX'], ['SHIFT_LEADER', 'ZX'], ['DISPATCHER', 'ZX'], ['HANDLER', DEPARTMENT], ['GRID_MANAGER', 'ZX'], ['LEADER', 'ZX'], ['VIEWER', 'ZX']]) {
        const username = `ev${role.toLowerCase().replace('_', '')}${stamp}`;
        await t.api('/api/admin/users', json('POST', { username, password: `${username}-pw-1`, displayName: `${role}-${stamp}`, department, roles: [role] }));
        users[role] = { username, password: `${username}-pw-1` };
      }
      const as = (role) => ({ Authorization: `Basic ${Buffer.from(`${users[role].username}:${users[role].password}`).toString('base64')}` });
      const reverse = await t.api(`/api/reverse-geocode?x=${LON}&y=${LAT}`);
      const grid = reverse.containing.find((u) => u.kind === 'grid')?.code;
      t.expect(grid, 'no grid at the point');
      await t.api(`/api/admin/users/${users.GRID_MANAGER.username}/grids`, json('PUT', { grids: [grid] }));
      const taskOf = async (role, no) => (await t.api('/api/tasks', { headers: as(role) })).find((x) => x.caseNo === no);
      const act = async (role, no, body) => t.api(`/api/tasks/${(await taskOf(role, no)).id}/complete`, json('POST', body, as(role)));
      const dispatched = async (i) => {
        const c = await t.api('/api/cases', json('POST', { category: '暴露垃圾', description: `e2e 评价 ${stamp} ${i}`, lon: LON, lat: LAT, idempotencyKey: `ev-${stamp}-${i}` }, as('GRID_MANAGER')));
        await act('ACCEPTOR', c.caseNo, { outcome: 'register' });
        await act('SHIFT_LEADER', c.caseNo, { outcome: 'approve' });
        await act('DISPATCHER', c.caseNo, { outcome: 'dispatch', department: DEPARTMENT });
        return c.caseNo;
      };
      const closed = await dispatched(1);
      await act('HANDLER', closed, { outcome: 'done' });
      await act('GRID_MANAGER', closed, { outcome: 'pass' });
      await act('SHIFT_LEADER', closed, { outcome: 'close' });
      const reworked = await dispatched(2);
      await act('HANDLER', reworked, { outcome: 'done' });
      await act('GRID_MANAGER', reworked, { outcome: 'fail', note: '仍有垃圾' });
      await act('HANDLER', reworked, { outcome: 'done' });
      await act('GRID_MANAGER', reworked, { outcome: 'pass' });
      await act('SHIFT_LEADER', reworked, { outcome: 'close' });
      await dispatched(3);

      // The month as the page computes it (本月, the browser's calendar).
      const month = await page.evaluate(() => {
        const d = new Date();
        const iso = (y, m) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
        return { from: iso(d.getFullYear(), d.getMonth()), to: iso(d.getFullYear(), d.getMonth() + 1) };
      });
      const server = await t.api(`/api/cases/evaluation?from=${month.from}&to=${month.to}&by=department`, { headers: as('LEADER') });
      const hw = server.rows.find((r) => r.code === DEPARTMENT);
      t.expect(hw && hw.reported >= 3 && hw.closed >= 2 && hw.reworked >= 1, `server row ${JSON.stringify(hw)}`);

      // A viewer has no 综合评价.
      await t.open();
      await t.signIn(users.VIEWER.username, users.VIEWER.password);
      t.expect((await page.locator('#tools button[data-tool="cases-evaluation"]').count()) === 0, 'a viewer sees 综合评价');

      await page.context().clearCookies();
      await t.open();
      await t.signIn(users.LEADER.username, users.LEADER.password);
      await t.tool('cases-evaluation');
      const tool = page.locator('.evaluation-tool');
      await t.waitFor(async () => (await tool.getAttribute('data-state')) === 'shown', 'the evaluation shown');
      t.expect((await tool.locator('input[name="from"]').inputValue()) === month.from, '本月 starts elsewhere');
      for (const chart of ['rates', 'hours']) {
        const box = await tool.locator(`.evaluation-chart[data-chart="${chart}"] canvas`).first().boundingBox();
        t.expect(box && box.width > 200 && box.height > 100, `chart ${chart} not drawn: ${JSON.stringify(box)}`);
      }
      const rates = JSON.parse(await tool.locator('.evaluation-chart[data-chart="rates"]').getAttribute('data-values'));
      t.expect(rates.some(([code, onTime]) => code === DEPARTMENT && onTime === hw.onTimeRate), `chart values ${JSON.stringify(rates)}`);
      const rows = tool.locator('tbody tr:not(.evaluation-total)');
      t.expect((await rows.count()) === server.rows.length, `table ${await rows.count()} rows, server ${server.rows.length}`);
      const cells = await tool.locator(`tbody tr[data-code="${DEPARTMENT}"] td`).allTextContents();
      t.expect(cells[0] === '梅州市环境卫生管理处' && cells[1] === String(hw.reported) && cells[2] === String(hw.closed) && cells[5] === String(hw.reworked), `row ${cells.join(' | ')}`);
      const total = await tool.locator('tbody tr.evaluation-total td').allTextContents();
      t.expect(total[0] === '全市合计' && total[1] === String(server.total.reported), `total ${total.join(' | ')}`);
      t.expect((await tool.locator('.evaluation-summary').textContent()).includes(`上报 ${server.total.reported} 件`), 'summary');
      await t.shot('by-department');
      await tool.locator('.evaluation-table').scrollIntoViewIfNeeded();
      await t.shot('table');

      // A click on 上报 sorts by it, most first (a phone shows rows as cards, without headers).
      if (!t.phone) {
        await tool.locator('th[data-column="reported"]').click();
        const reported = (await tool.locator('tbody tr:not(.evaluation-total) td[data-label="上报"]').allTextContents()).map(Number);
        t.expect(reported.every((n, i) => i === 0 || reported[i - 1] >= n), `not sorted: ${reported.join(',')}`);
      }

      // By 单元网格: the grid of the point is a row, named after its 社区.
      await tool.locator('select[name="by"]').selectOption('grid');
      await t.waitFor(async () => (await tool.locator(`tbody tr[data-code="${grid}"]`).count()) === 1, 'the grid row');
      const gridCells = await tool.locator(`tbody tr[data-code="${grid}"] td`).allTextContents();
      t.expect(gridCells[0].endsWith('号网格') && Number(gridCells[1]) >= 3, `grid row ${gridCells.join(' | ')}`);
      await t.shot('by-grid');

      // 导出 CSV: a file with the BOM and the Chinese header.
      const [download] = await Promise.all([page.waitForEvent('download'), tool.locator('button[data-action="export"]').click()]);
      t.expect(/^evaluation-grid-.*\.csv$/.test(download.suggestedFilename()), `file ${download.suggestedFilename()}`);
      const chunks = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk);
      const csv = Buffer.concat(chunks);
      t.expect(csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf, 'no BOM');
      t.expect(csv.toString('utf8').slice(1).startsWith('单元网格代码,单元网格名称,上报案件数'), `header ${csv.toString('utf8').slice(0, 60)}`);

      // A period without cases.
      await tool.locator('select[name="period"]').selectOption('custom');
      await tool.locator('input[name="from"]').fill('2020-01-01');
      await tool.locator('input[name="to"]').fill('2020-01-31');
      await tool.locator('button[type="submit"]').click();
      await t.waitFor(async () => (await tool.getAttribute('data-state')) === 'empty', 'the empty state');
      t.expect((await tool.locator('.admin-empty').textContent()).startsWith('所选时段内没有经办的案件'), 'empty text');
    },
  },
];

function json(method, body, headers = {}) {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
