// Measure: distance, area and bearing drawn by clicking known map points, checked against values
// computed independently: GeographicLib (Karney) on GRS80 for the ellipsoidal ones and PROJ's
// cs2cs on EPSG:4548 for the Gauss-Krüger plane ones.

/** Page (CSS px) position of a CGCS2000 lon/lat on the map. */
export async function pagePoint(page, lonLat) {
  return page.evaluate((ll) => {
    const { map, ctx } = window.onemap;
    map.renderSync();
    const [x, y] = map.getPixelFromCoordinate(ctx.fromLonLat(ll));
    const r = map.getTargetElement().getBoundingClientRect();
    return [r.left + x, r.top + y];
  }, lonLat);
}

/** Centres the map on `lonLat` at the deepest zoom level that shows `spanDegrees` within `pixels`. */
export async function showSpan(page, lonLat, spanDegrees, pixels) {
  await page.evaluate(([ll, span, px]) => {
    const { map, ctx } = window.onemap;
    const view = map.getView();
    const metric = view.getProjection().getUnits() === 'm';
    const wanted = (span * (metric ? 111319.49 : 1)) / px;
    const r = [...view.getResolutions()].reverse().find((res) => res >= wanted) ?? view.getResolutions()[0];
    view.setResolution(r);
    view.setCenter(ctx.fromLonLat(ll));
    map.renderSync();
  }, [lonLat, spanDegrees, pixels]);
}

const results = (page) =>
  page.locator('.measure-result').evaluateAll((items) => items.map((li) => ({ kind: li.dataset.kind, method: li.dataset.method, value: Number(li.dataset.value), text: li.textContent })));

/** GeographicLib Geodesic(6378137, 1/298.257222101).Inverse and PolygonArea; PROJ cs2cs for 4548. */
const KNOWN = {
  meridianArc: 110758.2381, // 116°E, 23.5°N → 24.5°N: 1° of meridian centred on 24°N
  meridianArcPlane: 110772.3966, // the same two points on EPSG:4548 (k = 1.000128 at 1° off CM)
  squareArea: 1124357.4576, // 116.10–116.11°E × 24.30–24.31°N, geodesic edges
  squareAreaPlane: 1124586.6329, // the square's corners by cs2cs on EPSG:4548, shoelace
  azimuth: 61.3802294, // (116.10, 24.30) → (116.12, 24.31)
  gridBearing: 61.7506883, // the same on EPSG:4548 (cs2cs): azimuth + meridian convergence
  distance: 2312.7022,
};

