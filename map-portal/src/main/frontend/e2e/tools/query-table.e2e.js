// The attribute table: filter builder (attribute and spatial conditions), sort, paging counts,
// rows ↔ map selection.

const LAYER = 'pipe_ws_segments';

const matched = (page) => page.locator('.table-tool').getAttribute('data-matched');

/** Waits for the table to finish a load and returns its total. */
async function settled(t) {
  await t.waitFor(async () => (await t.page.locator('.table-tool').getAttribute('data-loading')) === 'false', 'the table loaded');
  return Number(await matched(t.page));
}

export async function openTable(t, layerId = LAYER) {
  const { page } = t;
  await t.open();
  await t.signIn();
  await t.tool('table');
  await page.selectOption('.table-layer', layerId);
  await t.waitFor(async () => (await page.locator('.table-tool').getAttribute('data-layer')) === layerId, 'the layer chosen');
  return settled(t);
}

/** Adds `field op value` in the filter builder and applies it. */
export async function filterBy(t, field, op, value) {
  const { page } = t;
  if ((await page.locator('.filter-builder').getAttribute('open')) === null) await page.click('.filter-builder summary');
  await page.click('.filter-add');
  const row = page.locator('.filter-row').last();
  await row.locator('.filter-field').selectOption(field);
  await row.locator('.filter-op').selectOption(op);
  await row.locator('.filter-value').fill(String(value));
  await page.click('.filter-apply');
  await t.waitFor(async () => ((await page.locator('.table-tool').getAttribute('data-ecql')) ?? '').includes(field), 'the filter applied');
  return settled(t);
}

const count = async (t, query) => (await t.api(`/api/layers/${LAYER}/features?limit=0&${query}`)).numberMatched;

