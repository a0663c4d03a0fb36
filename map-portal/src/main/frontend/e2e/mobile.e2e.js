// The grid managers' mobile app (/m) end to end, at a phone's 390×844 with an emulated GPS, in
// Debian's Chromium driven by playwright-core (as e2e/workbench.e2e.js). Usage:
//   E2E_LOGIN=admin:<password> E2E_SHOTS=/tmp/mobile-shots node e2e/mobile.e2e.js http://127.0.0.1:8191/
// Creates a grid manager for the grid at the GPS position and the centre's users (acceptor, shift
// leader, dispatcher, handler), signs in on /m, reports a case with a photo while offline, sees it
// queued (待发送 1), goes online and sees it filed exactly once with its photo; then the centre
// drives the case to 核查 and the grid manager passes it on /m with an after photo. Then a patrol
// (巡查) across the grid with a reload half way, its coverage, and a part inspection (部件).
// Prints PASS/FAIL per step; exits 1 on a failure. Screenshots of each screen go to E2E_SHOTS.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const base = (process.argv[2] ?? 'http://127.0.0.1:8080/').replace(/\/?$/, '/');
const [admin, adminPassword] = (process.env.E2E_LOGIN ?? ':').split(/:(.*)/s);
const shots = resolve(process.env.E2E_SHOTS ?? 'target/mobile-shots');
mkdirSync(shots, { recursive: true });
const LON = 116.112;
const LAT = 24.288;
const run = Date.now().toString(36);

