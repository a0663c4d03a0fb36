// First-map and pan/zoom times of the workbench page in Debian's Chromium (playwright-core from
// the portal's frontend node_modules). Usage: node pagebench.mjs <label>=<base-url> ... [--runs N]
// Per server: cold loads (new browser context: empty cache) and warm loads (same context again:
// hashed assets from the browser cache), each timed from navigation start until the first view's
// tiles are all drawn; then a zoom-in and a pan, timed until no tile is in flight; and the bytes
// of script and style transferred on a cold load. Prints one table.
import { createRequire } from 'node:module';
import { join } from 'node:path';

// playwright-core is the portal front end's dev dependency: resolved from there (the cwd).
const { chromium } = createRequire(join(process.cwd(), 'package.json'))('playwright-core');

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 8;
const servers = args.filter((a, i) => a.includes('=') && i !== runsAt + 1).map((a) => a.split(/=(.*)/s));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** ms from navigation start until the view is drawn (no tile in flight, a layer drawn, rendered). */
async function load(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => Number(document.body?.dataset.layers ?? 0) > 0 && document.body.dataset.loading === '0' && Number(document.body.dataset.features ?? 0) > 0,
    null,
    { timeout: 60000, polling: 10 },
  );
  return page.evaluate(() => new Promise((resolve) => {
    window.onemap.map.once('rendercomplete', () => resolve(performance.now()));
    window.onemap.map.render();
  }));
}

/** ms until no tile is in flight after `act` (a zoom or pan). */
async function settle(page, act) {
  return page.evaluate(async (what) => {
    const view = window.onemap.map.getView();
    const start = performance.now();
    if (what === 'zoom') view.setZoom(view.getZoom() + 1);
    else {
      const [x, y] = view.getCenter();
      const size = window.onemap.map.getSize();
      view.setCenter([x + view.getResolution() * size[0] * 0.5, y]);
    }
    const loadedBefore = Number(document.body.dataset.tilesLoaded);
    await new Promise((r) => window.onemap.map.once('postrender', r));
    // The status attributes are updated once per animation frame: wait for the new tiles to start.
    const begun = performance.now();
    await new Promise((resolve) => {
      const check = () =>
        document.body.dataset.loading !== '0' || Number(document.body.dataset.tilesLoaded) > loadedBefore || performance.now() - begun > 1000
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    await new Promise((resolve) => {
      const check = () => (document.body.dataset.loading === '0' ? resolve() : setTimeout(check, 5));
      check();
    });
    return performance.now() - start;
  }, act);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const rows = [];
for (const [label, base] of servers) {
  const cold = [];
  const warm = [];
  const zoom = [];
  const pan = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    cold.push(await load(page, base));
    if (i === 0) {
      bytes = await page.evaluate(() =>
        performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
          .filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname) || e.entryType === 'navigation')
          .reduce((s, e) => s + (e.transferSize || e.encodedBodySize || 0), 0));
    }
    warm.push(await load(page, base));
    zoom.push(await settle(page, 'zoom'));
    pan.push(await settle(page, 'pan'));
    await context.close();
  }
  rows.push({ label, cold, warm, zoom, pan, bytes });
}
await browser.close();

const ms = (x) => `${Math.round(x)}`;
console.log(`\nWorkbench page, 1440×900, ${runs} runs each (median / p90 ms; goal: first map < 1500 ms from a warm server)`);
console.log('| server | first map, empty cache | first map, cached | zoom in, tiles drawn | pan ½ screen, tiles drawn | page + JS + CSS transferred |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.label} | ${ms(median(r.cold))} / ${ms(p90(r.cold))} | ${ms(median(r.warm))} / ${ms(p90(r.warm))} | ${ms(median(r.zoom))} / ${ms(p90(r.zoom))} | ${ms(median(r.pan))} / ${ms(p90(r.pan))} | ${(r.bytes / 1024).toFixed(0)} kB |`);
}
