// Permalinks and bookmarks: the URL carries centre, zoom, CRS, layers, base map, time and the
// selection, and a fresh page opened on it shows the same; a named bookmark is saved, survives a
// reload, opens the saved view and is deleted.
import { centre, centreOn, metres } from '../time-helpers.js';

const POINT = [116.118, 24.296];

async function linkedState(page) {
  return page.evaluate(() => ({
    centre: window.onemap.centre(),
    zoom: window.onemap.map.getView().getZoom(),
    layers: window.onemap.ctx.visibleLayerIds().sort(),
    asOf: window.onemap.ctx.time.asOf(),
    grid: document.body.dataset.grid,
    selection: window.onemap.ctx.selection.ids(),
  }));
}

export const tests = [
  {
    name: 'a permalink opens the same view in a fresh page',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(t.base).origin });
      await centreOn(t, POINT, 16);
      // A layer on, the map as of 2018-03-01, a building selected.
      const catalog = await t.api('/api/layers');
      // A public layer the anonymous page reads, off by default, versioned (drawn as of the date).
      const extra = catalog.find((l) => l.accessLevel === 'PUBLIC' && l.kind !== 'BASE' && l.versioned);
      await page.evaluate((id) => window.onemap.ctx.setVisible(id, true), extra.id);
      const one = await t.api(`/api/layers/${extra.id}/features?limit=1`);
      const feature = one.features[0];
      await page.evaluate(([id, f]) => window.onemap.ctx.selection.set(id, [f]), [extra.id, feature]);
      await t.tool('timeSlider');
      await page.fill('.time-slider input[name="as-of"]', '2018-03-01');
      await page.dispatchEvent('.time-slider input[name="as-of"]', 'change');
      await t.waitFor(() => page.evaluate(() => window.location.hash.includes('t=2018-03-01')), 'the time in the URL');
      const url = await page.evaluate(() => window.location.href);
      t.expect(url.includes(`l=`) && url.includes(encodeURIComponent(extra.id)) && url.includes(`s=${encodeURIComponent(extra.id)}:`), `the URL lacks layers or selection: ${url}`);
      const want = await linkedState(page);
      // 复制链接 copies exactly the page's link.
      if (t.phone) await page.click('#dock-close');
      await page.click('.link-control button');
      await t.waitFor(async () => (await page.textContent('#status')) !== null, 'a message');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      t.expect(copied === (await page.evaluate(() => window.location.href)), `copied ${copied}`);
      // A fresh page on that link.
      const fresh = await page.context().newPage();
      const timedTiles = [];
      fresh.on('response', (r) => {
        if (r.url().includes(`/tiles/${extra.id}/`) && r.url().includes('time=2018-03-01')) timedTiles.push(r.status());
      });
      await fresh.goto(copied, { waitUntil: 'load' });
      await fresh.waitForFunction(() => Number(document.body.dataset.layers ?? 0) > 0 && document.body.dataset.toolsReady === 'true', null, { timeout: 60000 });
      await fresh.waitForFunction((id) => window.onemap.ctx.selection.ids().some(([l]) => l === id), extra.id, { timeout: 10000 });
      const got = await linkedState(fresh);
      t.expect(metres(got.centre, want.centre) < 1, `the centre moved ${metres(got.centre, want.centre).toFixed(2)} m`);
      t.expect(got.zoom === want.zoom, `zoom ${got.zoom}, expected ${want.zoom}`);
      t.expect(JSON.stringify(got.layers) === JSON.stringify(want.layers), `layers ${got.layers}, expected ${want.layers}`);
      t.expect(got.asOf === '2018-03-01', `time ${got.asOf}`);
      t.expect(JSON.stringify(got.selection) === JSON.stringify(want.selection), `selection ${JSON.stringify(got.selection)}`);
      t.expect((await fresh.textContent('.statusbar .asof')).includes('2018-03-01'), 'the fresh page does not show the as-of date');
      // The linked layer is drawn as of the linked date (its vector tiles carry time=).
      await t.waitFor(() => timedTiles.length > 0, `${extra.id} tiles as of 2018-03-01`);
      t.expect(timedTiles.every((s) => s === 200), `${extra.id} tiles as of 2018-03-01: ${timedTiles}`);
      await fresh.close();
    },
  },
  {
    name: 'a named bookmark is saved, survives a reload, opens and is deleted',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      await centreOn(t, POINT, 17);
      if (t.phone) await page.click('#sidebar-toggle');
      await page.locator('input[name="basemap-grid"][value="w"]').check();
      await t.waitFor(() => page.evaluate(() => document.body.dataset.grid === 'w'), 'the w grid');
      if (t.phone) await page.click('#sidebar-close');
      await t.waitDrawn();
      const saved = await linkedState(page);
      const name = `测试书签 ${t.size} ${Date.now() % 100000}`;
      await t.tool('bookmarks');
      // A blank name is refused in the page.
      await page.click('.bookmark-form button[type="submit"]');
      t.expect((await page.textContent('.bookmarks-message')).includes('请输入书签名称'), 'a blank name is not refused');
      await page.fill('.bookmark-form input[name="bookmark-name"]', name);
      await page.click('.bookmark-form button[type="submit"]');
      const item = page.locator('.bookmark', { hasText: name });
      await item.waitFor({ timeout: 10000 });
      await t.shot('saved');
      // Reload on the bare address: the bookmark is still there; opening it restores the view.
      await t.open('./');
      t.expect((await page.evaluate(() => document.body.dataset.grid)) === 'c', 'the bare page does not start on c');
      await page.evaluate(() => window.onemap.map.getView().setCenter(window.onemap.ctx.fromLonLat([115.9, 24.1])));
      await t.tool('bookmarks');
      await page.locator('.bookmark', { hasText: name }).locator('.bookmark-open').click();
      await t.waitFor(() => page.evaluate(() => document.body.dataset.grid === 'w'), 'the bookmark\'s grid');
      t.expect(await page.locator('input[name="basemap-grid"][value="w"]').isChecked(), 'the CRS switch does not show the bookmark\'s grid');
      await t.waitFor(async () => metres((await centre(page)), saved.centre) < 1, 'the bookmark\'s centre');
      const got = await linkedState(page);
      t.expect(got.zoom === saved.zoom, `zoom ${got.zoom}, expected ${saved.zoom}`);
      t.expect(JSON.stringify(got.layers) === JSON.stringify(saved.layers), `layers ${got.layers}, expected ${saved.layers}`);
      await t.waitDrawn();
      await t.shot('opened');
      // Delete it: gone from the list and from the API.
      await page.locator('.bookmark', { hasText: name }).locator('.bookmark-delete').click();
      await t.waitFor(async () => (await page.locator('.bookmark', { hasText: name }).count()) === 0, 'the bookmark deleted');
      const left = await t.api('/api/me/bookmarks');
      t.expect(!left.some((b) => b.name === name), 'the API still lists the deleted bookmark');
    },
  },
];
