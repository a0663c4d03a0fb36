// End-to-end check of the map page in Debian's Chromium, driven by playwright-core (no downloaded
// browsers). Usage: node e2e/map.e2e.js <base-url> <screenshot.png> <lon> <lat> <expected-title>
//   [<address text> <address code> <address lon> <address lat>]
// Environment (optional): E2E_LOGIN=user:password signs in for the vector-tile checks,
//   E2E_MVT_LAYER (default city_parts) and E2E_MVT_ATTRIBUTE (default obj_id) name what the
//   decoded tile must hold, E2E_SHOTS=<dir> also saves tiles-*.png at 1440x900 and 390x844.
// Exits non-zero with a message when the page does not show the catalog's layers and features,
// the base map's WMTS tiles do not load (200, non-empty PNG), clicking the feature at (lon, lat)
// does not open its attribute popup, — given an address — typing it into the search box and
// picking the first candidate does not centre the map on it, a vector tile of an internal layer
// is served to an anonymous caller, the signed-in page's vector tile does not decode (with
// @mapbox/vector-tile) to the layer and attribute, or switching the base map to w fails.
import { chromium } from 'playwright-core';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { checkTiles, fetchInPage, tileCounter, waitDrawn } from './tiles.js';

const [baseUrl, screenshot, lon, lat, expectedTitle, address, addressCode, addressLon, addressLat] =
  process.argv.slice(2);
const login = process.env.E2E_LOGIN ?? '';
const mvtLayer = process.env.E2E_MVT_LAYER ?? 'city_parts';
const mvtAttribute = process.env.E2E_MVT_ATTRIBUTE ?? 'obj_id';
const shots = process.env.E2E_SHOTS ?? '';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

