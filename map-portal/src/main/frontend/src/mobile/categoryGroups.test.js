import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryGroups } from './categoryGroups.js';

test('部件 groups come before 事件, each by major class', () => {
  const groups = categoryGroups([
    { name: '暴露垃圾', mainClass: '事件', majorName: '市容环境' },
    { name: '井盖', mainClass: '部件', majorName: '公用设施' },
    { name: '乱张贴', mainClass: '事件', majorName: '市容环境' },
    { name: '其他', mainClass: '事件', majorName: null },
  ]);
  assert.deepEqual(groups.map((g) => g.label), ['部件 · 公用设施', '事件', '事件 · 市容环境']);
  assert.deepEqual(groups[2].items.map((i) => i.name), ['暴露垃圾', '乱张贴']);
  assert.equal(groups[0].items[0].mainClass, '部件');
});
