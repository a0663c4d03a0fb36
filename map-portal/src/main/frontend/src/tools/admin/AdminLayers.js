import { ACCESS_TITLES, ADMIN, KIND_TITLES } from '../../messages.js';
import { filePicker } from '../../workbench/FilePicker.js';
import { button, el, field, jsonCall, notice, table, when } from './ui.js';

const T = ADMIN.layers;
const MAX_SLD = 6000;

const STYLE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,47}$/;

/**
 * Layers (ADMIN): title, access level, default style and tree group (图层分组) of a layer (PATCH
 * /api/admin/layers/{id}; the catalog is reloaded after, so the layer tree regroups);
 * per-attribute permissions (an attribute readable only with a role, PUT .../read-role); an SLD
 * checked by our parser and previewed with our WMS (GetMap with SLD_BODY), errors with their line;
 * and named styles: saved (PUT .../styles/{name}, checked by the server against the layer's
 * attributes), listed, loaded back for editing, made the default, removed.
 */
export default function create(ctx) {
  const status = notice();
  const pick = el('select', { name: 'layer' });
  const title = el('input', { name: 'title', maxlength: '200' });
  const level = el('select', { name: 'accessLevel' }, Object.entries(ACCESS_TITLES).map(([v, t]) => el('option', { value: v }, t)));
  const style = el('select', { name: 'defaultStyle' });
  const groups = el('datalist', { id: 'admin-layer-groups' });
  const group = el('input', { name: 'group', maxlength: '50', list: groups.id, placeholder: T.groupHint, autocomplete: 'off' });
  const meta = el(
    'form',
    { class: 'admin-form', 'aria-label': T.heading, dataset: { form: 'layer' } },
    field(T.pick, pick),
    field(T.title, title),
    field(T.accessLevel, level),
    field(T.defaultStyle, style),
    field(T.group, group),
    groups,
    el('button', { type: 'submit' }, ADMIN.save),
    button(T.removeLayer, () => removeLayer(), { class: 'admin-danger', dataset: { action: 'remove-layer' } }),
  );
  const attributes = el('div', { class: 'admin-list' });
  const sld = el('textarea', { name: 'sld', rows: '8', spellcheck: 'false' });
  const filePick = filePicker({ name: 'sldFile', accept: '.sld,.xml,application/xml', label: T.sldFile });
  const file = filePick.input;
  const styleName = el('input', { name: 'styleName', maxlength: '48', spellcheck: 'false', autocomplete: 'off', placeholder: T.styleNameHint });
  const styleTitle = el('input', { name: 'styleTitle', maxlength: '200', autocomplete: 'off' });
  const sldStatus = notice();
  const preview = el('img', { class: 'admin-preview', alt: T.sldHeading, hidden: true, width: 320, height: 240 });
  const saveStyle = el('button', { type: 'button', dataset: { action: 'save-style' } }, T.saveStyle);
  const sldForm = el(
    'form',
    { class: 'admin-form', 'aria-label': T.sldHeading, dataset: { form: 'sld' } },
    el('h3', {}, T.sldHeading),
    el('small', {}, T.sldHint),
    filePick,
    sld,
    field(T.styleName, styleName),
    field(T.styleTitle, styleTitle),
    el('button', { type: 'submit' }, T.sldPreview),
    saveStyle,
    sldStatus.node,
    preview,
  );
  const styleList = el('div', { class: 'admin-list admin-styles' });
  const element = el(
    'section',
    { class: 'admin-tool admin-layers' },
    meta,
    status.node,
    el('h3', {}, T.attributes),
    attributes,
    sldForm,
    el('h3', {}, T.stylesHeading),
    styleList,
  );

  const current = () => ctx.layer(pick.value);

  function fillPick() {
    const chosen = pick.value;
    pick.replaceChildren(...ctx.catalog().map((l) => el('option', { value: l.id, selected: l.id === chosen }, `${l.title}（${l.id}）`)));
    // The groups in use, then the kind titles the tree falls back to.
    const names = [...new Set([...ctx.catalog().map((l) => l.group).filter(Boolean), ...Object.values(KIND_TITLES)])];
    groups.replaceChildren(...names.map((n) => el('option', { value: n })));
    show();
  }

  function show() {
    const layer = current();
    if (!layer) return;
    title.value = layer.title;
    level.value = layer.accessLevel;
    fillDefaultStyle(layer);
    group.value = layer.group ?? '';
    const roles = ['', 'EDITOR', 'RESTRICTED_READER', 'ADMIN'];
    attributes.replaceChildren(
      table(
        [T.name, T.label, T.type, T.readRole],
        layer.attributes.map((a) => {
          const select = el(
            'select',
            { name: `role-${a.name}`, 'aria-label': `${T.readRole} ${a.label}` },
            roles.map((r) => el('option', { value: r, selected: (a.readRole ?? '') === r }, r ? T.roleOnly(ADMIN.roles[r]) : T.everyone)),
          );
          select.addEventListener('change', async () => {
            try {
              await jsonCall(ctx, 'PUT', `/api/admin/layers/${encodeURIComponent(layer.id)}/attributes/${encodeURIComponent(a.name)}/read-role`, { role: select.value || null });
              a.readRole = select.value || undefined;
              status.show(T.roleSaved(a.label, select.value ? T.roleOnly(ADMIN.roles[select.value]) : T.everyone));
            } catch (e) {
              status.show(e.message, 'error');
            }
          });
          return el('tr', { dataset: { attribute: a.name } }, el('td', {}, a.name), el('td', {}, a.label), el('td', {}, a.type), el('td', {}, select));
        }),
      ),
    );
    listStyles(layer);
  }

  const builtIn = (layer) => layer.kind.toLowerCase();
  const styleTitleOf = (layer, name) => layer.styles?.find((s) => s.name === name)?.title ?? T.builtInStyle(KIND_TITLES[layer.kind] ?? layer.kind);

  /** The built-in style, then the layer's named styles (and an old free-text name still stored). */
  function fillDefaultStyle(layer) {
    const names = (layer.styles ?? []).map((s) => s.name);
    const current = layer.defaultStyle === builtIn(layer) ? '' : layer.defaultStyle;
    const options = [el('option', { value: '' }, T.builtInStyle(KIND_TITLES[layer.kind] ?? layer.kind))];
    for (const s of layer.styles ?? []) options.push(el('option', { value: s.name }, `${s.title}（${s.name}）`));
    if (current && !names.includes(current)) options.push(el('option', { value: current }, current));
    style.replaceChildren(...options);
    style.value = current;
  }

  const stylePath = (layer, name) => `/api/admin/layers/${encodeURIComponent(layer.id)}/styles/${encodeURIComponent(name)}`;

  /** The layer's named styles with who saved them, and what can be done with each. */
  async function listStyles(layer) {
    let styles;
    try {
      styles = await ctx.api.call(`/api/admin/layers/${encodeURIComponent(layer.id)}/styles`);
    } catch (e) {
      styleList.replaceChildren(el('p', { class: 'admin-empty' }, e.message));
      return;
    }
    if (current()?.id !== layer.id) return;
    if (!styles.length) {
      styleList.replaceChildren(el('p', { class: 'admin-empty' }, T.noStyles));
      return;
    }
    styleList.replaceChildren(
      table(
        [T.styleName, T.styleTitle, T.source, T.updated, T.actions],
        styles.map((s) =>
          el(
            'tr',
            { dataset: { style: s.name } },
            el('td', {}, el('code', {}, s.name), s.default ? el('span', { class: 'admin-badge' }, T.isDefault) : null),
            el('td', {}, s.title),
            el('td', {}, s.saved ? T.sourceSaved : T.sourceFile),
            el('td', {}, s.saved ? `${when(s.updatedAt)} ${s.updatedBy ?? ''}`.trim() : ADMIN.none),
            el(
              'td',
              {},
              el(
                'div',
                { class: 'admin-actions' },
                button(T.edit, () => load(layer, s), { dataset: { action: 'edit' } }),
                button(T.preview, () => previewStyle(layer, { STYLES: s.name }, T.sldOk), { dataset: { action: 'preview' } }),
                s.default ? null : button(T.makeDefault, () => makeDefault(layer, s), { dataset: { action: 'default' } }),
                s.saved && !s.default ? button(T.remove, () => remove(layer, s), { dataset: { action: 'remove' } }) : null,
              ),
            ),
          ),
        ),
      ),
    );
  }

  async function load(layer, s) {
    try {
      const response = await fetch(stylePath(layer, s.name), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${response.status}`);
      sld.value = await response.text();
      styleName.value = s.name;
      styleTitle.value = s.title;
      sldStatus.show(T.loaded(s.title));
      sld.focus();
    } catch (e) {
      sldStatus.show(e.message, 'error');
    }
  }

  async function makeDefault(layer, s) {
    try {
      await jsonCall(ctx, 'PATCH', `/api/admin/layers/${encodeURIComponent(layer.id)}`, { defaultStyle: s.name });
      await ctx.reloadCatalog();
      status.show(T.defaultSet(s.title));
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  /** Irreversible (features and history go): the administrator types the layer's id to confirm. */
  async function removeLayer() {
    const layer = current();
    if (!layer) return;
    const typed = globalThis.prompt(T.confirmRemoveLayer(layer.title, layer.id));
    if (typed === null) return;
    if (typed.trim() !== layer.id) return status.show(T.removeLayerMismatch, 'error');
    try {
      await ctx.api.call(`/api/admin/layers/${encodeURIComponent(layer.id)}?confirm=${encodeURIComponent(layer.id)}`, { method: 'DELETE' });
      await ctx.reloadCatalog();
      status.show(T.layerRemoved(layer.title));
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  async function remove(layer, s) {
    if (!globalThis.confirm(T.confirmRemove(s.title))) return;
    try {
      await ctx.api.call(stylePath(layer, s.name), { method: 'DELETE' });
      await ctx.reloadCatalog();
      status.show(T.removed(s.title));
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  pick.addEventListener('change', () => {
    status.clear();
    show();
  });
  meta.addEventListener('submit', async (event) => {
    event.preventDefault();
    const layer = current();
    try {
      const saved = await jsonCall(ctx, 'PATCH', `/api/admin/layers/${encodeURIComponent(layer.id)}`, {
        title: title.value.trim(),
        accessLevel: level.value,
        defaultStyle: style.value,
        group: group.value.trim(),
      });
      Object.assign(layer, { title: saved.title, accessLevel: saved.accessLevel, defaultStyle: saved.defaultStyle, group: saved.group });
      // The tree, the map and the other tools see the change (a 'catalog' event refills this form).
      await ctx.reloadCatalog();
      status.show(ADMIN.saved);
    } catch (e) {
      status.show(e.message, 'error');
    }
  });

  file.addEventListener('change', async () => {
    if (file.files[0]) sld.value = await file.files[0].text();
  });
  /** Draws the layer with our WMS (`extra`: SLD_BODY or STYLES), showing the server's error text when it refuses. */
  async function previewStyle(layer, extra, okText) {
    preview.hidden = true;
    if (!layer?.bbox) return sldStatus.show(T.noExtent, 'error');
    const [minX, minY, maxX, maxY] = layer.bbox;
    const params = new URLSearchParams({
      SERVICE: 'WMS',
      VERSION: '1.3.0',
      REQUEST: 'GetMap',
      LAYERS: layer.id,
      STYLES: '',
      CRS: 'EPSG:4490',
      // WMS 1.3.0 and EPSG:4490: latitude first.
      BBOX: [minY, minX, maxY, maxX].join(','),
      WIDTH: '320',
      HEIGHT: '240',
      FORMAT: 'image/png',
      TRANSPARENT: 'true',
      ...extra,
    });
    try {
      const response = await fetch(`/wms?${params}`, { credentials: 'same-origin' });
      const type = response.headers.get('Content-Type') ?? '';
      if (!type.startsWith('image/')) {
        const text = await response.text();
        const message = /<(?:ows:)?ExceptionText>([\s\S]*?)<\/|<ServiceException[^>]*>([\s\S]*?)<\//.exec(text);
        return sldStatus.show(T.sldError((message?.[1] ?? message?.[2] ?? text).trim()), 'error');
      }
      const blob = await response.blob();
      if (preview.src) URL.revokeObjectURL(preview.src);
      preview.src = URL.createObjectURL(blob);
      preview.hidden = false;
      sldStatus.show(okText);
    } catch (e) {
      sldStatus.show(e.message, 'error');
    }
  }

  sldForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    preview.hidden = true;
    const body = sld.value.trim();
    if (!body) return sldStatus.show(T.sldEmpty, 'error');
    if (body.length > MAX_SLD) return sldStatus.show(T.sldTooLong, 'error');
    await previewStyle(current(), { SLD_BODY: body }, T.sldOk);
  });

  saveStyle.addEventListener('click', async () => {
    preview.hidden = true;
    const layer = current();
    const body = sld.value.trim();
    const name = styleName.value.trim();
    if (!body) return sldStatus.show(T.sldEmpty, 'error');
    if (!STYLE_NAME.test(name) || name.toLowerCase() === 'default') return sldStatus.show(T.styleBadName, 'error');
    let saved;
    try {
      saved = await jsonCall(ctx, 'PUT', stylePath(layer, name), { title: styleTitle.value.trim(), sld: body });
    } catch (e) {
      return sldStatus.show(e.message, 'error');
    }
    // The tree's legends and the default-style choice list the new style.
    await ctx.reloadCatalog();
    await previewStyle(ctx.layer(layer.id) ?? layer, { STYLES: saved.name }, T.styleSaved(saved.title, saved.name));
  });

  ctx.on('catalog', fillPick);
  return {
    element,
    open: () => {
      status.clear();
      fillPick();
    },
  };
}
