// The workbench frame: layer tree (groups, visibility, opacity, order, zoom to layer, legends),
// map controls (zoom, home, full screen, overview, scale bar), keyboard, and the phone layout.

/** Pixels of the map canvas that differ from the page's background (something is drawn there). */
async function drawnPixels(page) {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll('#map .ol-layer canvas')];
    let count = 0;
    for (const c of canvases) {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 16) if (data[i] > 0) count++;
    }
    return count;
  });
}

const centre = (page) => page.evaluate(() => window.onemap.centre());
const zoom = (page) => page.evaluate(() => window.onemap.map.getView().getZoom());

/** Mean brightness (0–255) of the base map layer's canvas. */
async function baseBrightness(page) {
  return page.evaluate(() => {
    const c = document.querySelector('#map .ol-layer canvas');
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 40) {
      sum += Math.max(data[i], data[i + 1], data[i + 2]);
      n++;
    }
    return sum / n;
  });
}

export const tests = [
  {
    name: 'imagery base map',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await page.evaluate(() => window.onemap.map.getView().setZoom(window.onemap.map.getView().getZoom() + 2));
      await t.waitDrawn();
      const vector = await baseBrightness(page);
      const imageryTiles = [];
      page.on('response', (r) => {
        if (r.url().includes('/wmts/basemap_imagery/')) imageryTiles.push(r.status());
      });
      if (t.phone) await page.click('#sidebar-toggle');
      await page.locator('input[name="basemap-style"][value="imagery"]').check();
      await t.waitFor(() => imageryTiles.length > 0, 'imagery tiles');
      await t.waitDrawn();
      t.expect(imageryTiles.every((s) => s === 200), `imagery tiles: ${imageryTiles}`);
      t.expect(await page.evaluate(() => document.body.dataset.baseMap) === 'imagery', 'the base map is not imagery');
      if (t.phone) await page.click('#sidebar-close');
      const imagery = await baseBrightness(page);
      t.expect(imagery < vector * 0.7, `imagery (${imagery.toFixed(0)}) is not darker than vector (${vector.toFixed(0)})`);
      await t.shot('imagery');
    },
  },
  {
    name: 'layer tree groups, toggles, legends and opacity',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      if (t.phone) {
        t.expect(!(await page.locator('#sidebar').isVisible()) || (await page.evaluate(() => document.body.classList.contains('sidebar-closed'))), 'the layer drawer is open on a phone at start');
        await page.click('#sidebar-toggle');
        await page.waitForFunction(() => document.body.classList.contains('sidebar-open'));
        await page.waitForTimeout(300);
      }
      const catalog = await t.api('/api/layers');
      const groups = await page.locator('.layer-group').count();
      t.expect(groups >= 4, `only ${groups} layer groups`);
      const names = await page.locator('.group-name').allTextContents();
      t.expect(names.includes('地下管线') && names.includes('城市部件'), `groups ${names}`);
      // Collapse a group: its rows go, the count stays in the heading.
      const pipes = page.locator('.layer-group[data-group="地下管线"]');
      const rowsBefore = await pipes.locator('.layer-item').count();
      t.expect(rowsBefore >= 1, 'no pipeline layers listed');
      await pipes.locator('.group-toggle').click();
      t.expect((await page.locator('.layer-group[data-group="地下管线"] .layer-item').count()) === 0, 'a collapsed group still lists its layers');
      await page.locator('.layer-group[data-group="地下管线"] .group-toggle').click();
      // Turn a pipeline layer on: its legend (GetLegendGraphic) appears under it and decodes.
      const pipeline = catalog.find((l) => l.kind === 'PIPELINE');
      const row = page.locator(`.layer-item[data-layer="${pipeline.id}"]`);
      await row.locator('input[type="checkbox"]').check();
      const legend = row.locator('img.legend');
      await legend.waitFor({ timeout: 10000 });
      await t.waitFor(() => legend.evaluate((img) => img.complete && img.naturalWidth > 0), 'the legend image');
      t.expect(await page.evaluate((id) => window.onemap.ctx.visibleLayerIds().includes(id), pipeline.id), 'the layer is not visible after checking it');
      // Opacity: the options row's slider sets the OpenLayers layer's opacity.
      await row.locator('.layer-more').click();
      await page.locator(`.layer-item[data-layer="${pipeline.id}"] input[type="range"]`).fill('40');
      const opacity = await page.evaluate((id) => window.onemap.ctx.olLayer(id).getOpacity(), pipeline.id);
      t.expect(Math.abs(opacity - 0.4) < 1e-6, `opacity ${opacity}`);
      await t.shot('tree');
      // Off again: the legend goes.
      await page.locator(`.layer-item[data-layer="${pipeline.id}"] input[type="checkbox"]`).uncheck();
      t.expect((await page.locator(`.layer-item[data-layer="${pipeline.id}"] img.legend`).count()) === 0, 'a hidden layer keeps its legend');
    },
  },
  {
    name: 'reorder and zoom to a layer',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const group = page.locator('.layer-group').filter({ has: page.locator('.layer-item:nth-child(2)') }).first();
      const ids = await group.locator('.layer-item').evaluateAll((items) => items.map((i) => i.dataset.layer));
      const z = (id) => page.evaluate((l) => window.onemap.ctx.olLayer(l).getZIndex(), id);
      const [top, second] = ids;
      t.expect((await z(top)) > (await z(second)), 'the tree does not list layers topmost first');
      await page.locator(`.layer-item[data-layer="${second}"] .layer-more`).click();
      await page.locator(`.layer-item[data-layer="${second}"] .layer-up`).click();
      const after = await group.locator('.layer-item').evaluateAll((items) => items.map((i) => i.dataset.layer));
      t.expect(after[0] === second && after[1] === top, `order after moving up: ${after}`);
      t.expect((await z(second)) > (await z(top)), 'moving up did not draw the layer above');
      // Zoom to a layer: the view fits its extent (the centre moves inside the bbox).
      const catalog = await t.api('/api/layers');
      const small = catalog.filter((l) => l.bbox).sort((a, b) => (a.bbox[2] - a.bbox[0]) * (a.bbox[3] - a.bbox[1]) - (b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]))[0];
      await page.evaluate(() => window.onemap.map.getView().setCenter(window.onemap.ctx.fromLonLat([115.5, 24.9])));
      const row = page.locator(`.layer-item[data-layer="${small.id}"]`);
      if ((await row.count()) === 0) await page.locator(`.layer-group .group-toggle[aria-expanded="false"]`).first().click();
      if ((await row.locator('.layer-more').getAttribute('aria-expanded')) !== 'true') await row.locator('.layer-more').click();
      await page.locator(`.layer-item[data-layer="${small.id}"] .layer-zoom`).click();
      await page.waitForTimeout(600);
      const [x, y] = await centre(page);
      const [minX, minY, maxX, maxY] = small.bbox;
      t.expect(x >= minX && x <= maxX && y >= minY && y <= maxY, `centre ${x},${y} outside ${small.id}'s bbox ${small.bbox}`);
    },
  },
  {
    name: 'map controls and keyboard',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      const z0 = await zoom(page);
      await page.click('.ol-zoom-in');
      await page.waitForTimeout(400);
      t.expect((await zoom(page)) === z0 + 1, 'zoom in did not zoom');
      await page.evaluate(() => window.onemap.map.getView().setCenter(window.onemap.ctx.fromLonLat([115.6, 24.6])));
      await page.click('.home-control button');
      await page.waitForTimeout(600);
      const [hx, hy] = await centre(page);
      t.expect(Math.abs(hx - 116.1) < 0.6 && Math.abs(hy - 24.3) < 0.6, `home centre ${hx},${hy} is not Meizhou`);
      // Scale bar and overview map are drawn.
      t.expect(await page.locator('.ol-scale-bar').isVisible(), 'no scale bar');
      t.expect((await page.locator('.ol-overviewmap').count()) === 1, 'no overview map');
      if (!t.phone) {
        await t.waitFor(() => page.evaluate(() => {
          const c = document.querySelector('.ol-overviewmap-map canvas');
          return c && c.width > 0;
        }), 'the overview map drawn');
      }
      // Keyboard: the map takes the focus; arrows pan, + zooms.
      await page.focus('#map');
      const [kx] = await centre(page);
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400);
      const [kx2] = await centre(page);
      t.expect(kx2 > kx, `ArrowRight did not pan east (${kx} → ${kx2})`);
      const z1 = await zoom(page);
      await page.keyboard.press('+');
      await page.waitForTimeout(500);
      t.expect((await zoom(page)) > z1, '+ did not zoom in');
      t.expect((await drawnPixels(page)) > 1000, 'the map is empty');
      await t.shot('map');
    },
  },
  {
    name: 'phone layout: the map takes the screen and nothing overflows',
    sizes: ['phone', 'desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      const map = await page.locator('#map').boundingBox();
      const vw = t.phone ? 390 : 1440;
      const vh = t.phone ? 844 : 900;
      t.expect(map.width >= (t.phone ? vw - 1 : vw - 300), `map ${map.width} px wide`);
      t.expect(map.height >= vh * 0.6, `map ${map.height} px high`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      t.expect(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      // Tools open as a sheet at the bottom on a phone, a panel on the right on a desktop.
      await t.signIn();
      await t.tool('batch');
      const dock = await page.locator('#dock').boundingBox();
      if (t.phone) t.expect(dock.y + dock.height >= vh - 2 && dock.width >= vw - 2, `dock ${JSON.stringify(dock)} is not a bottom sheet`);
      else t.expect(dock.x > vw / 2, 'dock not on the right');
      await t.shot('dock');
      await page.click('#dock-close');
      t.expect(!(await page.locator('#dock').isVisible()), 'the dock did not close');
      // Every top-bar element fits in the screen.
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('.topbar > *')]
          .filter((e) => e.offsetParent !== null)
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.right > window.innerWidth + 1 || r.left < -1;
          })
          .map((e) => e.className || e.id),
      );
      t.expect(outside.length === 0, `top-bar items outside the screen: ${outside}`);
      await t.shot('layout');
    },
  },
];
