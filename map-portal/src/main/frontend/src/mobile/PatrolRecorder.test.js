import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PatrolRecorder } from './PatrolRecorder.js';
import { MemoryPatrolStore } from './PatrolStore.js';

function recorder(upload) {
  let t = 1_700_000_000_000;
  let n = 0;
  return new PatrolRecorder(new MemoryPatrolStore(), upload, { now: () => (t += 1000), newId: () => `patrol-test-${++n}` });
}

const offline = () => Object.assign(new Error('网络不可用'), { retryable: true });

test('PatrolRecorder keeps fixes while recording and uploads them with the patrol id', async () => {
  const sent = [];
  const r = recorder(async (body) => (sent.push(body), { id: body.patrolId, coverage: 0.4 }));
  r.add({ lon: 116.1, lat: 24.29, accuracy: 5, t: 1 }); // not recording: ignored
  await r.start('G1');
  r.add({ lon: 116.1, lat: 24.29, accuracy: 5, t: 10 });
  r.add({ lon: 116.1, lat: 24.29, accuracy: 5, t: 10 }); // repeated: ignored
  r.add({ lon: 116.101, lat: 24.29, accuracy: 5, t: 20 });
  const done = await r.stop();
  assert.equal(sent.length, 1);
  assert.equal(sent[0].patrolId, 'patrol-test-1');
  assert.equal(sent[0].grid, 'G1');
  assert.deepEqual(sent[0].points.map((p) => p.t), [new Date(10).toISOString(), new Date(20).toISOString()]);
  assert.equal(done.state, 'sent');
  assert.equal(done.result.coverage, 0.4);
  assert.deepEqual(await r.store.fixes('patrol-test-1'), []);
});

test('PatrolRecorder keeps a patrol pending while offline and sends the same id later', async () => {
  let online = false;
  const sent = [];
  const r = recorder(async (body) => {
    if (!online) throw offline();
    sent.push(body.patrolId);
    return { id: body.patrolId };
  });
  await r.start('G1');
  r.add({ lon: 116.1, lat: 24.29, accuracy: 5, t: 10 });
  r.add({ lon: 116.101, lat: 24.29, accuracy: 5, t: 20 });
  assert.equal((await r.stop()).state, 'pending');
  assert.equal(await r.waiting(), 1);
  online = true;
  await r.flush();
  assert.deepEqual(sent, ['patrol-test-1']);
  assert.equal(await r.waiting(), 0);
});

test('PatrolRecorder marks a refused patrol failed', async () => {
  const r = recorder(async () => {
    throw Object.assign(new Error('轨迹太短'), { retryable: false });
  });
  await r.start('G1');
  r.add({ lon: 116.1, lat: 24.29, accuracy: 5, t: 10 });
  const done = await r.stop();
  assert.equal(done.state, 'failed');
  assert.equal(done.error, '轨迹太短');
});

test('PatrolRecorder resumes a recording after a reload, with its fixes', async () => {
  const first = recorder(async () => ({}));
  await first.start('G1');
  first.add({ lon: 116.1, lat: 24.29, accuracy: 5, t: 10 });
  first.add({ lon: 116.101, lat: 24.29, accuracy: 5, t: 20 });
  await first.writes;
  const again = new PatrolRecorder(first.store, async () => ({}));
  const open = await again.resume();
  assert.equal(open.id, 'patrol-test-1');
  assert.equal(again.recording, true);
  assert.equal(again.fixes.length, 2);
});

