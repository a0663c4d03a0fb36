/**
 * The category picker's groups: 部件 first, then 事件, each by major class (大类) when the server
 * knows it, names sorted as Chinese readers expect (pinyin order of the zh locale).
 * @param {{name: string, mainClass: string, majorName?: string|null, code?: string|null}[]} categories
 * @returns {{mainClass: string, label: string, items: {name: string, mainClass: string}[]}[]}
 */
export function categoryGroups(categories) {
  const order = (main) => (main === '部件' ? 0 : 1);
  const groups = new Map();
  for (const c of categories) {
    const label = c.majorName ? `${c.mainClass} · ${c.majorName}` : c.mainClass;
    if (!groups.has(label)) groups.set(label, { mainClass: c.mainClass, label, items: [] });
    groups.get(label).items.push({ name: c.name, mainClass: c.mainClass });
  }
  const collator = new Intl.Collator('zh-CN');
  for (const g of groups.values()) g.items.sort((a, b) => collator.compare(a.name, b.name));
  return [...groups.values()].sort((a, b) => order(a.mainClass) - order(b.mainClass) || collator.compare(a.label, b.label));
}
