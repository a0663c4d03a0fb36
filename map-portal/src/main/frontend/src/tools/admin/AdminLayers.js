import { ACCESS_TITLES, ADMIN, KIND_TITLES } from '../../messages.js';
import { filePicker } from '../../workbench/FilePicker.js';
import { button, el, field, jsonCall, notice, table } from './ui.js';

const T = ADMIN.layers;
const MAX_SLD = 6000;

/**
 * Layers (ADMIN): title, access level, default style and tree group (图层分组) of a layer (PATCH
 * /api/admin/layers/{id}; the catalog is reloaded after, so the layer tree regroups);
 * per-attribute permissions (an attribute readable only with a role, PUT .../read-role); and an SLD
 * checked by our parser and previewed with our WMS (GetMap with SLD_BODY), errors with their line.
 */
export default function create(ctx) {
  const status = notice();
  const pick = el('select', { name: 'layer' });
  const title = el('input', { name: 'title', maxlength: '200' });
  const level = el('select', { name: 'accessLevel' }, Object.entries(ACCESS_TITLES).map(([v, t]) => el('option', { value: v }, t)));
  const style = el('input', { name: 'defaultStyle', maxlength: '48', spellcheck: 'false' });
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
  );
  const attributes = el('div', { class: 'admin-list' });
  const sld = el('textarea', { name: 'sld', rows: '8', spellcheck: 'false' });
  const filePick = filePicker({ name: 'sldFile', accept: '.sld,.xml,application/xml', label: T.sldFile });
  const file = filePick.input;
  const sldStatus = notice();
  const preview = el('img', { class: 'admin-preview', alt: T.sldHeading, hidden: true, width: 320, height: 240 });
  const sldForm = el(
    'form',
    { class: 'admin-form', 'aria-label': T.sldHeading, dataset: { form: 'sld' } },
    el('h3', {}, T.sldHeading),
    el('small', {}, T.sldHint),
    filePick,
    sld,
    el('button', { type: 'submit' }, T.sldPreview),
    sldStatus.node,
    preview,
  );
  const element = el('section', { class: 'admin-tool admin-layers' }, meta, status.node, el('h3', {}, T.attributes), attributes, sldForm);

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
    style.value = layer.defaultStyle;
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
        defaultStyle: style.value.trim(),
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
  sldForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    preview.hidden = true;
    const layer = current();
    const body = sld.value.trim();
    if (!body) return sldStatus.show(T.sldEmpty, 'error');
    if (body.length > MAX_SLD) return sldStatus.show(T.sldTooLong, 'error');
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
      SLD_BODY: body,
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
      sldStatus.show(T.sldOk);
    } catch (e) {
      sldStatus.show(e.message, 'error');
    }
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
