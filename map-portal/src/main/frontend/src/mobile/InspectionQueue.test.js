import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InspectionQueue } from './InspectionQueue.js';
import { MemoryPatrolStore } from './PatrolStore.js';

test('inspections made offline are sent in order once online, with their own time', async () => {
  let online = false;
  const sent = [];
  const queue = new InspectionQueue(new MemoryPatrolStore(), async (objId, result, note, inspectedAt) => {
    if (!online) throw Object.assign(new Error('网络不可用'), { retryable: true });
    sent.push([objId, result, inspectedAt]);
    return {};
  });
  await queue.add({ objId: 'P2', result: '破损', inspectedAt: '2026-12-04T02:00:00.000Z' });
  await queue.add({ objId: 'P1', result: '完好', inspectedAt: '2026-12-04T01:00:00.000Z' });
  assert.equal(await queue.flush(), 0);
  assert.equal((await queue.waiting()).length, 2);
  online = true;
  assert.equal(await queue.flush(), 2);
  assert.deepEqual(sent, [
    ['P1', '完好', '2026-12-04T01:00:00.000Z'],
    ['P2', '破损', '2026-12-04T02:00:00.000Z'],
  ]);
  assert.equal((await queue.waiting()).length, 0);
});

test('a refused inspection is dropped, not retried for ever', async () => {
  const queue = new InspectionQueue(new MemoryPatrolStore(), async () => {
    throw Object.assign(new Error('不是您负责的网格'), { retryable: false });
  });
  await queue.add({ objId: 'P1', result: '完好', inspectedAt: '2026-12-04T01:00:00.000Z' });
  await queue.flush();
  assert.equal((await queue.waiting()).length, 0);
});