async function waitFor(condition, what, timeout = 30000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const tiles = tileCounter(page);
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => Number(document.body.dataset.layers ?? 0) > 0 && document.body.dataset.toolsReady === "true", null, { timeout: 30000 });
  await waitDrawn(page);
  if ((await page.evaluate(() => document.body.dataset.grid)) !== 'c') fail('the page does not open on the c grid');
  // The base map and its labels come as WMTS tiles of Tianditu's c set, each a real PNG.
  const firstTiles = await checkTiles(tiles, fail, { grid: 'c', tilesets: ['basemap', 'basemap_labels'], min: 4 });
  if (shots) await page.screenshot({ path: `${shots}/tiles-c-1440.png` });
  const rows = await page.locator('.layer-row').allTextContents();
  if (!rows.some((r) => r.includes(expectedTitle))) fail(`layer list lacks ${expectedTitle}: ${rows.join(' | ')}`);

  // The canvas must show drawn features, not just the background.
  const painted = await page.evaluate(() => {
    const canvas = document.querySelector('#map canvas');
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
  if (painted < 500) fail(`map canvas shows almost nothing (${painted} painted pixels)`);

  // Zoom to the target feature, let its layer load and render, then click it.
  await page.evaluate(
    ([x, y]) =>
      new Promise((resolve) => {
        const map = window.onemap.map;
        map.once('rendercomplete', () => resolve());
        map.getView().setCenter([x, y]);
        map.getView().setZoom(18);
      }),
    [Number(lon), Number(lat)],
  );
  await page.waitForFunction(() => document.body.dataset.loading === '0', null, { timeout: 30000 });
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.onemap.map.once('rendercomplete', () => resolve());
        window.onemap.map.render();
      }),
  );
  const pixel = await page.evaluate(([x, y]) => window.onemap.map.getPixelFromCoordinate([x, y]), [Number(lon), Number(lat)]);
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + pixel[0], box.y + pixel[1]);
  await page.waitForSelector('#popup:not([hidden]) h4', { timeout: 10000 });
  const popup = await page.locator('#popup').textContent();
  if (!popup.includes(expectedTitle)) fail(`popup does not name the layer: ${popup}`);

  let searched = '';
  if (address) {
    // Type the address as a user would, then pick the first candidate of the list.
    await page.locator('#search-input').pressSequentially(address, { delay: 5 });
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('.search-results:not([hidden]) .search-candidate', { timeout: 15000 });
    const first = page.locator('.search-candidate').first();
    const code = await first.getAttribute('data-code');
    const label = await first.textContent();
    if (code !== addressCode) fail(`first candidate ${code} (${label}) is not ${addressCode}`);
    await first.click();
    const expected = [Number(addressLon), Number(addressLat)];
    try {
      await page.waitForFunction(
        ([x, y]) => {
          const c = window.onemap.map.getView().getCenter();
          return Math.abs(c[0] - x) < 1e-6 && Math.abs(c[1] - y) < 1e-6;
        },
        expected,
        { timeout: 10000 },
      );
    } catch {
      const centre = await page.evaluate(() => window.onemap.map.getView().getCenter());
      fail(`map centre ${centre} did not move to the address at ${expected}`);
    }
    if ((await page.evaluate(() => document.body.dataset.pickedCode)) !== addressCode) fail('address not marked');
    // Let the WMS images of the new view load and draw before the screenshot.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          window.onemap.map.once('rendercomplete', () => resolve());
          window.onemap.map.render();
        }),
    );
    await page.waitForFunction(() => document.body.dataset.loading === '0', null, { timeout: 30000 });
    searched = `, search centred on ${label.slice(0, 40)}`;
  }
  await page.screenshot({ path: screenshot });
  const point = [Number(lon), Number(lat)];

  // An internal layer's vector tiles are not served to an anonymous caller: it behaves as unknown.
  const anonymousUrl = await page.evaluate(([id, p]) => window.onemap.mvtUrlAt(id, p), [mvtLayer, point]);
  const refused = await fetchInPage(page, anonymousUrl);
  if (refused.status !== 404) fail(`anonymous ${anonymousUrl} answered ${refused.status}, want 404`);

  let vector = '';
  const signedIn = tiles.length;
  if (login) {
    const colon = login.indexOf(':');
    await page.fill('#account input[name=username]', login.slice(0, colon));
    await page.fill('#account input[name=password]', login.slice(colon + 1));
    await page.click('#account button[type=submit]');
    const row = page.locator(`.layer-item[data-layer="${mvtLayer}"]`);
    await row.waitFor({ timeout: 15000 });
    if (!(await row.textContent()).includes('矢量瓦片')) fail(`${mvtLayer} is not drawn as vector tiles`);
    // A city-wide look (about 1 km tiles), then the layer on as a user turns it on.
    await page.evaluate(() => window.onemap.map.getView().setZoom(14));
    await row.locator('input[type=checkbox]').check();
    const fresh = () => tiles.slice(signedIn).filter((t) => t.kind === 'mvt' && t.tileset === mvtLayer);
    await waitFor(() => fresh().some((t) => t.status === 200), `${mvtLayer} vector tiles`);
    await waitDrawn(page);
    const mine = fresh();
    const failed = mine.filter((t) => t.status >= 400);
    if (failed.length) fail(`${failed.length} ${mvtLayer} vector tiles failed, e.g. ${failed[0].status} ${failed[0].url}`);
    let fullest = null;
    for (const t of mine) {
      const size = (await t.body).length;
      if (t.status === 200 && (!fullest || size > fullest.size)) fullest = { url: t.url, size };
    }
    if (!fullest || fullest.size === 0) fail(`every ${mvtLayer} vector tile is empty`);
    // Fetched again in the page (its session), decoded with @mapbox/vector-tile.
    const got = await fetchInPage(page, fullest.url);
    if (got.status !== 200) fail(`${fullest.url} answered ${got.status} in the page`);
    const tile = new VectorTile(new PbfReader(got.bytes));
    const names = Object.keys(tile.layers);
    if (!names.includes(mvtLayer)) fail(`${fullest.url} holds layers ${names.join(', ')}, not ${mvtLayer}`);
    const decoded = tile.layers[mvtLayer];
    if (decoded.length === 0) fail(`${fullest.url} has no ${mvtLayer} features`);
    for (let i = 0; i < decoded.length; i++) {
      const value = decoded.feature(i).properties[mvtAttribute];
      if (value === undefined || value === '') fail(`feature ${i} of ${fullest.url} lacks ${mvtAttribute}`);
    }
    vector = `, ${mvtLayer} tile ${fullest.url.replace(/^.*\/tiles\//, '')}: ${decoded.length} features (${mvtAttribute}=${decoded.feature(0).properties[mvtAttribute]})`;
  }

  // Tianditu's w grid (Web Mercator), keeping the area in view.
  const centreBefore = await page.evaluate(() => window.onemap.centre());
  const wmtsBefore = tiles.length;
  await page.locator('input[name=basemap-grid][value=w]').check();
  await page.waitForFunction(
    () => document.body.dataset.grid === 'w' && document.body.dataset.projection === 'EPSG:3857',
    null,
    { timeout: 15000 },
  );
  await waitDrawn(page);
  const wTiles = await checkTiles(tiles.slice(wmtsBefore), fail, { grid: 'w', tilesets: ['basemap'], min: 4 });
  const centreAfter = await page.evaluate(() => window.onemap.centre());
  const moved = Math.hypot(centreAfter[0] - centreBefore[0], centreAfter[1] - centreBefore[1]);
  if (moved > 1e-4) fail(`switching to w moved the centre from ${centreBefore} to ${centreAfter}`);
  if (login) {
    const wVector = tiles.slice(wmtsBefore).filter((t) => t.kind === 'mvt' && t.status === 200);
    if (wVector.length === 0) fail('no vector tile loaded on the w grid');
  }
  if (shots) await page.screenshot({ path: `${shots}/tiles-w-1440.png` });

  // A grid manager's phone: the same page at 390x844, anonymous.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  phone.on('pageerror', (e) => errors.push(`phone: ${e.message}`));
  const phoneTiles = tileCounter(phone);
  await phone.goto(baseUrl, { waitUntil: 'load' });
  await waitDrawn(phone);
  await checkTiles(phoneTiles, fail, { grid: 'c', tilesets: ['basemap'], min: 2 });
  if (shots) await phone.screenshot({ path: `${shots}/tiles-c-390.png` });

  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  const wmtsCount = Object.entries(firstTiles).map(([k, v]) => `${v} ${k}`).join(', ');
  console.log(
    `OK: ${rows.length} layers listed, ${painted} painted pixels, WMTS c tiles: ${wmtsCount}, ` +
      `w: ${wTiles.basemap} basemap${vector}, popup: ${popup.slice(0, 80)}${searched}`,
  );
} finally {
  await browser.close();
}
