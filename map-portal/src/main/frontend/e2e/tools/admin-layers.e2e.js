// The admin's layer tools: rename a layer (the tree shows the new title), file it under a new group
// (the tree lists it there without a reload, and under its kind again once cleared), restrict an attribute to
// a role (a VIEWER's REST and WFS answers then lack it, the admin's keep it), and check an SLD with
// our parser (an error names its line) and preview it with our WMS (the image has pixels drawn); then save
// it as a named style (listed with its author, drawn by the WMS under its name), make it the default (the
// tree's legend and the map's tiles switch to it), and see it cannot be removed while it is the default.

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
    name: 'admin layers: title, group, attribute permission, SLD check, preview and named styles',
    sizes: ['desktop', 'phone'],
    async run(t) {
      const { page } = t;
      const viewer = `viewer${Date.now().toString(36)}`;
      await t.api('/api/admin/users', { ...json({ username: viewer, password: 'viewer-password-1', displayName: '浏览者', roles: ['VIEWER'] }), method: 'POST' });
      const before = await t.api(`/api/layers/${LAYER}`);
      const styleName = `e2e_pink_${t.phone ? 'phone' : 'desktop'}`;
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

        // Saved as a named style: a bad name is refused here, then the server keeps it and its WMS draws it.
        await sld.locator('input[name="styleName"]').fill('1bad');
        await sld.locator('button[data-action="save-style"]').click();
        await sld.locator('.admin-notice[data-kind="error"]', { hasText: '样式名' }).waitFor({ timeout: 10000 });
        await sld.locator('input[name="styleName"]').fill(styleName);
        await sld.locator('input[name="styleTitle"]').fill('醒目粉色');
        await sld.locator('button[data-action="save-style"]').click();
        await sld.locator('.admin-notice[data-kind="ok"]', { hasText: '已保存样式' }).waitFor({ timeout: 20000 });
        const saved = await t.api(`/api/admin/layers/${LAYER}/styles`);
        const mine = saved.find((s) => s.name === styleName);
        t.expect(mine && mine.title === '醒目粉色' && mine.saved && mine.updatedBy === 'admin' && !mine.default, `saved ${JSON.stringify(saved)}`);
        t.expect((await page.locator('.admin-preview').getAttribute('src')).startsWith('blob:'), 'no preview of the saved style');
        const row = page.locator(`.admin-styles tr[data-style="${styleName}"]`);
        await row.waitFor({ timeout: 10000 });
        t.expect((await row.textContent()).includes('醒目粉色'), 'the list lacks the title');
        t.expect((await form.locator('select[name="defaultStyle"] option').evaluateAll((os) => os.map((o) => o.value))).includes(styleName), 'the default choice lacks the style');

        // A planner picks it in the tree's layer options: the map's tiles and the legend switch to it, and back.
        const requested = [];
        page.on('request', (r) => requested.push(r.url()));
        const tilesIn = (name) => t.waitFor(async () => requested.some((u) => u.includes(`/wmts/${LAYER}/${name}/`)), `map tiles in style ${name}`);
        const sidebar = async (open) => {
          if (!t.phone) return;
          await page.click(open ? '#sidebar-toggle' : '#sidebar-close');
          await page.waitForFunction((o) => document.body.classList.contains('sidebar-open') === o, open);
          await page.waitForTimeout(300);
        };
        const item = page.locator(`#layers [data-layer="${LAYER}"]`);
        const legendSrc = async () => item.locator('img.legend').getAttribute('src');
        await sidebar(true);
        const box = item.locator('input[type="checkbox"]');
        await box.scrollIntoViewIfNeeded();
        if (!(await box.isChecked())) await box.check();
        await item.locator('.layer-more').click();
        const choice = item.locator(`select[name="style-${LAYER}"]`);
        await choice.selectOption(styleName);
        await tilesIn(styleName);
        await t.waitFor(async () => (await legendSrc())?.includes(`STYLE=${styleName}`), 'the legend of the chosen style');
        await item.scrollIntoViewIfNeeded();
        await t.shot('styles-tree');
        await item.locator(`select[name="style-${LAYER}"]`).selectOption('');
        await tilesIn('default');
        await sidebar(false);

        // Made the default: the server, the tree's legend and the map's tiles use it; it cannot be removed now.
        requested.length = 0;
        await row.locator('button[data-action="default"]').click();
        await t.waitFor(async () => (await t.api(`/api/layers/${LAYER}`)).defaultStyle === styleName, 'the new default on the server');
        await page.locator(`.admin-styles tr[data-style="${styleName}"] .admin-badge`).waitFor({ timeout: 10000 });
        t.expect((await page.locator(`.admin-styles tr[data-style="${styleName}"] button[data-action="remove"]`).count()) === 0, 'the default style offers removal');
        t.expect((await form.locator('select[name="defaultStyle"]').inputValue()) === styleName, 'the form does not show the new default');
        const removal = await t.api(`/api/admin/layers/${LAYER}/styles/${styleName}`, { method: 'DELETE', allowError: true });
        t.expect(removal.status === 409 && removal.body.error === 'STYLE_IN_USE', `removing the default answered ${JSON.stringify(removal)}`);
        // (The tiles of that style may come from the browser's cache now: ask the map what it draws.)
        const drawnIn = await page.evaluate((id) => {
          const layer = window.onemap.ctx.olLayer(id);
          return { style: window.onemap.ctx.styleOf(id), url: layer.getSource().getUrls?.()?.[0], wmts: layer.getSource().getStyle?.() };
        }, LAYER);
        t.expect(drawnIn.style === styleName && drawnIn.wmts === styleName, `the map draws ${JSON.stringify(drawnIn)}`);
        await page.locator('.admin-styles').scrollIntoViewIfNeeded();
        await t.shot('styles');
        await sidebar(true);
        await t.waitFor(async () => (await legendSrc())?.includes(`STYLE=${styleName}`), 'the legend of the new default');
        const first = await item.locator(`select[name="style-${LAYER}"] option`).first().textContent();
        t.expect(first === '默认（醒目粉色）', `the tree's default choice reads ${first}`);
        await sidebar(false);
      } finally {
        await t.api(`/api/admin/layers/${LAYER}`, { ...json({ defaultStyle: 'default' }), method: 'PATCH' }).catch(() => {});
        await t.api(`/api/admin/layers/${LAYER}/styles/${styleName}`, { method: 'DELETE' }).catch(() => {});
        await t.api(`/api/admin/layers/${LAYER}/attributes/${ATTRIBUTE}/read-role`, json({ role: null }));
        await t.api(`/api/admin/layers/${LAYER}`, { ...json({ title: before.title, group: before.group ?? '' }), method: 'PATCH' });
      }
    },
  },
];