/** A JSON call as `user` (Basic authentication), from node. */
async function api(path, { user = admin, password = adminPassword, ...options } = {}) {
  const response = await fetch(new URL(path, base), {
    ...options,
    headers: {
      Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      'X-OneMap-Client': 'e2e',
      ...(options.body ? { 'Content-Type': 'application/json' } : {}),
      ...(options.headers ?? {}),
    },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${path} as ${user}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const users = {};
async function createUser(prefix, role, department = '') {
  const username = `${prefix}${run}`;
  const password = `${username}-Pass-1`;
  await api('/api/admin/users', { method: 'POST', body: JSON.stringify({ username, password, displayName: username, department, roles: [role] }) });
  users[prefix] = { user: username, password };
  return users[prefix];
}
const as = (who) => users[who];

async function taskOf(who, caseNo) {
  const tasks = await api('/api/tasks', as(who));
  const task = tasks.find((t) => t.caseNo === caseNo);
  if (!task) throw new Error(`no task of ${caseNo} for ${who}: ${JSON.stringify(tasks).slice(0, 300)}`);
  return task;
}
async function complete(who, caseNo, body) {
  const task = await taskOf(who, caseNo);
  return api(`/api/tasks/${task.id}/complete`, { ...as(who), method: 'POST', body: JSON.stringify(body) });
}

let failed = 0;
function check(condition, message) {
  console.log(`${condition ? 'PASS' : 'FAIL'} ${message}`);
  if (!condition) failed++;
  return condition;
}
async function waitFor(fn, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Set-up through the admin API: the grid at the GPS position and the users.
const reverse = await api(`/api/reverse-geocode?x=${LON}&y=${LAT}`);
const gridCode = reverse.containing.find((c) => c.kind === 'grid')?.code;
if (!gridCode) throw new Error(`no grid at ${LON},${LAT}: ${JSON.stringify(reverse).slice(0, 300)}`);
const gm = await createUser('gm', 'GRID_MANAGER');
await createUser('acc', 'ACCEPTOR');
await createUser('lead', 'SHIFT_LEADER');
await createUser('disp', 'DISPATCHER');
await createUser('water', 'HANDLER', 'SZJ');
await api(`/api/admin/users/${gm.user}/grids`, { method: 'PUT', body: JSON.stringify({ grids: [gridCode] }) });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN',
    geolocation: { longitude: LON, latitude: LAT, accuracy: 25 }, permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const shot = (name) => page.screenshot({ path: join(shots, `mobile-${name}.png`) });
  const tab = (name) => page.click(`.m-tab[data-tab="${name}"]`);

  // Sign in.
  await page.goto(new URL('m', base).href);
  await page.waitForSelector('.m-signin input[name="username"]');
  await shot('1-signin');
  await page.fill('input[name="username"]', gm.user);
  await page.fill('input[name="password"]', gm.password);
  await page.click('.m-signin button[type="submit"]');
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
  await page.waitForFunction((code) => document.querySelector('.m-grid-title')?.textContent.includes(code), gridCode, { timeout: 20000 });
  check(true, `signed in on /m as ${gm.user}; grid ${gridCode} outlined`);
  // The service worker takes the page (the shell is cached for offline starts).
  const controlled = await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20000 }).then(() => true, () => false);
  check(controlled, 'the service worker controls /m');
  await page.waitForTimeout(2500);
  await shot('2-grid');

  // 下载离线地图: the grid's tiles into the offline cache.
  await page.click('.m-offline-map');
  const cachedText = await waitFor(async () => {
    const t = await page.textContent('.m-offline-status');
    return /已缓存|失败/.test(t) ? t : null;
  }, 'offline map download', 60000);
  check(/已缓存 \d+/.test(cachedText), `offline map: ${cachedText}`);
  await shot('3-offline-map');

  // Offline: report with a photo; it waits in the outbox.
  await context.setOffline(true);
  await page.waitForFunction(() => document.body.dataset.online === 'false');
  await tab('report');
  /** A small JPEG drawn in the page: a green ground with a brown heap of `color`. */
  const makeJpeg = async (color) =>
    Buffer.from(
      await page.evaluate(async (heap) => {
        const c = Object.assign(document.createElement('canvas'), { width: 320, height: 240 });
        const g = c.getContext('2d');
        g.fillStyle = '#6b8e23';
        g.fillRect(0, 0, 320, 240);
        g.fillStyle = heap;
        g.fillRect(100, 90, 120, 80);
        const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.9));
        return [...new Uint8Array(await blob.arrayBuffer())];
      }, color),
    );
  const jpeg = await makeJpeg('#8b4513');
  await page.setInputFiles('.m-report input[name="photo"]', { name: 'trash.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await page.waitForSelector('.m-preview:not([hidden])');
  await page.waitForFunction(() => !/尚未定位/.test(document.querySelector('.m-position-text').textContent));
  await page.selectOption('select[name="category"]', '暴露垃圾');
  const description = `路口垃圾堆放 e2e ${run}`;
  await page.fill('textarea[name="description"]', description);
  await page.click('.m-seg[data-urgency="URGENT"]');
  await shot('4-report-form');
  await page.click('.m-submit');
  await page.waitForSelector('.m-outbox-item[data-state="pending"]');
  check((await page.textContent('.m-outbox-chip')).includes('待发送 1'), 'offline: the report is queued (待发送 1)');
  await shot('5-queued');
  const before = await api('/api/cases?limit=50', gm);
  check(!before.some((c) => c.attributes?.description === description), 'nothing reached the server while offline');

  // A restart while offline: the shell comes from the service worker, the queue from IndexedDB.
  const offlineFailures = [];
  const onFailed = (r) => offlineFailures.push(`${r.url().replace(base, '/')} ${r.failure()?.errorText ?? ''}`);
  const onConsole = (m) => m.type() === 'error' && offlineFailures.push(`console: ${m.text()}`);
  page.on('requestfailed', onFailed);
  page.on('console', onConsole);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 }).catch(() => {});
  const restarted = await page
    .waitForFunction(() => document.querySelector('.m-outbox-chip[data-count]')?.textContent, null, { timeout: 5000 })
    .then((h) => h.jsonValue(), () => '');
  page.off('requestfailed', onFailed);
  page.off('console', onConsole);
  check(
    restarted.includes('待发送 1'),
    `offline restart: the app starts from cache with the queue (${restarted || 'no app'}; failed: ${offlineFailures.slice(0, 6).join(' | ') || 'none'})`,
  );
  await shot('6-offline-restart');

  // Online: sent once.
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  if (!(await page.locator('.m-outbox-item').count())) await tab('report');
  await tab('report');
  await page.waitForSelector('.m-outbox-item[data-state="sent"]', { timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('.m-outbox-chip').hidden);
  await shot('7-sent');
  // Another start online must not send it again.
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
  await page.waitForTimeout(1500);
  const after = (await api('/api/cases?limit=50', gm)).filter((c) => c.attributes?.description === description);
  check(after.length === 1, `online: exactly one case with the description (${after.map((c) => c.caseNo).join(', ')})`);
  const caseNo = after[0].caseNo;
  check(after[0].attributes.bgid === gridCode, `filed under grid ${after[0].attributes.bgid}, address ${after[0].attributes.address}`);
  const photos = await api(`/api/cases/${caseNo}/photos`, gm);
  check(photos.length === 1, `its photo is listed (${photos.length})`);

  await tab('mine');
  await page.waitForSelector(`.m-case[data-case="${caseNo}"]`);
  await shot('8-mine');

  // The centre: register, approve, dispatch to 水务局 (SZJ), handled.
  await complete('acc', caseNo, { outcome: 'register' });
  await complete('lead', caseNo, { outcome: 'approve' });
  await complete('disp', caseNo, { outcome: 'dispatch', department: 'SZJ' });
  await complete('water', caseNo, { outcome: 'done', note: '已清理' });
  const verify = await taskOf('gm', caseNo);
  check(verify.key === 'verify', `the grid manager has the 核查 task (${verify.key})`);

  // On /m: 我的任务 → 通过 with an after photo.
  await tab('tasks');
  await page.waitForSelector(`.m-tasks .m-card[data-case="${caseNo}"]`);
  await page.waitForSelector(`.m-tasks .m-card[data-case="${caseNo}"] .m-thumb`, { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(800);
  await shot('9-task');
  const card = page.locator(`.m-tasks .m-card[data-case="${caseNo}"]`);
  await card.locator('.m-fail').click();
  check((await card.locator('.m-error').textContent()).includes('核查意见'), '不通过 without a note is refused on the phone');
  await card.locator('input[name="after"]').setInputFiles({ name: 'after.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg('#6b8e23') });
  await card.locator('textarea[name="note"]').fill('现场已清理干净');
  await card.locator('.m-pass').click();
  await page.waitForFunction((no) => !document.querySelector(`.m-tasks .m-card[data-case="${no}"]`), caseNo, { timeout: 20000 });
  await shot('10-task-passed');
  const view = await api(`/api/cases/${caseNo}`, gm);
  check(view.task?.key === 'close' || /结案|核查通过/.test(view.attributes.status), `after 通过: status ${view.attributes.status}, next ${view.task?.key}`);
  const stages = (await api(`/api/cases/${caseNo}/photos`, gm)).map((p) => p.stage);
  check(stages.includes('VERIFY'), `the after photo is stored with stage VERIFY (${stages.join(', ')})`);

  // Online, position tapped on the map: sent at once, the answer names the address and grid.
  await tab('report');
  await page.click('.m-pick');
  await page.waitForSelector('.m-banner:not([hidden])');
  await page.mouse.click(195, 420);
  await page.waitForFunction(() => document.body.dataset.tab === 'report' && /地图选点/.test(document.querySelector('.m-position-text').textContent));
  await page.selectOption('select[name="category"]', '暴露垃圾');
  await page.fill('textarea[name="description"]', `地图选点上报 e2e ${run}`);
  await page.click('.m-submit');
  const answer = await waitFor(async () => {
    const t = await page.textContent('.m-report .m-message');
    return /案件号/.test(t) ? t : null;
  }, 'the answer to an online report');
  check(/地址：广东省梅州市/.test(answer) && /网格：\d{14}/.test(answer), `online report answered: ${answer.replace(/\n/g, ' / ')}`);
  await shot('11-online-report');

  // 巡查: start, walk west–east across the grid (a fix every 0.7 s, ~10 m apart: walking pace for
  // the server's jump filter), reload half way (the patrol goes on from IndexedDB), stop: the
  // upload's coverage and today's covered part are shown.
  const gridFeature = (await api(`/api/layers/unit_grids/features?limit=1&filter=${encodeURIComponent(`bgid = '${gridCode}'`)}`)).features[0];
  const ring = (gridFeature.geometry.type === 'MultiPolygon' ? gridFeature.geometry.coordinates[0][0] : gridFeature.geometry.coordinates[0]);
  const xs = ring.map((c) => c[0]);
  const ys = ring.map((c) => c[1]);
  const midLat = (Math.min(...ys) + Math.max(...ys)) / 2;
  const west = Math.min(...xs) + 0.0002;
  const east = Math.max(...xs) - 0.0002;
  const steps = 16;
  const walkTo = async (i) => {
    await context.setGeolocation({ longitude: west + ((east - west) * i) / (steps - 1), latitude: midLat, accuracy: 8 });
    await page.waitForTimeout(700);
  };
  await tab('grid');
  await page.click('.m-patrol');
  await page.waitForFunction(() => document.body.dataset.patrol === 'recording');
  check((await page.textContent('.m-patrol')).includes('结束巡查'), 'patrol started: the button reads 结束巡查');
  for (let i = 0; i < steps / 2; i++) await walkTo(i);
  const countBefore = Number((await page.textContent('.m-patrol-status')).match(/(\d+) 个点/)?.[1] ?? 0);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
  await page.waitForFunction(() => document.body.dataset.patrol === 'recording', null, { timeout: 10000 }).catch(() => {});
  const resumedText = await page.textContent('.m-patrol-status');
  const countAfter = Number(resumedText.match(/(\d+) 个点/)?.[1] ?? 0);
  check(countBefore >= 4 && countAfter >= countBefore, `a reload keeps the recording patrol (${countBefore} fixes before, ${countAfter} after: ${resumedText})`);
  for (let i = steps / 2; i < steps; i++) await walkTo(i);
  await shot('12-patrol-recording');
  await page.click('.m-patrol');
  const coverageText = await waitFor(async () => {
    const t = await page.textContent('.m-patrol-status');
    return /今日网格覆盖率/.test(t) ? t : null;
  }, 'the coverage after the patrol', 30000);
  const todayRatio = Number(await page.getAttribute('.m-patrol-status', 'data-coverage'));
  check(/覆盖率 \d+%/.test(coverageText) && todayRatio > 0, `after 结束巡查: ${coverageText.replace(/\n/g, ' / ')} (ratio ${todayRatio})`);
  await page.waitForTimeout(800);
  await shot('13-patrol-coverage');
  const patrols = await api('/api/patrols', gm);
  check(patrols.length === 1 && patrols[0].grid === gridCode && patrols[0].points >= 10, `the server has the patrol once (${patrols.map((p) => `${p.id}: ${p.points} points, ${p.lengthMetres} m, ${p.coverage}`).join('; ')})`);

  // 部件: the grid's parts with their last inspection; inspect one as 破损, then 上报案件 prefilled.
  await tab('parts');
  await page.waitForSelector('.m-part', { timeout: 20000 });
  // A part never inspected when there is one (a rerun on the same city inspected the first).
  const partId = await page.evaluate(() => {
    const cards = [...document.querySelectorAll('.m-part')];
    return (cards.find((c) => c.querySelector('.m-last-inspection').textContent === '从未巡检') ?? cards[0]).dataset.part;
  });
  const lastBefore = await page.textContent(`.m-part[data-part="${partId}"] .m-last-inspection`);
  await shot('14-parts');
  await page.click(`.m-part[data-part="${partId}"] .m-inspect`);
  await page.click(`.m-part[data-part="${partId}"] .m-result[data-result="破损"]`);
  await page.fill(`.m-part[data-part="${partId}"] textarea[name="inspection-note"]`, '井盖裂开 e2e');
  await shot('15-part-inspect');
  await page.click(`.m-part[data-part="${partId}"] .m-save-inspection`);
  await page.waitForSelector(`.m-part[data-part="${partId}"] .m-inspected`, { timeout: 15000 });
  const lastAfter = await page.textContent(`.m-part[data-part="${partId}"] .m-last-inspection`);
  check(lastAfter === '今天 破损', `part ${partId}: last inspection ${lastBefore} → ${lastAfter}`);
  const stored = await api(`/api/parts/${partId}`, gm);
  check(stored.state === '破损' && stored.history[0]?.result === '破损' && stored.history[0]?.note === '井盖裂开 e2e', `the part's new version: state ${stored.state}, ${stored.history.length} inspection(s)`);
  await shot('16-part-inspected');
  await page.click(`.m-part[data-part="${partId}"] .m-report-part`);
  await page.waitForFunction(() => document.body.dataset.tab === 'report');
  const prefilled = await page.inputValue('textarea[name="description"]');
  check(prefilled.includes(partId) && prefilled.includes('破损'), `上报案件 opens the report prefilled: ${prefilled}`);
  await shot('17-report-prefilled');

  // Offline, another part inspected as 丢失: kept on the phone (待提交), sent once online.
  await context.setOffline(true);
  await page.waitForFunction(() => document.body.dataset.online === 'false');
  await tab('parts');
  const offlinePart = await page.evaluate((done) => [...document.querySelectorAll('.m-part')].find((c) => c.dataset.part !== done)?.dataset.part, partId);
  await page.click(`.m-part[data-part="${offlinePart}"] .m-inspect`);
  await page.click(`.m-part[data-part="${offlinePart}"] .m-result[data-result="丢失"]`);
  const offlineSince = new Date(Date.now() - 1000).toISOString();
  await page.click(`.m-part[data-part="${offlinePart}"] .m-save-inspection`);
  await page.waitForSelector(`.m-part[data-part="${offlinePart}"] .m-inspected[data-queued="true"]`, { timeout: 10000 });
  const queuedText = await page.textContent(`.m-part[data-part="${offlinePart}"] .m-last-inspection`);
  check(/待提交/.test(queuedText), `offline inspection of ${offlinePart} waits on the phone: ${queuedText}`);
  await shot('18-part-offline');
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  const arrived = await waitFor(async () => {
    const p = await api(`/api/parts/${offlinePart}`, gm);
    return p.lastInspection?.result === '丢失' && p.lastInspection.inspectedAt >= offlineSince ? p : null;
  }, 'the offline inspection on the server', 20000).catch(() => null);
  check(arrived && arrived.history.filter((i) => i.inspectedAt >= offlineSince).length === 1, `online: the inspection reached the server once, at the phone's time (${arrived?.lastInspection?.inspectedAt ?? 'no'})`);
  await page.waitForFunction((id) => !/待提交/.test(document.querySelector(`.m-part[data-part="${id}"] .m-last-inspection`)?.textContent ?? '待提交'), offlinePart, { timeout: 10000 }).catch(() => {});
  check(!/待提交/.test(await page.textContent(`.m-part[data-part="${offlinePart}"] .m-last-inspection`)), 'the parts list shows it sent');
  check(errors.length === 0, `no page errors ${errors.join(' | ')}`);

  // The same app on a desktop browser (1440×900): the grid and the parts.
  const desktop = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', geolocation: { longitude: LON, latitude: LAT, accuracy: 25 }, permissions: ['geolocation'] });
  const wide = await desktop.newPage();
  await wide.goto(new URL('m', base).href);
  await wide.waitForSelector('.m-signin input[name="username"]');
  await wide.fill('input[name="username"]', gm.user);
  await wide.fill('input[name="password"]', gm.password);
  await wide.click('.m-signin button[type="submit"]');
  await wide.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30000 });
  await wide.waitForTimeout(2500);
  await wide.screenshot({ path: join(shots, 'mobile-desktop-grid.png') });
  await wide.click('.m-tab[data-tab="parts"]');
  await wide.waitForSelector('.m-part', { timeout: 20000 });
  await wide.screenshot({ path: join(shots, 'mobile-desktop-parts.png') });
  check(true, 'desktop 1440×900: grid and parts shown');
  await desktop.close();
} catch (e) {
  failed++;
  await browser.contexts()[0]?.pages()[0]?.screenshot({ path: join(shots, 'mobile-failure.png') }).catch(() => {});
  console.log(`FAIL ${e.stack}`);
} finally {
  await browser.close();
}
console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
