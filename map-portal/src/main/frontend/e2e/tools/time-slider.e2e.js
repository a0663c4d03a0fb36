// 时间轴: the whole map as of a date. A building demolished after 2017 is drawn (and identified)
// on 2017-01-01 and not today; play steps the date forward.
import { centreOn, demolishedBuilding, distance, identifiedIds, pixel } from '../time-helpers.js';

const BASE_CANVAS = '#map .ol-layer canvas';

async function setDate(page, date) {
  await page.fill('.time-slider input[name="as-of"]', date);
  await page.dispatchEvent('.time-slider input[name="as-of"]', 'change');
}

/** Clicks the map's centre and returns the ids the identify popup lists ('' when none). */
async function identifyCentre(t) {
  const { page } = t;
  const box = await page.locator('#map').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(150);
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(300);
  return identifiedIds(page);
}

export const tests = [
  {
    name: 'time slider draws a demolished building in 2017 and not today, and plays',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const building = await demolishedBuilding(t);
      await t.open();
      await centreOn(t, building.lonLat, 19);
      const today = await pixel(page, BASE_CANVAS);
      t.expect((await identifyCentre(t)).includes(building.id) === false, `${building.id} is identified today`);
      await page.evaluate(() => document.getElementById('popup').hidden || document.querySelector('#popup .popup-close').click());
      await t.tool('timeSlider');
      // A date before the history is refused in Chinese and changes nothing.
      await setDate(page, '2010-06-01');
      t.expect((await page.textContent('.time-slider .error')).includes('请输入 2015-01-01'), 'a date before the history is not refused');
      t.expect((await page.evaluate(() => document.body.dataset.asOf)) === '', 'a refused date moved the map in time');
      await setDate(page, '2017-01-01');
      await t.waitFor(() => page.evaluate(() => document.body.dataset.asOf === '2017-01-01'), 'the map as of 2017-01-01');
      await t.waitDrawn();
      t.expect((await page.textContent('.statusbar .asof')).includes('2017-01-01'), 'the status bar does not show the as-of date');
      t.expect((await page.textContent('.time-showing')).includes('2017-01-01'), 'the panel does not show the date');
      const then = await pixel(page, BASE_CANVAS);
      t.expect(distance(today, then) > 30, `the building's spot looks the same today (${today}) and in 2017 (${then})`);
      // The WMS answers for 2017 too: the building is identified under the centre.
      if (t.phone) await page.click('#dock-close');
      const title = await identifyCentre(t);
      t.expect(title.includes(building.id), `identify in 2017 lists "${title}", not ${building.id}`);
      await t.shot('2017');
      if (t.phone) await t.tool('timeSlider');
      // Play, yearly at the normal speed (a step a second): the date moves forward a year a step.
      await page.selectOption('.time-step select', 'year');
      await page.click('.time-play');
      await t.waitFor(() => page.evaluate(() => document.body.dataset.asOf === '2018-01-01'), 'play to step to 2018-01-01', 10000);
      await t.waitFor(() => page.evaluate(() => document.body.dataset.asOf === '2019-01-01'), 'play to step to 2019-01-01', 10000);
      await page.click('.time-play');
      t.expect((await page.getAttribute('.time-play', 'aria-pressed')) === 'false', 'the play button still says playing');
      const stopped = await page.evaluate(() => document.body.dataset.asOf);
      t.expect(stopped >= '2019-01-01', `paused at ${stopped}`);
      await page.waitForTimeout(1300);
      t.expect((await page.evaluate(() => document.body.dataset.asOf)) === stopped, 'pause did not stop the play');
      // 现在 returns to the current data.
      await page.click('.time-now');
      await t.waitFor(() => page.evaluate(() => document.body.dataset.asOf === ''), 'the map back to now');
      t.expect(await page.locator('.statusbar .asof').isHidden(), 'the as-of badge stays after 现在');
      await t.waitDrawn();
      await t.shot('now');
    },
  },
];
