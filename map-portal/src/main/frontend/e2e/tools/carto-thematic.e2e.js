// Thematic maps (专题图): land parcels by land-use code in the 三调 colours, city events as a heat map,
// each drawn by our WMS in the generated style, with the legend in the tool and the layer tree.

/** Pixels of the thematic layer's own canvas that pass `test(r, g, b, a)`. */
async function thematicPixels(page, test) {
  return page.evaluate((source) => {
    const fn = new Function('r', 'g', 'b', 'a', `return (${source})(r, g, b, a);`);
    let count = 0;
    for (const c of document.querySelectorAll('#map .thematic-layer canvas')) {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length; i += 4) if (fn(data[i], data[i + 1], data[i + 2], data[i + 3])) count++;
    }
    return count;
  }, typeof test === 'string' ? test : test.toString());
}

/** Height and width of an image URL as the browser decodes it (lazy or hidden images too). */
async function imageSize(page, src) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return { status: response.status };
    const bitmap = await createImageBitmap(await response.blob());
    return { status: 200, width: bitmap.width, height: bitmap.height };
  }, src);
}

async function applyThematic(t, layerId, type, extra = async () => {}) {
  const { page } = t;
  await t.tool('thematic');
  const form = page.locator('.thematic-form');
  await form.locator('select[name="layer"]').selectOption(layerId);
  await form.locator('select[name="type"]').selectOption(type);
  await extra(form);
  const made = page.waitForResponse((r) => r.url().includes(`/api/layers/${layerId}/thematic`));
  await form.locator('button[name="apply"]').click();
  const response = await made;
  t.expect(response.status() === 200, `thematic: ${response.status()} ${await response.text()}`);
  const body = await response.json();
  await t.waitFor(() => page.evaluate(() => document.querySelector('#map .thematic-layer canvas') !== null), 'the thematic layer');
  await t.waitDrawn();
  await page.waitForFunction(() => document.body.dataset.loading === '0');
  return body;
}

