// End-to-end check of the map page in Debian's Chromium, driven by playwright-core (no downloaded
// browsers). Usage: node e2e/map.e2e.js <base-url> <screenshot.png> <lon> <lat> <expected-title>
//   [<address text> <address code> <address lon> <address lat>]
// Exits non-zero with a message when the page does not show the catalog's layers and features,
// clicking the feature at (lon, lat) does not open its attribute popup, or — given an address —
// typing it into the search box and picking the first candidate does not centre the map on it.
import { chromium } from 'playwright-core';

const [baseUrl, screenshot, lon, lat, expectedTitle, address, addressCode, addressLon, addressLat] =
  process.argv.slice(2);

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => Number(document.body.dataset.layers ?? 0) > 0, null, { timeout: 30000 });
  await page.waitForFunction(
    () => document.body.dataset.loading === '0' && Number(document.body.dataset.features ?? 0) > 0,
    null,
    { timeout: 30000 },
  );
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
        map.once('rendercomplete', resolve);
        map.getView().setCenter([x, y]);
        map.getView().setZoom(18);
      }),
    [Number(lon), Number(lat)],
  );
  await page.waitForFunction(() => document.body.dataset.loading === '0', null, { timeout: 30000 });
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.onemap.map.once('rendercomplete', resolve);
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
          window.onemap.map.once('rendercomplete', resolve);
          window.onemap.map.render();
        }),
    );
    await page.waitForFunction(() => document.body.dataset.loading === '0', null, { timeout: 30000 });
    searched = `, search centred on ${label.slice(0, 40)}`;
  }
  await page.screenshot({ path: screenshot });
  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  console.log(`OK: ${rows.length} layers listed, ${painted} painted pixels, popup: ${popup.slice(0, 80)}${searched}`);
} finally {
  await browser.close();
}