export const tests = [
  {
    name: 'measure distance, area and bearing',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.tool('measure');
      t.expect(await page.evaluate(() => window.onemap.ctx.clicksClaimedBy() === 'measure'), 'the measure tool does not hold the map clicks');
      // Distance: a 1° meridian arc, clicked at its two ends, finished with 完成.
      await showSpan(page, [116, 24], 1.25, 700);
      const a = await pagePoint(page, [116, 23.5]);
      const b = await pagePoint(page, [116, 24.5]);
      await page.mouse.click(a[0], a[1]);
      await page.mouse.move((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, { steps: 5 });
      await t.waitFor(() => page.locator('.measure-live').isVisible(), 'the live tooltip');
      const liveText = await page.locator('.measure-live').textContent();
      t.expect(/k?m$/.test(liveText.trim()), `live tooltip "${liveText}"`);
      await page.mouse.click(b[0], b[1]);
      await t.shot('drawing');
      await page.click('.measure-finish');
      let [distance] = await results(page);
      t.expect(distance?.kind === 'distance' && distance.method === 'ellipsoid', `result ${JSON.stringify(distance)}`);
      t.expect(Math.abs(distance.value - KNOWN.meridianArc) < 0.5, `meridian arc ${distance.value} m, GeographicLib ${KNOWN.meridianArc} m`);
      t.expect(distance.text.includes('110,758.2') && distance.text.includes('km') && distance.text.includes('椭球'), `panel text ${distance.text}`);
      t.expect((await page.locator('.measure-final').textContent()).includes('110.758 km'), 'the final tooltip does not show the length');
      // The same line on the Gauss-Krüger plane, stated as such.
      await page.locator('input[name="measure-method"][value="plane"]').check();
      [distance] = await results(page);
      t.expect(Math.abs(distance.value - KNOWN.meridianArcPlane) < 0.5, `plane length ${distance.value} m, cs2cs ${KNOWN.meridianArcPlane} m`);
      t.expect(distance.text.includes('高斯') && distance.text.includes('EPSG:4548'), `plane note: ${distance.text}`);
      await page.locator('input[name="measure-method"][value="ellipsoid"]').check();
      // Identify stayed quiet: no popup opened for the clicks.
      t.expect(!(await page.locator('#popup').isVisible()), 'identify answered a measuring click');

      // Area: a 0.01° square, double-click closes it.
      await page.click('.measure-modes button[data-mode="area"]');
      await showSpan(page, [116.105, 24.305], 0.013, 600);
      const corners = [[116.1, 24.3], [116.11, 24.3], [116.11, 24.31], [116.1, 24.31]];
      for (const [i, c] of corners.entries()) {
        const p = await pagePoint(page, c);
        if (i < corners.length - 1) await page.mouse.click(p[0], p[1]);
        else await page.mouse.dblclick(p[0], p[1]);
      }
      await t.waitFor(async () => (await results(page)).length === 2, 'the area result');
      const square = (await results(page))[1];
      t.expect(square.kind === 'area' && Math.abs(square.value - KNOWN.squareArea) < 1, `area ${square.value} m², GeographicLib ${KNOWN.squareArea}`);
      t.expect(square.text.includes('公顷') && square.text.includes('km²') && square.text.includes('m²'), `area units: ${square.text}`);
      await t.shot('area');
      await page.locator('input[name="measure-method"][value="plane"]').check();
      const planeSquare = (await results(page))[1];
      t.expect(Math.abs(planeSquare.value - KNOWN.squareAreaPlane) < 1, `plane area ${planeSquare.value} m², cs2cs ${KNOWN.squareAreaPlane}`);
      await page.locator('input[name="measure-method"][value="ellipsoid"]').check();

      // Esc cancels the shape being drawn.
      const p0 = await pagePoint(page, [116.102, 24.302]);
      await page.mouse.click(p0[0], p0[1]);
      t.expect(await page.locator('.measure[data-drawing]').count() === 1, 'no drawing after the first click');
      await page.keyboard.press('Escape');
      t.expect(await page.locator('.measure[data-drawing]').count() === 0, 'Esc did not cancel the drawing');
      t.expect((await results(page)).length === 2, 'a cancelled shape was measured');

      // Bearing: two clicks.
      await page.click('.measure-modes button[data-mode="bearing"]');
      await showSpan(page, [116.11, 24.305], 0.026, 600);
      for (const c of [[116.1, 24.3], [116.12, 24.31]]) {
        const p = await pagePoint(page, c);
        await page.mouse.click(p[0], p[1]);
      }
      await t.waitFor(async () => (await results(page)).length === 3, 'the bearing result');
      const heading = (await results(page))[2];
      t.expect(heading.kind === 'bearing' && Math.abs(heading.value - KNOWN.azimuth) < 0.001, `azimuth ${heading.value}°, GeographicLib ${KNOWN.azimuth}°`);
      t.expect(heading.text.includes('61°22′48.8″') || heading.text.includes('61°22′48.'), `度分秒: ${heading.text}`);
      t.expect(heading.text.includes('2.313 km'), `bearing distance: ${heading.text}`);
      await t.shot('bearing');
      await page.locator('input[name="measure-method"][value="plane"]').check();
      const grid = (await results(page))[2];
      t.expect(Math.abs(grid.value - KNOWN.gridBearing) < 0.001 && grid.text.includes('坐标方位角'), `grid bearing ${grid.value}°, cs2cs ${KNOWN.gridBearing}°: ${grid.text}`);
      // Closing the tool gives the clicks back and removes its shapes.
      await page.click('#dock-close');
      t.expect(await page.evaluate(() => window.onemap.ctx.clicksClaimedBy() === null), 'clicks still claimed after closing');
      t.expect((await page.locator('.measure-final').count()) === 0, 'measure labels left on the map');
    },
  },
  {
    name: 'measure bearing by touch',
    sizes: ['phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.tool('measure');
      await page.click('.measure-modes button[data-mode="bearing"]');
      // The sheet covers the lower map: put the two points in the strip above it.
      const sheet = await page.locator('#dock').boundingBox();
      const map = await page.locator('#map').boundingBox();
      const strip = sheet.y - map.y;
      await showSpan(page, [116.11, 24.305], 0.026, 360);
      await page.evaluate((dy) => {
        const { map: m } = window.onemap;
        const view = m.getView();
        const c = view.getCenter();
        view.setCenter([c[0], c[1] - dy * view.getResolution()]);
        m.renderSync();
      }, map.height / 2 - strip / 2);
      const pts = [];
      for (const c of [[116.1, 24.3], [116.12, 24.31]]) pts.push(await pagePoint(page, c));
      t.expect(pts.every(([x, y]) => y > map.y && y < sheet.y && x > 0 && x < 390), `points ${JSON.stringify(pts)} not above the sheet at ${sheet.y}`);
      for (const [x, y] of pts) await page.touchscreen.tap(x, y);
      await t.waitFor(async () => (await results(page)).length === 1, 'the bearing result');
      const [heading] = await results(page);
      t.expect(Math.abs(heading.value - KNOWN.azimuth) < 0.01, `azimuth ${heading.value}°, GeographicLib ${KNOWN.azimuth}°`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      t.expect(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      await t.shot('bearing');
    },
  },
];
