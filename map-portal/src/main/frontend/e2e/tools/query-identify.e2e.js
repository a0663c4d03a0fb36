// Identify: a click lists every feature under it in every visible layer, one tab per layer.

/** Distance in degrees of latitude from p to the segment a–b (longitude scaled at 24°N). */
function toSegment(p, a, b) {
  const k = Math.cos((24.3 * Math.PI) / 180);
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const l = dx * dx + dy * dy;
  const u = l === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l));
  return Math.hypot(px - (ax + u * dx), py - (ay + u * dy));
}

const rings = (geometry) => (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat());

/**
 * Parcels are the blocks between roads: the road midpoint (from the API) closest to a land
 * parcel's outline, with that distance, so a click there at a fitting zoom hits both.
 */
export async function roadBesideParcel(t) {
  const parcels = (await t.api('/api/layers/land_parcels/features?limit=1000')).features;
  const roads = (await t.api('/api/layers/roads/features?limit=200')).features;
  let best = null;
  for (const road of roads) {
    const line = road.geometry.type === 'LineString' ? road.geometry.coordinates : road.geometry.coordinates.flat();
    for (let i = 1; i < line.length; i++) {
      const mid = [(line[i - 1][0] + line[i][0]) / 2, (line[i - 1][1] + line[i][1]) / 2];
      for (const parcel of parcels) {
        for (const ring of rings(parcel.geometry)) {
          for (let j = 1; j < ring.length; j++) {
            const d = toSegment(mid, ring[j - 1], ring[j]);
            if (!best || d < best.distance) best = { point: mid, road, parcel, distance: d };
          }
        }
      }
    }
  }
  return best;
}

/**
 * Centres the map on a lon/lat and clicks there, at the deepest zoom whose 3 pixels (the WMS hits
 * within 4) still reach `reach` degrees.
 */
export async function clickAt(t, lonLat, reach = 0) {
  const { page } = t;
  await page.evaluate(([p, r]) => {
    const view = window.onemap.map.getView();
    let z = 18;
    while (z > 10 && view.getResolutionForZoom(z) * 3 < r) z--;
    view.setCenter(window.onemap.ctx.fromLonLat(p));
    view.setZoom(z);
  }, [lonLat, reach]);
  await t.waitDrawn();
  const [x, y] = await page.evaluate((p) => window.onemap.map.getPixelFromCoordinate(window.onemap.ctx.fromLonLat(p)), lonLat);
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + x, box.y + y);
}

export const tests = [
  {
    name: 'identify lists a road and the land parcel under it',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.signIn();
      const found = await roadBesideParcel(t);
      t.expect(found && found.distance < 0.0003, `no road within 30 m of a land parcel (${found?.distance})`);
      await page.evaluate(() => window.onemap.ctx.setVisible('land_parcels', true));
      await page.evaluate(() => window.onemap.ctx.setVisible('roads', true));
      await clickAt(t, found.point, found.distance);
      await page.locator('#popup .identify-tab').first().waitFor({ timeout: 15000 });
      const tabs = await page.locator('#popup .identify-tab').evaluateAll((ts) => ts.map((b) => ({ layer: b.dataset.layer, count: Number(b.dataset.count), text: b.textContent })));
      const layers = tabs.map((tab) => tab.layer);
      t.expect(layers.includes('roads') && layers.includes('land_parcels'), `tabs ${JSON.stringify(tabs)}`);
      const parcelTab = tabs.find((tab) => tab.layer === 'land_parcels');
      t.expect(/土地利用宗地 \(\d+\)/.test(parcelTab.text), `the parcel tab reads ${parcelTab.text}`);
      // The parcel tab: the parcel found by the API is listed, its land-use code shown by name.
      await page.click('#popup .identify-tab[data-layer="land_parcels"]');
      const catalog = await t.api('/api/layers');
      const landuse = catalog.find((l) => l.id === 'land_parcels').attributes.find((a) => a.name === 'landuse_code');
      const fids = await page.locator('#popup .identify-item').evaluateAll((items) => items.map((i) => i.dataset.fid));
      const detailFid = await page.locator('#popup .identify-detail').getAttribute('data-fid');
      t.expect(fids.includes(String(found.parcel.id)) || (fids.length <= 1 && detailFid === String(found.parcel.id)), `parcel ${found.parcel.id} not listed (${fids}, ${detailFid})`);
      if (fids.length > 1) await page.click(`#popup .identify-item[data-fid="${found.parcel.id}"]`);
      await t.waitFor(async () => (await page.locator('#popup .identify-detail').getAttribute('data-fid')) === String(found.parcel.id), 'the parcel detail');
      const code = found.parcel.properties.landuse_code;
      const name = landuse.codeList.entries.find((e) => e.code === code)?.name;
      const cells = await page.locator('#popup .identify-detail td').allTextContents();
      t.expect(name && cells.includes(`${name}（${code}）`), `land use ${code} not shown as ${name}（${code}）: ${cells}`);
      // The chosen feature is the shared selection (highlighted on the map).
      const selected = await page.evaluate(() => window.onemap.ctx.selection.ids());
      t.expect(JSON.stringify(selected) === JSON.stringify([['land_parcels', [String(found.parcel.id)]]]), `selection ${JSON.stringify(selected)}`);
      // The road tab lists the road.
      await page.click('#popup .identify-tab[data-layer="roads"]');
      const roadIds = await page.locator('#popup .identify-item').evaluateAll((items) => items.map((i) => i.dataset.fid));
      const roadDetail = await page.locator('#popup .identify-detail').getAttribute('data-fid');
      t.expect(roadIds.includes(String(found.road.id)) || roadDetail === String(found.road.id), `road ${found.road.id} not listed (${roadIds}, ${roadDetail})`);
      const overflow = await page.evaluate(() => {
        const r = document.getElementById('popup').getBoundingClientRect();
        return r.right > window.innerWidth + 1 || r.left < -1;
      });
      t.expect(!overflow, 'the popup overflows the screen');
      await t.shot('tabs');
    },
  },
];
