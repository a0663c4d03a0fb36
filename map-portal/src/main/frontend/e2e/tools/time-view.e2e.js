// The view: cursor coordinates in decimal degrees, 度分秒 and the GK plane (remembered), and the
// map's CRS switched to EPSG:4548 and back without losing the centre or the scale.
import { centre, centreOn, metres } from '../time-helpers.js';

/** A point with round DMS figures, and its EPSG:4548 figures from PROJ's cs2cs. */
const POINT = [116.125, 24.2875];
const DMS = ['116°07′30.00″', '24°17′15.00″'];
const GK = { x: '2687411.27', y: '411163.81' };

export const tests = [
  {
    name: 'coordinates in degrees, DMS and GK, the choice remembered',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await centreOn(t, POINT, 18);
      // The point is the view's centre: the mouse over the map's middle pixel is over it.
      const box = await page.locator('#map').boundingBox();
      const hover = () => page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover();
      const coords = page.locator('#coords');
      const format = () => coords.getAttribute('data-format');
      // Cycle to each format with clicks, then hover again over the point.
      const texts = {};
      for (let i = 0; i < 3; i++) {
        texts[await format()] = await coords.textContent();
        await coords.click();
        await hover();
      }
      t.expect(texts.decimal?.includes('116.125000') && texts.decimal.includes('24.287500'), `decimal: ${texts.decimal}`);
      t.expect(texts.dms?.includes(DMS[0]) && texts.dms.includes(DMS[1]), `DMS: ${texts.dms}`);
      t.expect(texts.gk?.includes(`X ${GK.x}`) && texts.gk.includes(`Y ${GK.y}`), `GK: ${texts.gk}`);
      // The choice survives a reload.
      await coords.click();
      const chosen = await format();
      t.expect(chosen === 'dms', `after three clicks and one more the format is ${chosen}`);
      await t.open();
      t.expect((await format()) === 'dms', 'the coordinate format was not remembered');
      await t.shot('dms');
    },
  },
  {
    name: 'CRS switch to EPSG:4548 and back keeps centre and scale',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await centreOn(t, POINT, 15);
      const ground = () => page.evaluate(() => {
        const view = window.onemap.map.getView();
        const a = window.onemap.ctx.toLonLat(view.getCenter());
        const b = window.onemap.ctx.toLonLat([view.getCenter()[0] + view.getResolution() * 100, view.getCenter()[1]]);
        const k = 111319.49;
        return Math.hypot((a[0] - b[0]) * k * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * k) / 100;
      });
      const start = await centre(page);
      const before = await ground();
      const failedBefore = await page.evaluate(() => Number(document.body.dataset.tilesFailed));
      if (t.phone) await page.click('#sidebar-toggle');
      await page.locator('input[name="basemap-grid"][value="gk"]').check();
      await t.waitFor(() => page.evaluate(() => document.body.dataset.projection === 'EPSG:4548'), 'the map in EPSG:4548');
      if (t.phone) await page.click('#sidebar-close');
      await t.waitDrawn();
      t.expect((await page.textContent('.statusbar .crs')).includes('4548'), 'the status bar does not name EPSG:4548');
      const inGk = await centre(page);
      t.expect(metres(start, inGk) < 3, `the centre moved ${metres(start, inGk).toFixed(2)} m`);
      const gkGround = await ground();
      t.expect(gkGround / before < 1.6 && before / gkGround < 1.6, `scale ${before.toFixed(2)} m/px became ${gkGround.toFixed(2)} m/px`);
      const loaded = await page.evaluate(() => Number(document.body.dataset.tilesLoaded));
      t.expect(loaded > 0, 'no tile drawn in EPSG:4548');
      t.expect((await page.evaluate(() => Number(document.body.dataset.tilesFailed))) === failedBefore, 'tiles failed in EPSG:4548');
      const gkTiles = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/MeizhouGK/')).length);
      t.expect(gkTiles > 0, 'no MeizhouGK tile requested');
      await t.shot('gk');
      if (t.phone) await page.click('#sidebar-toggle');
      await page.locator('input[name="basemap-grid"][value="c"]').check();
      await t.waitFor(() => page.evaluate(() => document.body.dataset.projection === 'EPSG:4490'), 'the map back in EPSG:4490');
      if (t.phone) await page.click('#sidebar-close');
      await t.waitDrawn();
      const back = await centre(page);
      t.expect(metres(start, back) < 3, `back in 4490 the centre moved ${metres(start, back).toFixed(2)} m`);
      const after = await ground();
      t.expect(Math.abs(after / before - 1) < 0.01, `scale ${before.toFixed(3)} m/px came back as ${after.toFixed(3)} m/px`);
    },
  },
];
