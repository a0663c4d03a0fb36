// Import: a GeoJSON uploaded from the page into a new layer shows up in the layer tree and is drawn;
// a second file into that existing layer, matched on a key, updates, keeps and adds (history, audit);
// a file with a QC problem shows the problem in the report and its QC report downloads.
import { readFile } from 'node:fs/promises';

const square = (x, y, d = 0.002) => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]],
});

const feature = (code, name, geometry) => ({ type: 'Feature', properties: { code, name }, geometry });

/** Non-transparent pixels of one catalog layer, sampled on a grid of the map (its own tiles). */
async function layerPixels(page, layerId) {
  return page.evaluate((id) => {
    const { map, ctx } = window.onemap;
    const layer = ctx.olLayer(id);
    // Until the rebuilt layer has rendered once it has no pixels to give (0: the caller waits).
    if (!layer?.getVisible()) return 0;
    const [w, h] = map.getSize();
    let n = 0;
    try {
      for (let x = 2; x < w; x += 6) {
        for (let y = 2; y < h; y += 6) {
          const data = layer.getData([x, y]);
          if (data && data[3] > 0) n++;
        }
      }
    } catch {
      return 0;
    }
    return n;
  }, layerId);
}

async function chooseAndImport(t, { id, title, geojson, name, idKey = '' }) {
  const { page } = t;
  await t.tool('import');
  const form = page.locator('.import-form');
  const label = form.locator('.file-picker-button');
  t.expect((await label.textContent()).trim() === '选择文件', 'the file button is not labelled 选择文件');
  const native = await form.locator('input[type="file"]').boundingBox();
  t.expect(!native || native.width <= 1, 'the native file input is visible');
  await form.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(geojson)),
  });
  t.expect((await form.locator('.file-picker-name').textContent()) === name, 'the chosen file is not named');
  await form.locator('input[name="layerId"]').fill(id);
  await form.locator('input[name="title"]').fill(title);
  await form.locator('select[name="kind"]').selectOption('THEMATIC');
  await form.locator('input[name="idKey"]').fill(idKey);
  await form.locator('button[type="submit"]').click();
  await page.waitForSelector('.import-status[data-state="SUCCEEDED"]', { timeout: 90000 });
  return page.locator('.import-status');
}

