// Sketches (标绘): draw a point, a line, a polygon and a text label, see the label drawn, move a
// point (编辑), recolour the line, export GeoJSON, reload the page and find them again, delete one,
// sign in and find the sketches drawn before now the user's.
import { pagePoint, showSpan } from './sketch-measure.e2e.js';

/** Pixels of the sketch layer's own canvas near a colour (r, g, b). */
async function pixelsOf(page, [r, g, b]) {
  return page.evaluate(([r0, g0, b0]) => {
    let n = 0;
    for (const c of document.querySelectorAll('#map .sketch-layer canvas, #map canvas.sketch-layer')) {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 200 && Math.abs(data[i] - r0) < 40 && Math.abs(data[i + 1] - g0) < 40 && Math.abs(data[i + 2] - b0) < 40) n++;
      }
    }
    return n;
  }, [r, g, b]);
}

/** East of the shapes, so that none lies under the dock on the right. */
const CENTRE = [116.126, 24.29];
const RED = [201, 42, 42];
const BLUE = [28, 100, 180];
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('onemap.sketches.v1.anonymous') ?? '{"features":[]}').features);

async function clickAt(page, lonLat, double = false) {
  const [x, y] = await pagePoint(page, lonLat);
  if (double) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
}

export const tests = [
  {
    name: 'sketch point line polygon and text, kept after reload',
    sizes: ['desktop'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.tool('sketch');
      await showSpan(page, CENTRE, 0.02, 700);
      const mode = (m) => page.click(`.sketch-modes button[data-mode="${m}"]`);
      await mode('point');
      await clickAt(page, [116.113, 24.294]);
      await mode('line');
      await clickAt(page, [116.112, 24.286]);
      await clickAt(page, [116.118, 24.288]);
      await clickAt(page, [116.121, 24.284], true);
      await mode('polygon');
      await clickAt(page, [116.123, 24.292]);
      await clickAt(page, [116.128, 24.292]);
      await clickAt(page, [116.128, 24.296], true);
      // A text label without text is refused with a message; with text it is placed in red.
      await mode('text');
      await clickAt(page, [116.118, 24.297]);
      t.expect((await page.locator('.sketch .error').textContent()).includes('请先输入'), 'no message for a label without text');
      await page.fill('input[name="sketch-text"]', '拆迁范围');
      await page.click('.sketch-swatch[data-colour="#c92a2a"]');
      await clickAt(page, [116.118, 24.297]);
      await t.waitFor(async () => (await page.locator('.sketch-item').count()) === 4, 'four sketches listed');
      const kinds = await page.locator('.sketch-item').evaluateAll((items) => items.map((i) => i.dataset.kind).sort());
      t.expect(kinds.join() === 'line,point,polygon,text', `kinds ${kinds}`);
      await page.evaluate(() => window.onemap.map.renderSync());
      const red = await pixelsOf(page, RED);
      t.expect(red > 40, `the text label is not drawn (${red} red pixels)`);
      t.expect((await pixelsOf(page, BLUE)) > 200, 'the blue point, line and polygon are not drawn');
      await t.shot('drawn');

      // 编辑: drag the point 40 px to the right.
      await mode('edit');
      const [px, py] = await pagePoint(page, [116.113, 24.294]);
      await page.mouse.move(px, py);
      await page.mouse.down();
      await page.mouse.move(px + 20, py, { steps: 4 });
      await page.mouse.move(px + 40, py, { steps: 4 });
      await page.mouse.up();
      const moved = (await stored(page)).find((f) => f.properties.kind === 'point');
      t.expect(moved.geometry.coordinates[0] > 116.1135, `the point was not moved: ${moved.geometry.coordinates}`);

      // Recolour: the line's dot takes the chosen green.
      await page.click('.sketch-swatch[data-colour="#2b8a3e"]');
      await page.click('.sketch-item[data-kind="line"] .sketch-dot');
      t.expect((await stored(page)).find((f) => f.properties.kind === 'line').properties.colour === '#2b8a3e', 'the line was not recoloured');
      await page.evaluate(() => window.onemap.map.renderSync());
      t.expect((await pixelsOf(page, [43, 138, 62])) > 50, 'the green line is not drawn');

      // Export: a GeoJSON file with the four sketches in lon/lat and the label's text.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('.sketch-export')]);
      const file = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
      t.expect(download.suggestedFilename().endsWith('.geojson'), `file name ${download.suggestedFilename()}`);
      t.expect(file.type === 'FeatureCollection' && file.features.length === 4, `exported ${file.features?.length} features`);
      const label = file.features.find((f) => f.properties.kind === 'text');
      t.expect(label.properties.text === '拆迁范围' && label.properties.colour === '#c92a2a', `label ${JSON.stringify(label.properties)}`);
      const [lx, ly] = label.geometry.coordinates;
      t.expect(Math.abs(lx - 116.118) < 0.0002 && Math.abs(ly - 24.297) < 0.0002, `label at ${lx},${ly}`);

      // Reload: the sketches are drawn again before the tool is opened.
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.body.dataset.toolsReady === 'true', null, { timeout: 60000 });
      await showSpan(page, CENTRE, 0.02, 700);
      await t.waitFor(async () => (await pixelsOf(page, RED)) > 40, 'the label drawn after reload');
      await t.shot('reloaded');
      await t.tool('sketch');
      t.expect((await page.locator('.sketch-item').count()) === 4, 'sketches lost on reload');
      // Delete one from the list, one by clicking it on the map.
      await page.locator('.sketch-item[data-kind="line"] .sketch-remove').click();
      await mode('delete');
      await clickAt(page, [116.127, 24.293]);
      await t.waitFor(async () => (await page.locator('.sketch-item').count()) === 2, 'two sketches left');
      t.expect((await stored(page)).length === 2, 'deletions not saved');

      // Signing in: the two sketches drawn before are now the user's, and no longer anonymous.
      await t.signIn();
      const mine = await page.evaluate(() => JSON.parse(localStorage.getItem(`onemap.sketches.v1.${window.onemap.ctx.me().username}`) ?? '{"features":[]}').features.length);
      t.expect(mine >= 2, `the signed-in user holds ${mine} sketches`);
      t.expect((await page.evaluate(() => localStorage.getItem('onemap.sketches.v1.anonymous'))) === null, 'the anonymous sketches were not moved');
      // the sketch panel stayed open through the sign-in
      await t.waitFor(async () => (await page.locator('.sketch-item').count()) === mine, 'the adopted sketches listed');
    },
  },
  {
    name: 'sketch panel on a phone',
    sizes: ['phone'],
    async run(t) {
      const { page } = t;
      await t.open();
      await t.tool('sketch');
      await page.fill('input[name="sketch-text"]', '集合点');
      await page.click('.sketch-modes button[data-mode="text"]');
      const sheet = await page.locator('#dock').boundingBox();
      const map = await page.locator('#map').boundingBox();
      const y = map.y + (sheet.y - map.y) / 2;
      await page.touchscreen.tap(195, y);
      await t.waitFor(async () => (await page.locator('.sketch-item').count()) === 1, 'the label listed');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      t.expect(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      const wide = await page.locator('.sketch *').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.className));
      t.expect(wide.length === 0, `panel items outside the screen: ${wide}`);
      await t.shot('phone');
    },
  },
];
