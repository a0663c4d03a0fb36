// End-to-end check of the map page in Debian's Chromium, driven by playwright-core (no downloaded
// browsers). Usage: node e2e/map.e2e.js <base-url> <screenshot.png> <lon> <lat> <expected-title>
// Exits non-zero with a message when the page does not show the catalog's layers and features,
// or clicking the feature at (lon, lat) does not open its attribute popup.
import { chromium } from 'playwright-core';

const [baseUrl, screenshot, lon, lat, expectedTitle] = process.argv.slice(2);

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
  await page.screenshot({ path: screenshot });
  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  console.log(`OK: ${rows.length} layers listed, ${painted} painted pixels, popup: ${popup.slice(0, 80)}`);
} finally {
  await browser.close();
}
