import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportedBy } from './MyCasesScreen.js';

test('my cases are those whose reporter (or first version) is me', () => {
  assert.equal(reportedBy({ attributes: { reporter: 'gm1' } }, 'gm1'), true);
  assert.equal(reportedBy({ attributes: { reporter: 'gm2' }, history: [{ by: 'gm1' }] }, 'gm1'), false);
  assert.equal(reportedBy({ attributes: {}, history: [{ by: 'gm1' }, { by: 'acc' }] }, 'gm1'), true);
  assert.equal(reportedBy({ attributes: {} }, 'gm1'), false, 'a loaded case without a reporter is not mine');
});
