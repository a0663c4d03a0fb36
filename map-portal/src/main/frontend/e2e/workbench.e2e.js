// The workbench's browser tests: every e2e/tools/*.e2e.js file exports `tests`, each run as a user
// would, at a desktop (1440×900) and a phone (390×844) size, in Debian's Chromium driven by
// playwright-core (no downloaded browser). Usage: node e2e/workbench.e2e.js <base-url>
// Environment: E2E_LOGIN=user:password (the admin, for signIn() and api()), E2E_SHOTS=<dir> where
// screenshots go (default target/workbench-shots), E2E_ONLY=<substring> runs the tests whose file
// or name contains it. Prints PASS/FAIL per test and size; exits 1 if any failed.
//
// A test: { name, sizes: ['desktop', 'phone'], run: async (t) => {...} } where t has page, size,
// base, signIn(), api(path, options), shot(name), expect(condition, message), waitDrawn(),
// waitFor(fn, what, timeout), errors (page errors so far).
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { waitDrawn } from './tiles.js';

const SIZES = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};
const here = dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] ?? 'http://127.0.0.1:8080/').replace(/\/?$/, '/');
const [user, password] = (process.env.E2E_LOGIN ?? ':').split(/:(.*)/s);
const shots = resolve(process.env.E2E_SHOTS ?? 'target/workbench-shots');
const only = process.env.E2E_ONLY ?? '';
const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 120000);
mkdirSync(shots, { recursive: true });

class Failure extends Error {}

/** Basic-auth JSON calls from node, as the admin (test set-up and cross-checks). */
async function api(path, options = {}) {
  const response = await fetch(new URL(path, base), {
    ...options,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      'X-OneMap-Client': 'e2e',
      ...(options.headers ?? {}),
    },
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  if (!response.ok && !options.allowError) throw new Failure(`${options.method ?? 'GET'} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return options.allowError ? { status: response.status, body } : body;
}

const files = readdirSync(join(here, 'tools'))
  .filter((f) => f.endsWith('.e2e.js'))
  .sort();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
});
const results = [];
try {
  for (const file of files) {
    const { tests } = await import(pathToFileURL(join(here, 'tools', file)).href);
    for (const test of tests) {
      if (only && !file.includes(only) && !test.name.includes(only)) continue;
      for (const size of test.sizes ?? ['desktop', 'phone']) {
        results.push(await runOne(file, test, size));
      }
    }
  }
} finally {
  await browser.close();
}
const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 || results.length === 0 ? 1 : 0);

async function runOne(file, test, size) {
  const label = `${file.replace('.e2e.js', '')} › ${test.name} [${size}]`;
  const context = await browser.newContext({ ...SIZES[size], locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const slug = `${file.replace('.e2e.js', '')}-${test.name}`.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
  const t = {
    page,
    size,
    base,
    errors,
    api,
    phone: size === 'phone',
    expect(condition, message) {
      if (!condition) throw new Failure(message);
    },
    async waitFor(fn, what, timeout = 20000) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await fn();
        if (value) return value;
        if (Date.now() > end) throw new Failure(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    },
    waitDrawn: () => waitDrawn(page),
    async shot(name) {
      await page.screenshot({ path: join(shots, `${slug}-${name}-${size}.png`) });
    },
    /** Opens the page and waits for the catalog and the first drawn tiles. */
    async open(hash = '') {
      await page.goto(new URL(hash, base).href, { waitUntil: 'load' });
      await page.waitForFunction(() => Number(document.body.dataset.layers ?? 0) > 0 && document.body.dataset.toolsReady === 'true', null, { timeout: 60000 });
      await waitDrawn(page);
    },
    /** Signs in through the page's form (folded behind a button on a phone). */
    async signIn(username = user, pass = password) {
      if (await page.locator('.account-toggle').isVisible()) await page.click('.account-toggle');
      await page.fill('.account input[name="username"]', username);
      await page.fill('.account input[name="password"]', pass);
      const before = await page.evaluate(() => Number(document.body.dataset.layers));
      await page.click('.account button[type="submit"]');
      await page.waitForSelector('.account-toggle', { state: 'detached', timeout: 20000 });
      await page.waitForFunction((n) => Number(document.body.dataset.layers) >= n, before);
      await waitDrawn(page);
    },
    /** Opens a dock tool from the top bar. */
    async tool(id) {
      const button = page.locator(`#tools button[data-tool="${id}"]`);
      if (!(await button.isVisible())) {
        const group = await button.getAttribute('data-group');
        await page.click(`#tools button.tool-group-button[data-group="${group}"]`);
      }
      await button.click();
      await page.waitForSelector(`#dock[data-tool="${id}"] .dock-body > *:not(.dock-loading)`, { timeout: 20000 });
    },
  };
  const started = Date.now();
  try {
    await Promise.race([
      test.run(t),
      new Promise((_, reject) => setTimeout(() => reject(new Failure(`over ${TEST_TIMEOUT_MS} ms`)), TEST_TIMEOUT_MS)),
    ]);
    if (errors.length) throw new Failure(`page errors: ${errors.join(' | ')}`);
    await t.shot('end');
    console.log(`PASS ${label} (${Date.now() - started} ms)`);
    return { ok: true, label };
  } catch (e) {
    console.log(`FAIL ${label}: ${e instanceof Failure ? e.message : e.stack}`);
    await page.screenshot({ path: join(shots, `${slug}-FAILED-${size}.png`) }).catch(() => {});
    return { ok: false, label };
  } finally {
    await context.close();
  }
}
