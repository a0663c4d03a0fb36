// Helpers of the time/view/links e2e tests (e2e/tools/time-*.e2e.js): sample-city facts found
// through the API (a building demolished after 2017, a street renamed in 2019) and pixel reads.

/** A building standing on 2017-01-01 and gone today: {id, lonLat} (centre of its outline). */
export async function demolishedBuilding(t) {
  const params = 'properties=code&limit=10000';
  const then = await t.api(`/api/layers/buildings/features?asOf=2017-01-01&${params}`);
  const now = await t.api(`/api/layers/buildings/features?${params}`);
  const standing = new Set(now.features.map((f) => f.id));
  const gone = then.features.filter((f) => !standing.has(f.id) && f.geometry).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  t.expect(gone.length > 0, 'no building of 2017 is demolished today');
  const f = gone[0];
  const ring = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates[0][0] : f.geometry.coordinates[0];
  const points = ring.slice(0, -1);
  const lon = points.reduce((s, p) => s + p[0], 0) / points.length;
  const lat = points.reduce((s, p) => s + p[1], 0) / points.length;
  return { id: f.id, lonLat: [lon, lat] };
}

/**
 * A street (road segment, or `layer`'s line) renamed in 2019: {id, oldName, newName, lonLat}, the
 * middle of its middle segment.
 */
export async function renamedStreet(t, layer = 'roads') {
  const params = 'properties=name&limit=10000';
  const then = await t.api(`/api/layers/${layer}/features?asOf=2018-06-01&${params}`);
  const now = await t.api(`/api/layers/${layer}/features?${params}`);
  const names = new Map(then.features.map((f) => [f.id, f.properties.name]));
  const renamed = now.features.filter((f) => names.has(f.id) && names.get(f.id) !== f.properties.name && f.geometry);
  t.expect(renamed.length > 0, 'no street was renamed');
  const f = renamed.sort((a, b) => String(a.id).localeCompare(String(b.id)))[0];
  const line = f.geometry.type === 'MultiLineString' ? f.geometry.coordinates[0] : f.geometry.coordinates;
  const [a, b] = [line[Math.floor((line.length - 1) / 2)], line[Math.floor((line.length - 1) / 2) + 1]];
  return { id: f.id, oldName: names.get(f.id), newName: f.properties.name, lonLat: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] };
}

/** Centres the map on a lon/lat at a zoom and waits for the tiles. */
export async function centreOn(t, lonLat, zoom) {
  await t.page.evaluate(([p, z]) => {
    const view = window.onemap.map.getView();
    view.setCenter(window.onemap.ctx.fromLonLat(p));
    view.setZoom(z);
  }, [lonLat, zoom]);
  await t.page.waitForTimeout(300);
  await t.waitDrawn();
}

/**
 * The RGBA of the map's centre (or of `at`, CSS pixels in the map) in the first canvas matching
 * `selector` (the layers' canvases are sized to the map, times the device pixel ratio).
 */
export async function pixel(page, selector, at) {
  return page.evaluate(([sel, point]) => {
    const canvas = document.querySelector(sel);
    if (!canvas) return null;
    const map = document.getElementById('map').getBoundingClientRect();
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const [x, y] = point ?? [map.width / 2, map.height / 2];
    const data = canvas.getContext('2d').getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
    return [...data];
  }, [selector, at ?? null]);
}

/** Colour distance of two RGBA pixels. */
export const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]);

/** The view's centre (CGCS2000) and the metres between two lon/lats (equirectangular, fine here). */
export const centre = (page) => page.evaluate(() => window.onemap.centre());
export function metres(a, b) {
  const k = 111319.49;
  return Math.hypot((a[0] - b[0]) * k * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * k);
}

/**
 * The ids of every feature the identify popup lists, across its layer tabs ('' when it is closed
 * or found nothing).
 */
export async function identifiedIds(page) {
  return page.evaluate(async () => {
    const popup = document.getElementById('popup');
    if (popup.hidden) return '';
    const ids = [];
    for (const tab of popup.querySelectorAll('.identify-tab')) {
      tab.click();
      ids.push(...[...popup.querySelectorAll('.identify-item, .identify-detail')].map((e) => e.dataset.fid));
    }
    return ids.join(' ');
  });
}

/** Opens the popup's tab of a layer and waits until it shows the feature `fid`. */
export async function openIdentified(page, layerId, fid) {
  await page.click(`#popup .identify-tab[data-layer="${layerId}"]`);
  const item = page.locator(`#popup .identify-item[data-fid="${fid}"]`);
  if (await item.isVisible()) await item.click();
  await page.waitForSelector(`#popup .identify-detail[data-fid="${fid}"]`, { timeout: 5000 });
}
