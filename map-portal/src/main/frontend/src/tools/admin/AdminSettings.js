import { ADMIN } from '../../messages.js';
import { el, field, jsonCall, notice } from './ui.js';

const T = ADMIN.settings;
const ORIGIN = /^https?:\/\/[^/\s*?#@]+$/i;

/**
 * Run-time settings (ADMIN): the origins allowed for CORS (one per line) and the external WMTS
 * base map (URL template, layer, matrix set, grid, tk). The server validates both again and lists
 * the base map's hosts in the Content-Security-Policy.
 */
export default function create(ctx) {
  const corsStatus = notice();
  const origins = el('textarea', { name: 'origins', rows: '4', spellcheck: 'false' });
  const corsState = el('small', { class: 'admin-hint' });
  const corsForm = el(
    'form',
    { class: 'admin-form', 'aria-label': T.corsHeading, dataset: { form: 'cors' } },
    el('h3', {}, T.corsHeading),
    el('small', {}, T.corsHint),
    origins,
    corsState,
    el('button', { type: 'submit' }, ADMIN.save),
    corsStatus.node,
  );
  corsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const lines = origins.value.split('\n').map((l) => l.trim());
    const bad = lines.findIndex((l) => l && !ORIGIN.test(l.replace(/\/$/, '')));
    if (bad >= 0) return corsStatus.show(T.corsBad(bad + 1), 'error');
    try {
      show(await jsonCall(ctx, 'PUT', '/api/admin/settings/cors', { origins: lines.filter(Boolean) }));
      corsStatus.show(ADMIN.saved);
    } catch (e) {
      corsStatus.show(e.message, 'error');
    }
  });
  function show(cors) {
    origins.value = cors.origins.join('\n');
    corsState.textContent = cors.stored ? T.corsStored : T.corsDefault;
  }

  const baseStatus = notice();
  const hosts = el('small', { class: 'admin-hint admin-hosts' });
  const input = (name, props = {}) => el('input', { name, spellcheck: 'false', ...props });
  const f = {
    enabled: el('input', { type: 'checkbox', name: 'enabled' }),
    title: input('title', { maxlength: '40' }),
    urlTemplate: input('urlTemplate', { type: 'url' }),
    layer: input('layer'),
    matrixSet: input('matrixSet'),
    grid: el('select', { name: 'grid' }, Object.entries(T.grids).map(([v, t]) => el('option', { value: v }, t))),
    tk: input('tk', { autocomplete: 'off' }),
  };
  const baseForm = el(
    'form',
    { class: 'admin-form', 'aria-label': T.baseHeading, dataset: { form: 'basemap' } },
    el('h3', {}, T.baseHeading),
    el('label', { class: 'admin-check' }, f.enabled, T.enabled),
    field(T.title, f.title),
    field(T.urlTemplate, f.urlTemplate),
    el('small', {}, T.urlHint),
    field(T.layer, f.layer),
    field(T.matrixSet, f.matrixSet),
    field(T.grid, f.grid),
    field(T.tk, f.tk),
    hosts,
    el('button', { type: 'submit' }, ADMIN.save),
    baseStatus.node,
  );
  baseForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const url = f.urlTemplate.value.trim();
    if (url && !['{TileMatrix}', '{TileRow}', '{TileCol}'].every((p) => url.includes(p))) {
      return baseStatus.show(T.needPlaceholders, 'error');
    }
    try {
      const saved = await jsonCall(ctx, 'PUT', '/api/admin/settings/basemap', {
        enabled: f.enabled.checked,
        title: f.title.value.trim(),
        urlTemplate: url,
        layer: f.layer.value.trim(),
        matrixSet: f.matrixSet.value.trim(),
        grid: f.grid.value,
        tk: f.tk.value.trim(),
      });
      fill(saved);
      baseStatus.show(ADMIN.saved);
    } catch (e) {
      baseStatus.show(e.message, 'error');
    }
  });
  function fill(base) {
    f.enabled.checked = base.enabled;
    for (const k of ['title', 'urlTemplate', 'layer', 'matrixSet', 'tk']) f[k].value = base[k] ?? '';
    f.grid.value = base.grid || 'c';
    const csp = fetch('/api/basemaps', { method: 'HEAD' }).then((r) => r.headers.get('Content-Security-Policy') ?? '');
    csp.then((policy) => {
      const img = /img-src ([^;]*)/.exec(policy)?.[1] ?? '';
      hosts.textContent = T.hosts(img.split(' ').filter((s) => /^https?:/.test(s)).join(' '));
    });
  }

  const element = el('section', { class: 'admin-tool admin-settings' }, corsForm, baseForm);
  return {
    element,
    async open() {
      delete element.dataset.ready;
      corsStatus.clear();
      baseStatus.clear();
      try {
        show(await ctx.api.call('/api/admin/settings/cors'));
        fill(await ctx.api.call('/api/admin/settings/basemap'));
        element.dataset.ready = 'true';
      } catch (e) {
        corsStatus.show(e.message, 'error');
      }
    },
  };
}
