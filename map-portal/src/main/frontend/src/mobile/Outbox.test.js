import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryOutboxStorage, Outbox } from './Outbox.js';
import { deliverReport } from './deliverReport.js';

/** A fake server: files each idempotency key once, counts photo uploads; `offline` makes calls fail. */
function fakeServer() {
  const server = { offline: false, cases: new Map(), photos: [], reports: 0, refuse: null };
  const fail = (retryable, message) => Object.assign(new Error(message), { retryable });
  server.api = {
    async report(report) {
      if (server.offline) throw fail(true, 'offline');
      server.reports++;
      if (server.refuse) throw fail(false, server.refuse);
      if (!server.cases.has(report.idempotencyKey)) {
        server.cases.set(report.idempotencyKey, { caseNo: `CG${server.cases.size + 1}`, attributes: { address: '仁康西路183号', bgid: '44140200100101' } });
      }
      return server.cases.get(report.idempotencyKey);
    },
    async uploadPhoto(caseNo, stage, blob) {
      if (server.offline) throw fail(true, 'offline');
      server.photos.push({ caseNo, stage, blob });
    },
  };
  return server;
}

function outboxOn(server, storage = new MemoryOutboxStorage()) {
  let t = 0;
  return new Outbox(storage, (item, save) => deliverReport(item, save, server.api), { now: () => ++t });
}

const report = { category: '暴露垃圾', mainClass: '事件', description: '路口垃圾', lon: 116.112, lat: 24.288, urgency: 'NORMAL' };

test('a report made offline waits, then is sent once with its photo when online', async () => {
  const server = fakeServer();
  server.offline = true;
  const outbox = outboxOn(server);
  await outbox.add('k1', report, 'photo-bytes');
  await outbox.flush();
  assert.equal(await outbox.waiting(), 1);
  assert.equal((await outbox.items())[0].state, 'pending');
  assert.equal(server.cases.size, 0);

  server.offline = false;
  await outbox.flush();
  await outbox.flush();
  const [item] = await outbox.items();
  assert.equal(item.state, 'sent');
  assert.equal(item.caseNo, 'CG1');
  assert.deepEqual(item.filed, { address: '仁康西路183号', grid: '44140200100101' });
  assert.equal(item.photo, null, 'the phone drops its copy once sent');
  assert.equal(server.cases.size, 1);
  assert.equal(server.photos.length, 1);
  assert.equal(server.photos[0].stage, 'REPORT');
  assert.equal(await outbox.waiting(), 0);
});

test('concurrent flushes (online event and start-up together) send once', async () => {
  const server = fakeServer();
  const outbox = outboxOn(server);
  await outbox.add('k1', report, 'p');
  await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
  assert.equal(server.reports, 1);
  assert.equal(server.photos.length, 1);
});

test('the same key added twice is one item', async () => {
  const outbox = outboxOn(fakeServer());
  await outbox.add('k1', report);
  await outbox.add('k1', report);
  assert.equal((await outbox.items()).length, 1);
  assert.equal((await outbox.items())[0].report.idempotencyKey, 'k1');
});

test('a case filed but whose photo failed resends only the photo', async () => {
  const server = fakeServer();
  const outbox = outboxOn(server);
  const upload = server.api.uploadPhoto;
  server.api.uploadPhoto = async () => {
    throw Object.assign(new Error('lost'), { retryable: true });
  };
  await outbox.add('k1', report, 'p');
  await outbox.flush();
  let [item] = await outbox.items();
  assert.equal(item.state, 'pending');
  assert.equal(item.caseNo, 'CG1');
  server.api.uploadPhoto = upload;
  await outbox.flush();
  [item] = await outbox.items();
  assert.equal(item.state, 'sent');
  assert.equal(server.reports, 1, 'the case is not posted again');
  assert.equal(server.photos.length, 1);
});

test('an item left "sending" by a closed page is sent on the next start, the key keeping it one case', async () => {
  const server = fakeServer();
  const storage = new MemoryOutboxStorage();
  await server.api.report({ ...report, idempotencyKey: 'k1' }); // reached the server, answer lost
  await storage.put({ key: 'k1', report: { ...report, idempotencyKey: 'k1' }, photo: null, createdAt: 1, state: 'sending', attempts: 1 });
  const outbox = outboxOn(server, storage);
  await outbox.flush();
  const [item] = await outbox.items();
  assert.equal(item.state, 'sent');
  assert.equal(item.caseNo, 'CG1');
  assert.equal(server.cases.size, 1);
});

test('a refused report is marked failed and does not block the next; retry sends it again', async () => {
  const server = fakeServer();
  const outbox = outboxOn(server);
  server.refuse = '位置不在梅州市范围内';
  await outbox.add('bad', report);
  await outbox.flush();
  server.refuse = null;
  await outbox.add('good', report);
  await outbox.flush();
  const byKey = Object.fromEntries((await outbox.items()).map((i) => [i.key, i]));
  assert.equal(byKey.bad.state, 'failed');
  assert.equal(byKey.bad.error, '位置不在梅州市范围内');
  assert.equal(byKey.good.state, 'sent');
  await outbox.flush();
  assert.equal((await outbox.items()).find((i) => i.key === 'bad').state, 'failed', 'not retried by itself');
  await outbox.flush({ retryFailed: true });
  assert.equal((await outbox.items()).find((i) => i.key === 'bad').state, 'sent');
});

test('offline stops the flush at the first item; the order is oldest first', async () => {
  const server = fakeServer();
  const outbox = outboxOn(server);
  server.offline = true;
  await outbox.add('a', report);
  await outbox.add('b', report);
  await outbox.flush();
  assert.deepEqual((await outbox.items()).map((i) => [i.key, i.state, i.attempts]), [['b', 'pending', 0], ['a', 'pending', 1]]);
  server.offline = false;
  await outbox.flush();
  assert.deepEqual([...server.cases.values()].map((c) => c.caseNo), ['CG1', 'CG2']);
  assert.equal(server.cases.get('a').caseNo, 'CG1');
});

test('change events tell the app to redraw the queue', async () => {
  const outbox = outboxOn(fakeServer());
  let changes = 0;
  outbox.addEventListener('change', () => changes++);
  await outbox.add('k', report);
  await outbox.flush();
  assert.ok(changes >= 3);
  await outbox.remove('k');
  assert.equal((await outbox.items()).length, 0);
});

test('an item needs its key', async () => {
  await assert.rejects(outboxOn(fakeServer()).add('', report));
});
