// 卷帘对比: left of the divider the map of 2017, right of it today's; where a building was
// demolished the two sides differ; the divider drags; closing restores the map.
import { centreOn, demolishedBuilding, distance, pixel } from '../time-helpers.js';

const SHELL_BASE = '#map .ol-layer:not(.swipe-layer) canvas';
const TWIN = '#map .swipe-layer canvas';

/**
 * Drags the divider's knob to `fraction` of the map's width: with the mouse on a desktop, with a
 * finger (real touch events through the DevTools protocol) on a phone.
 */
async function drag(t, fraction) {
  const { page } = t;
  const map = await page.locator('#map').boundingBox();
  const knob = await page.locator('.swipe-knob').boundingBox();
  const from = { x: knob.x + knob.width / 2, y: knob.y + knob.height / 2 };
  const to = { x: map.x + map.width * fraction, y: from.y };
  if (t.phone) {
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, p) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
    await touch('touchStart', from);
    for (let i = 1; i <= 5; i++) await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / 5, y: from.y });
    await touch('touchEnd');
    await cdp.detach();
  } else {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
  }
  await page.waitForTimeout(200);
}

export const tests = [
  {
    name: 'swipe compares 2017 with today across a draggable divider',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const building = await demolishedBuilding(t);
      await t.open();
      await centreOn(t, building.lonLat, 19);
      const today = await pixel(page, SHELL_BASE);
      await t.tool('swipe');
      await t.waitFor(() => page.evaluate(() => document.body.dataset.asOf === '2017-01-01' && Number(document.body.dataset.swipeLayers) > 0), 'the swipe layers');
      await t.waitDrawn();
      // Divider right of the building (at the map's centre): it stands (2017, the shell's layers).
      await drag(t, 0.6);
      t.expect(Math.abs(Number(await page.evaluate(() => document.body.dataset.swipe)) - 0.6) < 0.03, 'the divider did not move to 60 %');
      await t.waitDrawn();
      const left = await pixel(page, SHELL_BASE);
      const twinLeft = await pixel(page, TWIN);
      t.expect(twinLeft && twinLeft[3] === 0, `today's layers draw left of the divider (${twinLeft})`);
      t.expect(distance(left, today) > 30, `the 2017 side shows no building (${left} vs today ${today})`);
      await t.shot('divider-right');
      // Divider left of it: today's side, where the building is gone.
      await drag(t, 0.3);
      t.expect(Math.abs(Number(await page.evaluate(() => document.body.dataset.swipe)) - 0.3) < 0.03, 'the divider did not move to 30 %');
      await t.waitDrawn();
      const right = await pixel(page, TWIN);
      t.expect(right && right[3] > 0, 'nothing of today drawn right of the divider');
      t.expect(distance(right, left) > 30, `the two dates look the same at the building (${right} vs ${left})`);
      t.expect(distance(right, today) < 30, `today's side (${right}) is not the map of today (${today})`);
      await t.shot('divider-left');
      // Closing removes the divider and the copies and gives the map back its date (now).
      await page.click('#dock-close');
      t.expect((await page.locator('.swipe-divider').count()) === 0, 'the divider stays after closing');
      // OpenLayers takes a removed layer's canvas out of the page on its next frame.
      await t.waitFor(async () => (await page.locator(TWIN).count()) === 0, 'swipe layers gone after closing', 5000);
      t.expect((await page.evaluate(() => document.body.dataset.asOf)) === '', 'the map keeps the swipe date after closing');
    },
  },
];
