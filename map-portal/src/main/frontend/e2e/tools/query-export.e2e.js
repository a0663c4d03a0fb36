// Export from the attribute table: the filtered rows as CSV (UTF-8 BOM) and the selection as a
// zipped Shapefile (GBK .cpg, .prj), downloaded and read back in node.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { filterBy, openTable } from './query-table.e2e.js';

/** The entries of a zip file: name → bytes (stored or deflated), from its central directory. */
function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const entries = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < entries; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataAt, dataAt + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Splits CSV text into records, honouring quoted fields with commas and newlines. */
function csvRecords(text) {
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

async function download(t) {
  const [file] = await Promise.all([t.page.waitForEvent('download', { timeout: 30000 }), t.page.click('.export-download')]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

export const tests = [
  {
    name: 'export the filtered table as CSV and the selection as a GBK shapefile',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await openTable(t);
      const n = await filterBy(t, 'diameter_mm', '>=', 500);
      await page.click('.export-panel summary');
      await page.selectOption('.export-format', 'csv');
      await page.selectOption('.export-crs', 'EPSG:4548');
      const csv = await download(t);
      t.expect(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf, 'the CSV has no UTF-8 BOM');
      const records = csvRecords(csv.bytes.toString('utf8').slice(1)).filter((r) => r.length > 1);
      t.expect(records.length - 1 === n, `CSV has ${records.length - 1} rows, the table ${n}`);
      const header = records[0];
      const diameter = header.indexOf('diameter_mm');
      t.expect(diameter >= 0 && records.slice(1).every((r) => Number(r[diameter]) >= 500), 'CSV rows outside the filter');
      // 4548 coordinates are GK metres, not degrees.
      const wkt = records[1].find((v) => /^(MULTI)?LINESTRING/.test(v));
      const x = Number(/\(+\s*([\d.]+)/.exec(wkt)?.[1]);
      t.expect(x > 100000 && x < 900000, `CSV geometry not in GK metres: ${wkt?.slice(0, 60)}`);
      t.expect(await page.locator('.export-message').textContent().then((s) => s.includes('已下载')), 'no download message');
      // The selection (two rows) as a zipped Shapefile in GBK.
      const rows = page.locator('.attr-table tbody tr');
      const ids = [await rows.nth(0).getAttribute('data-fid'), await rows.nth(1).getAttribute('data-fid')];
      const features = await Promise.all(ids.map((id) => t.api(`/api/layers/pipe_ws_segments/features/${encodeURIComponent(id)}`)));
      await page.evaluate((fs) => window.onemap.ctx.selection.set('pipe_ws_segments', fs), features);
      await page.selectOption('.export-scope', 'selection');
      await page.selectOption('.export-format', 'shp');
      await page.selectOption('.export-charset', 'GBK');
      await page.selectOption('.export-crs', 'EPSG:4490');
      const shp = await download(t);
      t.expect(shp.name.endsWith('.zip'), `shapefile download named ${shp.name}`);
      const files = unzip(shp.bytes);
      const names = [...files.keys()];
      const ext = (e) => names.find((f) => f.toLowerCase().endsWith(e));
      t.expect(ext('.shp') && ext('.shx') && ext('.dbf') && ext('.prj') && ext('.cpg'), `zip holds ${names}`);
      t.expect(/GBK|936/i.test(files.get(ext('.cpg')).toString('latin1')), `.cpg says ${files.get(ext('.cpg'))}`);
      t.expect(/GEOGCS|CGCS|2000/i.test(files.get(ext('.prj')).toString('latin1')), '.prj is not CGCS2000');
      const dbf = files.get(ext('.dbf'));
      t.expect(dbf.readUInt32LE(4) === 2, `the DBF holds ${dbf.readUInt32LE(4)} records, 2 selected`);
      // Nothing selected: a Chinese message, no file.
      await page.evaluate(() => window.onemap.ctx.selection.clear());
      await page.click('.export-download');
      t.expect((await page.locator('.export-message').textContent()).includes('没有所选要素'), 'no message for an empty selection');
      await t.shot('export');
    },
  },
];