export const tests = [
  {
    name: 'table filter by diameter, sort, select a row',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const all = await openTable(t);
      t.expect(all === (await count(t, '')), `the table counts ${all}`);
      t.expect((await page.locator('.table-total').textContent()).includes(String(all)), 'the total is not shown');
      // diameter ≥ 400: the table's count is the API's.
      const n = await filterBy(t, 'diameter_mm', '>=', 400);
      const expected = await count(t, `filter=${encodeURIComponent('diameter_mm >= 400')}`);
      t.expect(n === expected && n > 0 && n < all, `filtered ${n}, API ${expected} of ${all}`);
      const diameters = await page.locator('.attr-table tbody td[data-field="diameter_mm"]').allTextContents();
      t.expect(diameters.length > 0 && diameters.every((d) => Number(d) >= 400), `diameters ${diameters}`);
      // Sort by length, descending (two clicks): the first row is the API's longest.
      await page.click('.table-sort[data-field="length_m"]');
      await settled(t);
      await page.click('.table-sort[data-field="length_m"]');
      await settled(t);
      t.expect((await page.locator('th[data-field="length_m"]').getAttribute('aria-sort')) === 'descending', 'not sorted descending');
      const longest = (await t.api(`/api/layers/${LAYER}/features?limit=1&sortBy=-length_m&filter=${encodeURIComponent('diameter_mm >= 400')}`)).features[0];
      const firstRow = page.locator('.attr-table tbody tr').first();
      t.expect((await firstRow.getAttribute('data-fid')) === String(longest.id), `first row ${await firstRow.getAttribute('data-fid')}, longest ${longest.id}`);
      // Paging: the next page starts at 21.
      if (n > 20) {
        await page.click('.table-next');
        await settled(t);
        t.expect((await page.locator('.table-page').textContent()).startsWith('21'), 'the next page does not start at 21');
        await page.click('.table-prev');
        await settled(t);
      }
      // A row click selects the feature and zooms to it; the row is highlighted.
      await page.locator('.attr-table tbody tr').first().click();
      const selected = await page.evaluate(() => window.onemap.ctx.selection.ids());
      t.expect(JSON.stringify(selected) === JSON.stringify([[LAYER, [String(longest.id)]]]), `selection ${JSON.stringify(selected)}`);
      t.expect(await page.locator('.attr-table tbody tr').first().evaluate((r) => r.classList.contains('selected')), 'the clicked row is not highlighted');
      await page.waitForTimeout(400);
      const [cx, cy] = await page.evaluate(() => window.onemap.centre());
      const xs = longest.geometry.coordinates.map((c) => c[0]);
      const ys = longest.geometry.coordinates.map((c) => c[1]);
      t.expect(cx >= Math.min(...xs) - 0.001 && cx <= Math.max(...xs) + 0.001 && cy >= Math.min(...ys) - 0.001 && cy <= Math.max(...ys) + 0.001, `centre ${cx},${cy} is not at the feature`);
      // A feature selected elsewhere (the map) highlights its row.
      const third = await page.locator('.attr-table tbody tr').nth(2).getAttribute('data-fid');
      await page.evaluate(async ([layer, id]) => {
        const f = await window.onemap.ctx.api.call(`/api/layers/${layer}/features/${encodeURIComponent(id)}`);
        window.onemap.ctx.selection.set(layer, [f]);
      }, [LAYER, third]);
      t.expect(await page.locator('.attr-table tbody tr').nth(2).evaluate((r) => r.classList.contains('selected')), 'a map selection does not highlight its row');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      t.expect(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      await t.shot('filtered');
    },
  },
  {
    name: 'table spatial filters: in view, drawn polygon, within N m',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await openTable(t);
      await page.evaluate(() => {
        const view = window.onemap.map.getView();
        view.setCenter(window.onemap.ctx.fromLonLat([116.118, 24.29]));
        view.setZoom(15);
      });
      await page.waitForTimeout(300);
      // In view: the API's bbox= over the same view gives the same count.
      await page.click('.filter-builder summary');
      await page.selectOption('.filter-spatial', 'view');
      await page.click('.filter-apply');
      const inView = await (async () => {
        await t.waitFor(async () => ((await page.locator('.table-tool').getAttribute('data-ecql')) ?? '').startsWith('BBOX'), 'the view filter');
        return settled(t);
      })();
      const bbox = await page.evaluate(() => {
        const map = window.onemap.map;
        const [w, h] = map.getSize();
        const a = window.onemap.ctx.toLonLat(map.getCoordinateFromPixel([0, h]));
        const b = window.onemap.ctx.toLonLat(map.getCoordinateFromPixel([w, 0]));
        return [a[0], a[1], b[0], b[1]].map((v) => v.toFixed(7)).join(',');
      });
      const expectedView = await count(t, `bbox=${bbox}`);
      t.expect(inView === expectedView && inView > 0, `in view ${inView}, API bbox ${expectedView}`);
      // A drawn polygon: four clicks and a double click; the API's INTERSECTS of the same ring.
      await page.selectOption('.filter-spatial', 'shape');
      await page.click('.filter-draw');
      const zoomBefore = await page.evaluate(() => window.onemap.map.getView().getZoom());
      const box = await page.locator('#map').boundingBox();
      // Left of the dock, which covers the map's right part.
      const pts = [[0.1, 0.3], [0.38, 0.3], [0.38, 0.6], [0.1, 0.6]].map(([fx, fy]) => [box.x + box.width * fx, box.y + box.height * fy]);
      for (const [x, y] of pts) {
        await page.mouse.click(x, y);
        await page.waitForTimeout(120);
      }
      await page.mouse.dblclick(pts[0][0], pts[0][1]);
      await t.waitFor(() => page.evaluate(() => document.body.dataset.tableShape), 'the polygon drawn');
      await page.waitForTimeout(400);
      t.expect(await page.evaluate(() => window.onemap.ctx.clicksClaimedBy() === null), 'map clicks still claimed after drawing');
      t.expect((await page.evaluate(() => window.onemap.map.getView().getZoom())) === zoomBefore, `the double click that ends the polygon zoomed the map (${zoomBefore} → ${await page.evaluate(() => window.onemap.map.getView().getZoom())})`);
      await page.click('.filter-apply');
      await t.waitFor(async () => ((await page.locator('.table-tool').getAttribute('data-ecql')) ?? '').startsWith('INTERSECTS'), 'the polygon filter');
      const inShape = await settled(t);
      const ecql = await page.locator('.table-tool').getAttribute('data-ecql');
      t.expect(inShape === (await count(t, `filter=${encodeURIComponent(ecql)}`)) && inShape > 0 && inShape < inView, `in shape ${inShape} of ${inView} in view`);
      await t.shot('polygon');
      // Within 150 m of the first row's feature (selected by clicking it): DWITHIN in metres.
      await page.locator('.attr-table tbody tr').first().click();
      await page.selectOption('.filter-spatial', 'near');
      await page.fill('.filter-metres', '150');
      await page.click('.filter-apply');
      await t.waitFor(async () => ((await page.locator('.table-tool').getAttribute('data-ecql')) ?? '').startsWith('DWITHIN'), 'the distance filter');
      const near = await settled(t);
      const nearEcql = await page.locator('.table-tool').getAttribute('data-ecql');
      t.expect(/, 150, meters\)$/.test(nearEcql), `ecql ${nearEcql}`);
      t.expect(near === (await count(t, `filter=${encodeURIComponent(nearEcql)}`)) && near >= 1, `near ${near}`);
      // Bad input: a distance that is not a number gives a Chinese message, no request.
      await page.fill('.filter-metres', '');
      await page.click('.filter-apply');
      t.expect((await page.locator('.filter-message').textContent()).includes('距离'), 'no message for a missing distance');
    },
  },
];