export const tests = [
  {
    name: 'import a GeoJSON into a new layer',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const id = `e2e_parcels_${Date.now().toString(36)}`;
      const geojson = {
        type: 'FeatureCollection',
        features: [
          feature('P1', '地块一', square(116.115, 24.288)),
          feature('P2', '地块二', square(116.119, 24.288)),
          feature('P3', '地块三', square(116.117, 24.291)),
        ],
      };
      const status = await chooseAndImport(t, { id, title: '导入测试地块', geojson, name: 'parcels.geojson', idKey: 'code' });
      const report = await status.locator('.import-report').textContent();
      t.expect(/新增\s*3/.test(report), `report: ${report}`);
      t.expect((await status.textContent()).includes('已加入图层树'), 'no added message');
      // The layer is in the tree, checked, and its features are drawn on the map.
      const row = page.locator(`[data-layer="${id}"]`);
      await t.waitFor(async () => (await row.count()) > 0, 'the new layer in the tree');
      t.expect((await row.textContent()).includes('导入测试地块'), 'the tree row lacks the title');
      await t.waitDrawn();
      const pixels = await t.waitFor(async () => (await layerPixels(page, id)) || null, 'pixels of the imported layer', 40000);
      t.expect(pixels > 20, `only ${pixels} sampled pixels of the imported layer`);
      const layers = await t.api('/api/layers');
      t.expect(layers.some((l) => l.id === id && l.kind === 'THEMATIC'), 'the layer is not in the catalog');
      await t.shot('imported');

      // Again into the now existing layer, matched on 编号: one renamed, one the same, one new.
      const form = page.locator('.import-form');
      await form.locator('input[name="target"][value="existing"]').check();
      await form.locator('select[name="layer"]').selectOption(id);
      await form.locator('select[name="mode"]').selectOption('key');
      await form.locator('input[name="key"]').fill('code');
      await form.locator('input[type="file"]').setInputFiles({
        name: 'parcels-2026.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(
          JSON.stringify({
            type: 'FeatureCollection',
            features: [
              feature('P1', '地块一（更名）', square(116.115, 24.288)),
              feature('P2', '地块二', square(116.119, 24.288)),
              feature('P4', '地块四', square(116.121, 24.291)),
            ],
          }),
        ),
      });
      await form.locator('button[type="submit"]').click();
      await t.waitFor(async () => {
        const text = await status.locator('.import-report').textContent().catch(() => '');
        return (await status.getAttribute('data-state')) === 'SUCCEEDED' && /新增\s*1/.test(text) ? text : null;
      }, 'the second import into the existing layer', 90000);
      const second = await status.locator('.import-report').textContent();
      t.expect(/更新\s*1/.test(second) && /未变\s*1/.test(second), `report: ${second}`);
      const history = await t.api(`/api/layers/${id}/features/P1/history`);
      const versions = history.versions ?? history.features ?? history;
      t.expect(Array.isArray(versions) && versions.length === 2, `P1 history: ${JSON.stringify(history).slice(0, 300)}`);
      const audited = await t.api(`/api/admin/audit?action=FEATURES_EDITED&target=${id}`);
      t.expect(audited[0]?.detail.startsWith('inserted 1, updated 1, deleted 0'), `audit: ${JSON.stringify(audited).slice(0, 300)}`);
      await t.shot('imported-existing');

      // Removed again in 图层管理: a wrong id in the confirmation keeps it, the right one removes it everywhere.
      await t.tool('admin-layers');
      await page.locator('.admin-layers select[name="layer"]').selectOption(id);
      page.once('dialog', (d) => d.accept('wrong_id'));
      await page.locator('.admin-layers button[data-action="remove-layer"]').click();
      await page.locator('.admin-layers .admin-notice[data-kind="error"]', { hasText: '不符' }).waitFor({ timeout: 10000 });
      t.expect((await t.api(`/api/layers/${id}`, { allowError: true })).status === 200, 'removed without confirmation');
      page.once('dialog', (d) => d.accept(id));
      await page.locator('.admin-layers button[data-action="remove-layer"]').click();
      await page.locator('.admin-layers .admin-notice[data-kind="ok"]', { hasText: '已删除图层' }).waitFor({ timeout: 15000 });
      t.expect((await t.api(`/api/layers/${id}`, { allowError: true })).status === 404, 'the layer is still served');
      await t.waitFor(async () => (await page.locator(`#layers [data-layer="${id}"]`).count()) === 0, 'the layer gone from the tree');
    },
  },
  {
    name: 'an import with a QC problem shows it and the QC report downloads',
    sizes: ['phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const id = `e2e_qc_${Date.now().toString(36)}`;
      const geojson = {
        type: 'FeatureCollection',
        features: [
          feature('H1', '消防栓一', { type: 'Point', coordinates: [116.11, 24.29] }),
          // latitude and longitude swapped: rejected by QC
          feature('H2', '坐标颠倒', { type: 'Point', coordinates: [24.29, 116.13] }),
        ],
      };
      const status = await chooseAndImport(t, { id, title: '导入质检测试', geojson, name: 'hydrants.geojson' });
      const counts = await status.locator('.import-report').textContent();
      t.expect(/拒绝\s*1/.test(counts) && /新增\s*1/.test(counts), `report: ${counts}`);
      const problem = status.locator('.import-issues tr[data-issue="SWAPPED_AXES"][data-severity="error"]');
      t.expect((await problem.count()) > 0, 'no QC problem listed');
      const problems = await status.locator('.import-issues').textContent();
      t.expect(problems.includes('坐标轴顺序颠倒'), `problems: ${problems}`);
      await t.waitDrawn();
      await t.shot('qc');
      const download = page.waitForEvent('download');
      await status.locator('a.import-qc').click();
      const csv = (await readFile(await (await download).path())).toString('utf8');
      // The rejected row (the file's second feature) with its code and Chinese description.
      const line = csv.split(/\r?\n/).find((l) => l.includes('SWAPPED_AXES'));
      t.expect(line?.startsWith('2,') && line.includes('坐标轴顺序颠倒'), `QC report: ${csv.slice(0, 400)}`);
      await t.api(`/api/admin/layers/${id}?confirm=${id}`, { method: 'DELETE' });
    },
  },
];
