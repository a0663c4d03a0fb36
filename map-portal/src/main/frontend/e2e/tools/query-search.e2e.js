// The search box: features by attribute text and coordinates typed in (decimal, 度分秒, GK).
import proj4 from 'proj4';

async function search(t, text) {
  const { page } = t;
  await page.fill('#search-input', text);
  await page.press('#search-input', 'Enter');
}

const near = (a, b, tolerance) => Math.abs(a[0] - b[0]) < tolerance && Math.abs(a[1] - b[1]) < tolerance;

function dms(value, positive) {
  const d = Math.floor(value);
  const m = Math.floor((value - d) * 60);
  const s = ((value - d) * 60 - m) * 60;
  return `${d}°${m}′${s.toFixed(2)}″${positive}`;
}

export const tests = [
  {
    name: 'search finds a building by its code and selects it',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      const building = (await t.api('/api/layers/buildings/features?limit=1&offset=37')).features[0];
      const code = building.properties.code;
      await search(t, code);
      const item = page.locator(`.search-found[data-provider="features"]`).first();
      await item.waitFor({ timeout: 15000 });
      t.expect((await item.locator('.candidate-address').textContent()) === code, `first feature result ${await item.textContent()}`);
      t.expect((await item.locator('.candidate-meta').textContent()).includes('建筑物'), 'the result does not name its layer');
      await t.shot('results');
      await item.click();
      await t.waitFor(() => page.evaluate(() => document.body.dataset.searchPicked), 'the feature picked');
      const selected = await page.evaluate(() => window.onemap.ctx.selection.ids());
      t.expect(JSON.stringify(selected) === JSON.stringify([['buildings', [String(building.id)]]]), `selection ${JSON.stringify(selected)}`);
      await page.waitForTimeout(500);
      const centre = await page.evaluate(() => window.onemap.centre());
      const ring = building.geometry.coordinates[0];
      const mid = [(Math.min(...ring.map((c) => c[0])) + Math.max(...ring.map((c) => c[0]))) / 2, (Math.min(...ring.map((c) => c[1])) + Math.max(...ring.map((c) => c[1]))) / 2];
      t.expect(near(centre, mid, 0.001), `centre ${centre} is not at the building ${mid}`);
      // The API: parameterized, limited, 400 for empty text.
      const empty = await t.api('/api/search?q=%20', { allowError: true });
      t.expect(empty.status === 400 && empty.body.error === 'BAD_REQUEST', `empty search answered ${empty.status}`);
    },
  },
  {
    name: 'search a road name: its segments are one result and all are selected',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      // A road of several segments, by its name (the roads layer is public).
      const roads = (await t.api('/api/layers/roads/features?limit=2000')).features;
      const byName = new Map();
      for (const r of roads) byName.set(r.properties.name, [...(byName.get(r.properties.name) ?? []), String(r.id)]);
      const road = [...byName.entries()].filter(([n, list]) => n && list.length >= 3 && ![...byName.keys()].some((o) => o !== n && o.startsWith(n))).sort((a, b) => b[1].length - a[1].length)[0];
      t.expect(road, 'no road of three or more segments in the sample city');
      const [name, ids] = road;
      await search(t, name);
      const item = page.locator('.search-found[data-provider="features"]').first();
      await item.waitFor({ timeout: 15000 });
      t.expect((await item.locator('.candidate-address').textContent()) === name, `first result ${await item.textContent()}`);
      const meta = await item.locator('.candidate-meta').textContent();
      t.expect(meta.includes('道路') && meta.includes(`${ids.length} 个要素`), `meta ${meta} for ${ids.length} segments`);
      t.expect((await page.locator('.search-found[data-provider="features"] .candidate-address').allTextContents()).filter((v) => v === name).length === 1, 'the road is listed more than once');
      await t.shot('road-segments');
      await item.click();
      await t.waitFor(() => page.evaluate(() => document.body.dataset.searchPicked), 'the road picked');
      const selected = await page.evaluate(() => window.onemap.ctx.selection.ids());
      t.expect(selected.length === 1 && selected[0][0] === 'roads' && [...selected[0][1]].sort().join() === [...ids].sort().join(), `selection ${JSON.stringify(selected)}, segments ${ids}`);
    },
  },
  {
    name: 'search coordinates: decimal, 度分秒 and Gauss-Krüger',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      const road = (await t.api('/api/layers/roads/features?limit=1&offset=11')).features[0];
      const [lon, lat] = road.geometry.coordinates[0];
      const cases = [
        [`${lon.toFixed(6)}, ${lat.toFixed(6)}`, 1e-6],
        [`${dms(lon, 'E')} ${dms(lat, 'N')}`, 1e-5],
      ];
      // The same point in the city's GK zone (EPSG:4548, central meridian 117°E), X north Y east.
      const [east, north] = proj4('+proj=longlat +ellps=GRS80 +no_defs', '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs', [lon, lat]);
      cases.push([`${north.toFixed(3)}, ${east.toFixed(3)}`, 1e-6]);
      for (const [text, tolerance] of cases) {
        await search(t, text);
        const item = page.locator('.search-found[data-provider="coordinates"]').first();
        await item.waitFor({ timeout: 10000 });
        await item.click();
        await t.waitFor(() => page.evaluate(() => document.body.dataset.coordinateMarker), 'the marker');
        await page.waitForTimeout(450);
        const marker = (await page.evaluate(() => document.body.dataset.coordinateMarker)).split(',').map(Number);
        t.expect(near(marker, [lon, lat], tolerance), `${text} → marker ${marker}, expected ${lon},${lat}`);
        const centre = await page.evaluate(() => window.onemap.centre());
        t.expect(near(centre, [lon, lat], 1e-5), `${text} → centre ${centre}`);
      }
      await t.shot('coordinates');
      // Outside China: said so, no marker moved.
      await search(t, '10.5, 50.2');
      await page.locator('.search-found[data-provider="coordinates"]').first().waitFor();
      t.expect((await page.locator('.search-found[data-provider="coordinates"]').first().textContent()).includes('超出范围'), 'no message for a point outside China');
    },
  },
];
