// The admin's layer tools: rename a layer (the tree shows the new title), file it under a new group
// (the tree lists it there without a reload, and under its kind again once cleared), restrict an attribute to
// a role (a VIEWER's REST and WFS answers then lack it, the admin's keep it), and check an SLD with
// our parser (an error names its line) and preview it with our WMS (the image has pixels drawn).

const LAYER = 'events';
const ATTRIBUTE = 'source';
const GROUP = '规划专题';
const json = (body) => ({ method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const basic = (user, pw) => ({ Authorization: `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}` });

const SLD = (colour) => `<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>${LAYER}</Name><UserStyle><Title>预览</Title><FeatureTypeStyle><Rule>
    <PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName>
      <Fill><CssParameter name="fill">${colour}</CssParameter></Fill></Mark><Size>12</Size></Graphic></PointSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>`;

export const tests = [
  {
    name: 'admin layers: title, group, attribute permission, SLD check and preview',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const viewer = `viewer${Date.now().toString(36)}`;
      await t.api('/api/admin/users', { ...json({ username: viewer, password: 'viewer-password-1', displayName: '浏览者', roles: ['VIEWER'] }), method: 'POST' });
      const before = await t.api(`/api/layers/${LAYER}`);
      try {
        await t.open();
        await t.signIn();
        await t.tool('admin-layers');
        await page.locator('.admin-layers select[name="layer"]').selectOption(LAYER);
        const form = page.locator('form[data-form="layer"]');
        t.expect((await form.locator('input[name="title"]').inputValue()) === before.title, 'the form does not show the title');
        await form.locator('input[name="title"]').fill('城管事件（管理测试）');
        await form.locator('button[type="submit"]').click();
        await t.waitFor(async () => (await t.api(`/api/layers/${LAYER}`)).title === '城管事件（管理测试）', 'the new title on the server');

        // A new group: the tree lists the layer under it at once (no page reload), then under its kind again.
        t.expect((await form.locator('input[name="group"]').inputValue()) === (before.group ?? ''), 'the form does not show the group');
        const offered = await form.locator('datalist option').evaluateAll((os) => os.map((o) => o.value));
        t.expect(offered.includes('城管事件') && offered.includes('地下管线'), `the group list offers ${offered}`);
        await page.evaluate(() => {
          window.e2eNoReload = true;
        });
        await form.locator('input[name="group"]').fill(GROUP);
        await form.locator('button[type="submit"]').click();
        await t.waitFor(async () => (await t.api(`/api/layers/${LAYER}`)).group === GROUP, 'the new group on the server');
        const inGroup = page.locator(`#layers .layer-group[data-group="${GROUP}"]`);
        await inGroup.locator(`[data-layer="${LAYER}"]`).waitFor({ state: 'attached', timeout: 15000 });
        t.expect((await inGroup.locator('.group-name').textContent()) === GROUP, 'the group is not named');
        t.expect((await inGroup.locator('.layer-item').count()) === 1, 'the new group holds other layers');
        t.expect((await inGroup.locator('.layer-title').textContent()).includes('城管事件（管理测试）'), 'the tree lacks the new title');
        t.expect((await page.locator(`#layers .layer-group[data-group="城管事件"] [data-layer="${LAYER}"]`).count()) === 0, 'the layer is still under its kind');
        t.expect(await page.evaluate(() => window.e2eNoReload === true), 'the page was reloaded');
        t.expect((await form.locator('datalist option').evaluateAll((os) => os.map((o) => o.value))).includes(GROUP), 'the group list lacks the new group');
        await page.locator('.admin-layers .admin-notice[data-kind="ok"]').waitFor({ timeout: 10000 });
        await t.shot('group-admin');
        if (t.phone) {
          await page.click('#sidebar-toggle');
          await page.waitForFunction(() => document.body.classList.contains('sidebar-open'));
          await page.waitForTimeout(300);
        }
        await inGroup.scrollIntoViewIfNeeded();
        t.expect(await inGroup.isVisible(), 'the new group is not visible in the tree');
        await t.shot('group-tree');
        if (t.phone) {
          await page.click('#sidebar-close');
          await page.waitForFunction(() => !document.body.classList.contains('sidebar-open'));
        }
        await form.locator('input[name="group"]').fill('');
        await form.locator('button[type="submit"]').click();
        await t.waitFor(async () => !('group' in (await t.api(`/api/layers/${LAYER}`))), 'the group cleared on the server');
        await page.locator(`#layers .layer-group[data-group="城管事件"] [data-layer="${LAYER}"]`).waitFor({ state: 'attached', timeout: 15000 });
        t.expect((await inGroup.count()) === 0, 'the emptied group is still in the tree');

        // Restrict one attribute to EDITOR: a viewer no longer reads it, the admin does.
        await page.locator(`.admin-layers tr[data-attribute="${ATTRIBUTE}"] select`).selectOption('EDITOR');
        await page.locator('.admin-layers .admin-notice[data-kind="ok"]', { hasText: '仅编辑' }).waitFor({ timeout: 10000 });
        const asViewer = await (await fetch(new URL(`/api/layers/${LAYER}/features?limit=3`, t.base), { headers: basic(viewer, 'viewer-password-1') })).json();
        t.expect(asViewer.features.length > 0 && asViewer.features.every((f) => !(ATTRIBUTE in f.properties)), `the viewer reads ${ATTRIBUTE}: ${JSON.stringify(asViewer.features[0]?.properties)}`);
        const wfs = await (await fetch(new URL(`/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=onemap:${LAYER}&COUNT=3&OUTPUTFORMAT=application/json`, t.base), { headers: basic(viewer, 'viewer-password-1') })).json();
        t.expect(wfs.features.every((f) => !(ATTRIBUTE in f.properties)), 'the viewer reads it over WFS');
        const asAdmin = await t.api(`/api/layers/${LAYER}/features?limit=3`);
        t.expect(asAdmin.features.every((f) => ATTRIBUTE in f.properties), 'the admin lost the attribute');
        await t.shot('permissions');

        // An SLD with an error names its line; a good one is drawn by our WMS.
        const sld = page.locator('form[data-form="sld"]');
        await sld.locator('textarea').fill(SLD('#d6336c').replace('</Rule>', '</Rul>'));
        await sld.locator('button[type="submit"]').click();
        const error = sld.locator('.admin-notice[data-kind="error"]');
        await error.waitFor({ timeout: 15000 });
        t.expect(/line \d+/.test(await error.textContent()), `no line in ${await error.textContent()}`);
        await sld.locator('textarea').fill(SLD('#d6336c'));
        await sld.locator('button[type="submit"]').click();
        await sld.locator('.admin-notice[data-kind="ok"]').waitFor({ timeout: 20000 });
        const drawn = await page.evaluate(async () => {
          const img = document.querySelector('.admin-preview');
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          const data = g.getImageData(0, 0, c.width, c.height).data;
          let pink = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] > 180 && data[i + 1] < 90) pink++;
          return { width: c.width, pink };
        });
        t.expect(drawn.width === 320 && drawn.pink > 50, `preview ${JSON.stringify(drawn)}`);
        await page.locator('.admin-preview').scrollIntoViewIfNeeded();
        await t.shot('sld-preview');
      } finally {
        await t.api(`/api/admin/layers/${LAYER}/attributes/${ATTRIBUTE}/read-role`, json({ role: null }));
        await t.api(`/api/admin/layers/${LAYER}`, { ...json({ title: before.title, group: before.group ?? '' }), method: 'PATCH' });
      }
    },
  },
];
