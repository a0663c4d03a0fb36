import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fieldsOf, outcomesOf, requiredFor, whenRequired } from './formSchema.js';

/** The shipped form of 处置, as the server deploys it. */
const handle = JSON.parse(readFileSync(new URL('../../../../../../../workflow/src/main/resources/workflow/process/forms/handle.json', import.meta.url), 'utf8'));

const withOpinion = {
  type: 'object',
  required: ['opinion', 'outcome'],
  properties: { outcome: { enum: ['register', 'merge'] }, opinion: { title: '立案意见', type: 'string' }, mergeInto: { title: '合并到案件' } },
  allOf: [{ if: { properties: { outcome: { const: 'merge' } } }, then: { required: ['mergeInto'] } }],
};

test('a form lists its actions with their Chinese titles', () => {
  assert.deepEqual(
    outcomesOf(handle).map((o) => o.title),
    ['处置完毕', '回退', '申请延期', '申请挂账'],
  );
  assert.deepEqual(outcomesOf(withOpinion)[0], { value: 'register', title: 'register' });
});

test('a form lists its fields but the outcome', () => {
  assert.deepEqual(
    fieldsOf(handle).map((f) => f.name),
    ['note', 'extensionHours'],
  );
  assert.equal(fieldsOf(handle)[1].type, 'integer');
  assert.equal(fieldsOf(handle)[1].maximum, 240);
});

test('a form says what each action requires (if/then with enum or const)', () => {
  assert.deepEqual([...requiredFor(handle, 'done')], []);
  assert.deepEqual([...requiredFor(handle, 'return')], ['note']);
  assert.deepEqual([...requiredFor(handle, 'extend')].sort(), ['extensionHours', 'note']);
  assert.deepEqual([...requiredFor(withOpinion, 'merge')].sort(), ['mergeInto', 'opinion']);
  assert.equal(whenRequired(withOpinion, 'opinion'), 'always');
  assert.deepEqual(whenRequired(handle, 'note'), ['return', 'extend', 'suspend']);
});