export const tests = [
  {
    name: 'land parcels by land-use code',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      // A quarter of the city, where the parcels are.
      const parcels = (await t.api('/api/layers')).find((l) => l.id === 'land_parcels');
      t.expect(parcels, 'no land_parcels layer');
      await page.evaluate(([x, y]) => {
        const view = window.onemap.map.getView();
        view.setCenter(window.onemap.ctx.fromLonLat([x, y]));
        view.setZoom(view.getZoom() + 1);
      }, [(parcels.bbox[0] + parcels.bbox[2]) / 2, (parcels.bbox[1] + parcels.bbox[3]) / 2]);
      await t.waitDrawn();
      const made = await applyThematic(t, 'land_parcels', 'category');
      t.expect(made.styleId === 'thematic-category-landuse_code-tableau', `style ${made.styleId}`);
      const housing = made.classes.find((c) => c.label === '城镇住宅用地');
      t.expect(housing && housing.colour === '#FFFF00' && housing.count > 0, `城镇住宅用地 class: ${JSON.stringify(housing)}`);
      // The map shows the national colours: 城镇住宅用地 (#FFFF00) and at least one other class (which
      // others are in the phone's small view depends on the generated city).
      const yellow = await thematicPixels(page, (r, g, b, a) => a > 200 && r > 235 && g > 235 && b < 40);
      t.expect(yellow > 200, `only ${yellow} pixels of 城镇住宅用地 yellow`);
      const drawn = [];
      for (const c of made.classes.filter((k) => k.colour && k.colour.toUpperCase() !== '#FFFF00')) {
        const [cr, cg, cb] = [1, 3, 5].map((i) => parseInt(c.colour.slice(i, i + 2), 16));
        const source = `(r, g, b, a) => a > 200 && Math.abs(r - ${cr}) < 20 && Math.abs(g - ${cg}) < 20 && Math.abs(b - ${cb}) < 20`;
        const n = await thematicPixels(page, source);
        if (n > 200) drawn.push(`${c.label} ${n}`);
      }
      t.expect(drawn.length >= 1, `no other land-use class colour is drawn (${made.classes.map((c) => `${c.label} ${c.colour}`)})`);
      // The tool lists the classes with their names; the legend image has a row per class.
      const labels = await page.locator('.thematic-classes .class-label').allTextContents();
      t.expect(labels.includes('城镇住宅用地') && labels.includes('商业服务业设施用地'), `classes ${labels}`);
      t.expect(labels.length === made.classes.length, `${labels.length} listed of ${made.classes.length}`);
      const treeLegend = await page.locator('[data-layer="land_parcels"] img.legend').getAttribute('src');
      t.expect(treeLegend.includes('STYLE=thematic-category-landuse_code'), `tree legend ${treeLegend}`);
      const size = await imageSize(page, treeLegend);
      t.expect(size.status === 200 && size.height >= 20 * made.classes.length, `legend ${JSON.stringify(size)} for ${made.classes.length} classes`);
      t.expect(await page.locator('[data-layer="land_parcels"] .render-mode').textContent() === '专题图', 'no 专题图 badge');
      await t.shot('land-use');
      // 清除: the default drawing comes back.
      await page.locator('.thematic-form button[name="clear"]').click();
      await t.waitFor(() => page.evaluate(() => document.querySelector('#map .thematic-layer') === null), 'the thematic layer to go');
      const back = await page.locator('[data-layer="land_parcels"] img.legend').getAttribute('src');
      t.expect(!back.includes('STYLE=thematic-'), `legend after clearing ${back}`);
    },
  },
  {
    name: 'events heat map',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const made = await applyThematic(t, 'events', 'heat', async (form) => {
        await form.locator('input[name="radius"]').fill('30');
      });
      t.expect(made.styleId === 'thematic-heat-30-heat', `style ${made.styleId}`);
      t.expect(made.sld.includes('vec:Heatmap'), 'the SLD has no heat map transformation');
      // The ramp's colours: red at the hot spots, yellow, green and blue around them.
      const red = await thematicPixels(page, (r, g, b, a) => a > 150 && r > 220 && g < 80 && b < 80);
      const yellow = await thematicPixels(page, (r, g, b, a) => a > 100 && r > 180 && g > 180 && b < 80);
      const cool = await thematicPixels(page, (r, g, b, a) => a > 60 && r < 80 && (g > 150 || b > 150));
      t.expect(red > 20, `only ${red} red heat pixels`);
      t.expect(yellow > 20 && cool > 100, `ramp pixels: yellow ${yellow}, green/blue ${cool}`);
      const legend = await imageSize(page, made.legendUrl);
      t.expect(legend.status === 200 && legend.width > 60, `heat legend ${JSON.stringify(legend)}`);
      await t.shot('heat');
    },
  },
  {
    name: 'a thematic map follows the time slider: classes of that date',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const now = await applyThematic(t, 'buildings', 'category', async (form) => form.locator('select[name="attribute"]').selectOption('use'));
      const total = (made) => made.classes.reduce((n, c) => n + c.count, 0);
      // The map as of mid-2016: the sample city built buildings over 2016–2026, so fewer stood.
      const again = page.waitForResponse((r) => r.url().includes('/api/layers/buildings/thematic') && r.request().postData()?.includes('"asOf":"2016-06-01"'));
      await page.evaluate(() => window.onemap.ctx.time.setAsOf('2016-06-01'));
      const past = await (await again).json();
      t.expect(total(past) > 0 && total(past) < total(now), `buildings now ${total(now)}, in 2016 ${total(past)}`);
      await t.waitFor(async () => (await page.locator('.thematic').getAttribute('data-as-of')) === '2016-06-01', 'the tool re-made for 2016');
      const heading = await page.locator('.thematic-result h4').textContent();
      t.expect(heading.includes('2016-06-01 时点'), `heading ${heading}`);
      const counts = (await page.locator('.thematic-classes small').allTextContents()).join(' ');
      t.expect(counts.length > 0, 'no class counts');
      const legend = await page.locator('[data-layer="buildings"] img.legend').getAttribute('src');
      t.expect(legend.includes('STYLE=thematic-category-use') && legend.includes('TIME=2016-06-01'), `tree legend ${legend}`);
      t.expect((await imageSize(page, legend)).status === 200, 'the legend of 2016 does not load');
      await t.waitDrawn();
      await t.shot('thematic-2016');
      await page.evaluate(() => window.onemap.ctx.time.setAsOf(null));
    },
  },
];
