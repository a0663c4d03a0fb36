// 办案设置: the admin opens the tool, marks Saturday 2026-03-07 调休上班 and Monday 2026-03-09 a holiday
// in the month grid (a 调休 on a weekday is refused in Chinese), saves, reloads the page and sees
// both days marked; the server holds them. A zero limit in the time-limits table and a working-
// hours interval ending before it starts are refused in Chinese before anything is sent. The
// year's calendar is put back afterwards.
const YEAR = 2026;

export const tests = [
  {
    name: 'admin case settings: calendar days, working hours and limits',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const before = await t.api(`/api/admin/cases/calendar?year=${YEAR}`);
      const put = (entries) =>
        t.api(`/api/admin/cases/calendar?year=${YEAR}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ entries }),
        });
      try {
        await t.open();
        await t.signIn();
        await t.tool('admin-case-settings');
        const tool = page.locator('.case-settings[data-ready="true"]');
        await tool.waitFor({ timeout: 10000 });
        const form = page.locator('form[data-form="calendar"]');
        const year = await form.locator('.case-cal-year').textContent();
        for (let y = Number(year); y !== YEAR; y += y < YEAR ? 1 : -1) {
          await form.locator(`button[aria-label="${y < YEAR ? '下一年' : '上一年'}"]`).click();
        }
        await form.locator(`.case-cal-year[data-year="${YEAR}"]`).waitFor({ timeout: 5000 });
        const day = (d) => form.locator(`button[data-date="${d}"]`);
        t.expect((await day('2026-03-07').getAttribute('data-state')) === 'weekend', 'Saturday starts as a weekend');
        t.expect((await day('2026-10-01').getAttribute('data-state')) === 'holiday', 'the shipped 国庆节 is a holiday');

        await form.locator('input[name="mode"][value="WORKDAY"]').check();
        await day('2026-03-06').click();
        const error = form.locator('.admin-notice[data-kind="error"]');
        await error.waitFor({ timeout: 5000 });
        t.expect((await error.textContent()).includes('调休上班只能设在周六或周日'), `error: ${await error.textContent()}`);
        t.expect((await day('2026-03-06').getAttribute('data-state')) === 'normal', 'a weekday stays a working day');
        await day('2026-03-07').click();
        t.expect((await day('2026-03-07').getAttribute('data-state')) === 'workday', 'Saturday marked 调休上班');
        await form.locator('input[name="mode"][value="HOLIDAY"]').check();
        await form.locator('input[name="holidayName"]').fill('测试假日');
        await day('2026-03-09').click();
        t.expect((await day('2026-03-09').getAttribute('data-state')) === 'holiday', 'Monday marked a holiday');
        await day('2026-03-09').scrollIntoViewIfNeeded();
        await t.shot('marked');
        await form.locator('button[type="submit"]').click();
        await form.locator('.admin-notice[data-kind="ok"]').waitFor({ timeout: 5000 });
        const stored = await t.api(`/api/admin/cases/calendar?year=${YEAR}`);
        const has = (d, kind) => stored.entries.some((e) => e.date === d && e.kind === kind);
        t.expect(has('2026-03-07', 'WORKDAY') && has('2026-03-09', 'HOLIDAY'), `stored ${JSON.stringify(stored.entries.slice(0, 3))}…`);
        t.expect(stored.entries.find((e) => e.date === '2026-03-09').name === '测试假日', 'the holiday has its name');

        // After a reload the saved days are still marked.
        await t.open();
        await t.tool('admin-case-settings');
        await tool.waitFor({ timeout: 10000 });
        const again = page.locator('form[data-form="calendar"]');
        await again.locator(`.case-cal-year[data-year="${YEAR}"]`).waitFor({ timeout: 5000 });
        t.expect((await again.locator('button[data-date="2026-03-07"]').getAttribute('data-state')) === 'workday', 'reloaded: 调休上班');
        t.expect((await again.locator('button[data-date="2026-03-09"]').getAttribute('data-state')) === 'holiday', 'reloaded: holiday');
        await again.locator('button[data-date="2026-03-07"]').scrollIntoViewIfNeeded();
        await t.shot('reloaded');

        // Working hours and limits: bad input refused in Chinese, nothing sent.
        const hours = page.locator('form[data-form="hours"]');
        await hours.locator('input[name="end"]').first().fill('08:00');
        await hours.locator('button[type="submit"]').click();
        const hoursError = hours.locator('.admin-notice[data-kind="error"]');
        await hoursError.waitFor({ timeout: 5000 });
        t.expect((await hoursError.textContent()).includes('结束晚于开始'), `hours error: ${await hoursError.textContent()}`);
        const limits = page.locator('form[data-form="limits"]');
        t.expect((await limits.locator('tbody tr').count()) >= 5, 'the default rows of every stage');
        t.expect((await limits.textContent()).includes('处置'), 'stages by their Chinese names');
        await limits.locator('tr[data-key="*|HANDLE"] input[name="NORMAL"]').fill('0');
        await limits.locator('button[type="submit"]').click();
        const limitsError = limits.locator('.admin-notice[data-kind="error"]');
        await limitsError.waitFor({ timeout: 5000 });
        t.expect((await limitsError.textContent()).includes('时限应为大于 0'), `limits error: ${await limitsError.textContent()}`);
        await limitsError.scrollIntoViewIfNeeded();
        await t.shot('limits');
        const limitsNow = await t.api('/api/admin/cases/time-limits');
        t.expect(limitsNow.limits.some((l) => l.category === '*' && l.stage === 'HANDLE' && l.urgency === 'NORMAL' && l.hours === 8), 'nothing saved');
      } finally {
        await put(before.entries);
      }
    },
  },
  {
    name: 'admin case settings: escalated cases badge on the 城管 menu',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      // The escalation job's marks as the case list carries them (two escalated, one overdue only).
      const fake = (caseNo, level) => ({ caseNo, lon: 116.11, lat: 24.29, attributes: { status: '待派遣', overdue_level: level }, history: [] });
      await page.route('**/api/cases?overdue=true*', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify([fake('CG1', 1), fake('CG2', 2), fake('CG3', null)]) }),
      );
      await t.open();
      await t.signIn();
      const badge = page.locator('#tools .tool-group-button[data-group="cases"] .case-escalated');
      await badge.waitFor({ timeout: 20000 });
      t.expect((await badge.textContent()) === '2', `badge ${await badge.textContent()}`);
      t.expect((await badge.getAttribute('title')) === '2 件已升级', `title ${await badge.getAttribute('title')}`);
      await t.shot('escalated');
    },
  },
];
