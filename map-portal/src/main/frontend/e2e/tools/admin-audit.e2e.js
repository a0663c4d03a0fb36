// The audit log: a sign-in through the page is listed; filtering by type and actor lists only
// those entries; paging moves on; data edits are listed with their Chinese action name; a bad
// date range is refused in Chinese.
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

      // A data edit (a WFS-T insert, then its delete) is listed under 数据编辑与导入, in Chinese.
      const NS = 'xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:onemap="http://onemap.meizhou.gov.cn/onemap"';
      const inserted = await t.api('/wfs', {
        method: 'POST',
        headers: { 'Content-Type': 'application/xml' },
        body:
          `<wfs:Transaction service="WFS" version="2.0.0" ${NS}><wfs:Insert><onemap:events><onemap:geom><gml:Point gml:id="p" srsName="urn:ogc:def:crs:EPSG::4490"><gml:pos>24.29 116.12</gml:pos></gml:Point></onemap:geom>` +
          `<onemap:case_no>E2EAUDIT${stamp}</onemap:case_no><onemap:category>暴露垃圾</onemap:category><onemap:main_class>事件</onemap:main_class><onemap:reported_at>2026-11-30T09:00:00+08:00</onemap:reported_at>` +
          '<onemap:status>已立案</onemap:status><onemap:source>网格员上报</onemap:source><onemap:bgid>44140200100101</onemap:bgid><onemap:community_code>441402001001</onemap:community_code></onemap:events></wfs:Insert></wfs:Transaction>',
      });
      const fid = /rid="events\.([^"]+)"/.exec(inserted)?.[1];
      t.expect(fid, `no feature id in ${String(inserted).slice(0, 300)}`);
      await page.locator('.admin-audit select[name="type"]').selectOption('FEATURES_');
      await page.locator('.admin-audit button[type="submit"]').click();
      const edit = page.locator('.admin-audit tbody tr[data-action="FEATURES_EDITED"]').filter({ hasText: fid });
      await edit.first().waitFor({ timeout: 10000 });
      const cells = await edit.first().locator('td').allTextContents();
      t.expect(cells[2] === '编辑要素' && cells[3] === 'events' && cells[4].startsWith('inserted 1, updated 0, deleted 0'), `edit row ${cells.join(' | ')}`);
      t.expect((await page.locator('.admin-audit tbody tr:not([data-action^="FEATURES_"])').count()) === 0, 'other entries under 数据编辑与导入');
      await t.shot('audit-edits');
      await t.api('/wfs', {
        method: 'POST',
        headers: { 'Content-Type': 'application/xml' },
        body: `<wfs:Transaction service="WFS" version="2.0.0" ${NS}><wfs:Delete typeName="onemap:events"><fes:Filter><fes:ResourceId rid="events.${fid}"/></fes:Filter></wfs:Delete></wfs:Transaction>`,
      });

      await page.locator('.admin-audit select[name="type"]').selectOption('');
      await page.locator('.admin-audit input[name="from"]').fill('2026-12-31');
      await page.locator('.admin-audit input[name="to"]').fill('2026-01-01');
      await page.locator('.admin-audit button[type="submit"]').click();
      const error = page.locator('.admin-audit .admin-notice[data-kind="error"]');
      await error.waitFor({ timeout: 5000 });
      t.expect((await error.textContent()).includes('起始日期晚于截止日期'), `error ${await error.textContent()}`);
    },
  },
];
