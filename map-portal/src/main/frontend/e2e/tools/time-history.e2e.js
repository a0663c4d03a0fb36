// 要素历史: from the popup of a road renamed in 2019 (the base map draws roads, so identify finds
// it), the panel lists its 2 versions with who, when and why, the name change highlighted in the
// diff, and draws a version on the map.
import { centreOn, openIdentified, renamedStreet } from '../time-helpers.js';

export const tests = [
  {
    name: 'feature history of a renamed street',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const street = await renamedStreet(t);
      await t.open();
      await centreOn(t, street.lonLat, 18);
      const box = await page.locator('#map').boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForSelector('#popup:not([hidden]) .identify-tab[data-layer="roads"]', { timeout: 10000 });
      await openIdentified(page, 'roads', street.id);
      t.expect((await page.textContent('#popup .identify-detail h5')).includes(street.id), `the popup is not of ${street.id}`);
      await page.click('#popup .identify-detail [data-action="history"]');
      await page.waitForSelector('#dock[data-tool="history"] .history-version', { timeout: 10000 });
      const versions = page.locator('.history-version');
      t.expect((await versions.count()) === 2, `${await versions.count()} versions listed`);
      t.expect((await page.textContent('.history-count')).includes('2'), 'the count does not say 2');
      const second = versions.nth(1);
      const changed = second.locator('tr.changed[data-attribute="name"] td');
      t.expect((await changed.count()) === 3, 'the name change is not highlighted in the diff');
      const [, before, after] = await changed.allTextContents();
      t.expect(before === street.oldName && after === street.newName, `diff ${before} → ${after}, expected ${street.oldName} → ${street.newName}`);
      const meta = await second.locator('.history-meta').textContent();
      t.expect(meta.includes('2019'), `the second version's time is not in 2019: ${meta}`);
      t.expect(!meta.includes('（未填写）'), `the renaming's reason is missing: ${meta}`);
      // Draw the first version: the panel marks it and the map holds its line.
      await versions.nth(0).locator('.history-show').click();
      t.expect(await versions.nth(0).evaluate((li) => li.classList.contains('drawn')), 'version 1 is not marked as drawn');
      const drawn = await page.evaluate(() => window.onemap.map.getLayers().getArray().find((l) => l.get('layerId') === 'history-version')?.getSource().getFeatures().length ?? 0);
      t.expect(drawn === 1, `${drawn} features of the version drawn`);
      await t.shot('history');
      await page.click('#dock-close');
      t.expect(!(await page.evaluate(() => window.onemap.map.getLayers().getArray().some((l) => l.get('layerId') === 'history-version'))), 'the version stays drawn after closing');
    },
  },
];
