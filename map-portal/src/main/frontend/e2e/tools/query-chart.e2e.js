// Charts: the bars (and pie slices) are the server's GROUP BY numbers, for the view and a grid.

/** Non-transparent pixels of the chart's canvas (something is drawn). */
const drawn = (page) =>
  page.evaluate(() => {
    const c = document.querySelector('.chart-canvas canvas');
    if (!c) return 0;
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 16) if (data[i] > 0) n++;
    return n;
  });

async function drawChart(t) {
  const { page } = t;
  await page.click('.chart-draw');
  await t.waitFor(async () => ['drawn', 'failed'].includes(await page.locator('.chart-tool').getAttribute('data-state')), 'the chart');
  t.expect((await page.locator('.chart-tool').getAttribute('data-state')) === 'drawn', `chart failed: ${await page.locator('.chart-message').textContent()}`);
  return JSON.parse(await page.locator('.chart-canvas').getAttribute('data-values'));
}

export const tests = [
  {
    name: 'chart sums by category in view and counts in a unit grid',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      await page.evaluate(() => {
        const view = window.onemap.map.getView();
        view.setCenter(window.onemap.ctx.fromLonLat([116.118, 24.29]));
        view.setZoom(16);
      });
      await t.tool('chart');
      await page.selectOption('.chart-layer', 'pipe_ws_segments');
      await page.selectOption('.chart-group-by', 'diameter_mm');
      await page.selectOption('.chart-measure', 'length_m');
      await page.selectOption('.chart-scope', 'view');
      const values = await drawChart(t);
      const bbox = await page.evaluate(() => {
        const map = window.onemap.map;
        const [w, h] = map.getSize();
        const a = window.onemap.ctx.toLonLat(map.getCoordinateFromPixel([0, h]));
        const b = window.onemap.ctx.toLonLat(map.getCoordinateFromPixel([w, 0]));
        return [a[0], a[1], b[0], b[1]].map((v) => v.toFixed(7)).join(',');
      });
      const api = await t.api(`/api/layers/pipe_ws_segments/stats?groupBy=diameter_mm&sum=length_m&bbox=${bbox}`);
      t.expect(api.groups.length > 0, 'no pipes in view');
      const expected = api.groups.map((g) => [g.key, Number(g.sum.toFixed(3))]);
      t.expect(JSON.stringify(values) === JSON.stringify(expected), `bars ${JSON.stringify(values)}, API ${JSON.stringify(expected)}`);
      // The whole layer sums to more than the view: the scope was applied.
      const whole = await t.api('/api/layers/pipe_ws_segments/stats?groupBy=diameter_mm');
      t.expect(whole.total > api.total, `view ${api.total} vs layer ${whole.total}`);
      t.expect((await page.locator('.chart-data tbody tr').count()) === expected.length, 'the data table does not list every bar');
      t.expect((await drawn(page)) > 500, 'the chart canvas is empty');
      await t.shot('bars');
      // Events per category inside one unit grid, as a pie; names from the code list.
      // The grid of some city part, so that it holds at least one.
      const part = (await t.api('/api/layers/city_parts/features?limit=1&offset=100')).features[0];
      const grid = (await t.api(`/api/layers/unit_grids/features?limit=1&filter=${encodeURIComponent(`bgid = '${part.properties.bgid}'`)}`)).features[0];
      t.expect(grid, `no unit grid ${part.properties.bgid}`);
      await page.selectOption('.chart-layer', 'city_parts');
      await page.selectOption('.chart-group-by', 'major_code');
      await page.selectOption('.chart-measure', '');
      await page.selectOption('.chart-scope', 'grid');
      await t.waitFor(async () => (await page.locator('.chart-grid option').count()) > 0, 'the grid list');
      await page.selectOption('.chart-grid', String(grid.id));
      await page.selectOption('.chart-kind', 'pie');
      const slices = await drawChart(t);
      const ring = grid.geometry.type === 'MultiPolygon' ? grid.geometry.coordinates : [grid.geometry.coordinates];
      const wkt = `MULTIPOLYGON(${ring.map((p) => `(${p.map((r) => `(${r.map(([x, y]) => `${x} ${y}`).join(', ')})`).join(', ')})`).join(', ')})`;
      const inGrid = await t.api(`/api/layers/city_parts/stats?groupBy=major_code&filter=${encodeURIComponent(`INTERSECTS(geom, ${wkt})`)}`);
      t.expect(inGrid.total > 0, `the API counts no parts in grid ${grid.id}`);
      t.expect(JSON.stringify(slices) === JSON.stringify(inGrid.groups.map((g) => [g.key, g.count])), `slices ${JSON.stringify(slices)}, API ${JSON.stringify(inGrid.groups)}`);
      const catalog = await t.api('/api/layers');
      const major = catalog.find((l) => l.id === 'city_parts').attributes.find((a) => a.name === 'major_code');
      const names = await page.locator('.chart-data tbody td:first-child').allTextContents();
      if (inGrid.groups.length > 0) {
        const first = major.codeList.entries.find((e) => e.code === inGrid.groups[0].key).name;
        t.expect(names[0] === first, `category ${names[0]} is not the code-list name ${first}`);
      }
      t.expect((await page.locator('.chart-canvas').getAttribute('data-kind')) === 'pie', 'not a pie');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      t.expect(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      await t.shot('pie');
    },
  },
];
