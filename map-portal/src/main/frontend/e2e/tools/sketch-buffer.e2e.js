// Buffer and select: a point clicked on the map, buffered by 200 m, selects the features of the
// visible layers (events and the unit grid); each count equals the REST API's own
// DWITHIN(…, 200, meters) count for the same point, the selection holds them and the buffer is
// drawn. Every visible layer is offered, ticked unless it is a base layer. Then a feature
// identified on the map is buffered by 100 m from its popup.
import { pagePoint, showSpan } from './sketch-measure.e2e.js';

/** Raster-tiled layers: dense vector-tile layers would keep a loaded page's main thread busy. */
const LAYERS = ['events'];
const PURPLE = [95, 61, 196];

async function bufferPixels(page) {
  return page.evaluate(([r0, g0, b0]) => {
    let n = 0;
    for (const c of document.querySelectorAll('#map .buffer-layer canvas, #map canvas.buffer-layer')) {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 150 && Math.abs(data[i] - r0) < 40 && Math.abs(data[i + 1] - g0) < 40 && Math.abs(data[i + 2] - b0) < 40) n++;
      }
    }
    return n;
  }, PURPLE);
}

/** WKT of a GeoJSON geometry, for the API's DWITHIN filter. */
function wkt(g) {
  const xy = (c) => `${c[0]} ${c[1]}`;
  const ring = (r) => `(${r.map(xy).join(', ')})`;
  switch (g.type) {
    case 'Point':
      return `POINT(${xy(g.coordinates)})`;
    case 'LineString':
      return `LINESTRING${ring(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING(${g.coordinates.map(ring).join(', ')})`;
    case 'Polygon':
      return `POLYGON(${g.coordinates.map(ring).join(', ')})`;
    case 'MultiPolygon':
      return `MULTIPOLYGON(${g.coordinates.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`;
    default:
      throw new Error(`no WKT for ${g.type}`);
  }
}

/** Each ticked layer's count in the panel equals the API's DWITHIN count; returns the total. */
async function checkCounts(t, geometry, metres) {
  const { page } = t;
  const ticked = await page.locator('.buffer-layers input').evaluateAll((boxes) => boxes.filter((b) => b.checked).map((b) => b.value));
  let selected = 0;
  for (const id of ticked) {
    const filter = encodeURIComponent(`DWITHIN(geom, ${wkt(geometry)}, ${metres}, meters)`);
    const expected = (await t.api(`/api/layers/${id}/features?limit=0&filter=${filter}`)).numberMatched;
    const row = page.locator(`.buffer-counts tr[data-layer="${id}"]`);
    const shown = Number(await row.getAttribute('data-count'));
    t.expect(shown === expected, `${id}: panel ${shown}, API DWITHIN ${expected}`);
    t.expect((await row.textContent()).includes(String(expected)), `${id} row text ${await row.textContent()}`);
    selected += Math.min(expected, 2000);
  }
  const held = await page.evaluate(() => window.onemap.ctx.selection.count());
  t.expect(held === selected, `the selection holds ${held} features, not ${selected}`);
  t.expect((await page.locator('.buffer-total').textContent()).includes(String(selected)), 'total not shown');
  return selected;
}

export const tests = [
  {
    name: 'buffer 200 m around a point selects what the API counts',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      for (const id of LAYERS) {
        const box = page.locator(`.layer-item[data-layer="${id}"] input[type="checkbox"]`);
        if ((await box.count()) === 0) await page.locator('.layer-group .group-toggle[aria-expanded="false"]').first().click();
        await box.check();
      }
      await t.tool('buffer');
      const offered = await page.locator('.buffer-layers input').evaluateAll((boxes) => boxes.filter((b) => b.checked).map((b) => b.value));
      t.expect(LAYERS.every((id) => offered.includes(id)) && !offered.includes('roads'), `visible layers ticked: ${offered}`);
      // Bad distance: a Chinese message, no request.
      await page.fill('input[name="buffer-distance"]', '-5');
      await showSpan(page, [116.114, 24.288], 0.012, 600);
      const p = await pagePoint(page, [116.112, 24.288]);
      await page.mouse.click(p[0], p[1]);
      await t.waitFor(async () => (await page.locator('.buffer .error').textContent()).includes('请输入 0 到'), 'the distance message');
      // 200 m: the click selects at once.
      await page.fill('input[name="buffer-distance"]', '200');
      await page.click('.buffer-run');
      await page.waitForSelector('.buffer-summary[data-state="done"]', { timeout: 20000 });
      const shape = JSON.parse(await page.locator('.buffer').getAttribute('data-shape'));
      t.expect(shape.type === 'Point' && Math.abs(shape.coordinates[0] - 116.112) < 1e-6 && Math.abs(shape.coordinates[1] - 24.288) < 1e-6, `buffered ${JSON.stringify(shape)}`);
      const counted = await checkCounts(t, shape, 200);
      t.expect((await page.locator('.buffer-counts tr[data-layer="events"]').getAttribute('data-count')) !== '0', 'no event selected');
      t.expect(counted > 0, 'nothing selected');
      await page.evaluate(() => window.onemap.map.renderSync());
      t.expect((await bufferPixels(page)) > 200, 'the buffer is not drawn');
      t.expect(!(await page.locator('#popup').isVisible()), 'identify answered the buffer click');
      await t.shot('selected');

      // From the popup: identify a feature, 缓冲选择 buffers it (as the selection) by 100 m.
      await page.click('#dock-close');
      const [event] = (await t.api('/api/layers/events/features?limit=1&bbox=116.108,24.285,116.118,24.291')).features;
      const at = await pagePoint(page, event.geometry.coordinates);
      await page.mouse.click(at[0], at[1]);
      const action = page.locator('.popup-actions button', { hasText: '缓冲选择' });
      await action.waitFor({ timeout: 20000 });
      await action.click();
      await page.waitForSelector('#dock[data-tool="buffer"] .buffer-kinds button[data-kind="selection"][aria-pressed="true"]');
      await page.fill('input[name="buffer-distance"]', '100');
      await page.click('.buffer-run');
      await page.waitForSelector('.buffer-summary[data-state="done"]', { timeout: 20000 });
      const picked = JSON.parse(await page.locator('.buffer').getAttribute('data-shape'));
      t.expect(['Point', 'LineString', 'Polygon', 'MultiPolygon', 'MultiLineString'].includes(picked.type), `buffered ${picked.type}`);
      await checkCounts(t, picked, 100);
      await t.shot('from-popup');
    },
  },
];
