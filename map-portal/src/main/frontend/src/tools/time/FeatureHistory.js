import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Circle, Fill, Stroke, Style } from 'ol/style.js';
import { HISTORY, POPUP } from '../../messages.js';
import { firstFullDay } from './dates.js';

const VERSION_STYLE = [
  new Style({
    stroke: new Stroke({ color: 'rgba(255,255,255,0.95)', width: 7 }),
    image: new Circle({ radius: 10, fill: new Fill({ color: 'rgba(255,255,255,0.95)' }) }),
  }),
  new Style({
    stroke: new Stroke({ color: '#7b2cbf', width: 3, lineDash: [8, 5] }),
    fill: new Fill({ color: 'rgba(123,44,191,0.2)' }),
    image: new Circle({ radius: 7, fill: new Fill({ color: '#7b2cbf' }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
  }),
];

const when = (instant) => new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/**
 * 要素历史: every version of one feature (GET /api/layers/{id}/features/{fid}/history) with who,
 * when and why, an attribute diff against the previous version (changed values highlighted,
 * coded values with their names), and each version drawable on the map.
 */
export default function create(ctx) {
  const element = document.createElement('section');
  element.className = 'feature-history';
  const format = new GeoJSON();
  const source = new VectorSource();
  const layer = new VectorLayer({ source, style: VERSION_STYLE, zIndex: 60, properties: { layerId: 'history-version' } });
  let shown = null;
  let versions = [];

  function draw(version) {
    source.clear();
    shown = version;
    element.querySelectorAll('.history-version').forEach((li) => li.classList.toggle('drawn', li.dataset.version === String(version?.version?.number)));
    if (!version?.geometry) return;
    if (!ctx.map.getLayers().getArray().includes(layer)) ctx.map.addLayer(layer);
    const feature = format.readFeature(version, { dataProjection: 'EPSG:4490', featureProjection: ctx.viewProjection() });
    source.addFeature(feature);
    ctx.map.getView().fit(feature.getGeometry().getExtent(), { padding: [80, 80, 80, 80], maxZoom: 17, duration: 250 });
  }

  function render(def, featureId) {
    element.replaceChildren();
    const heading = document.createElement('h3');
    heading.textContent = HISTORY.heading(def.title, featureId);
    const count = document.createElement('p');
    count.className = 'hint history-count';
    count.textContent = HISTORY.count(versions.length);
    const list = document.createElement('ol');
    list.className = 'history-list';
    versions.forEach((v, i) => list.append(versionItem(def, v, versions[i - 1])));
    element.append(heading, count, list);
  }

  function versionItem(def, v, previous) {
    const info = v.version ?? {};
    const li = document.createElement('li');
    li.className = 'history-version';
    li.dataset.version = String(info.number);
    if (info.operation === 'DELETE') li.classList.add('deleted');
    const title = document.createElement('h4');
    const operation = POPUP.operations[info.operation] ?? info.operation;
    title.textContent = `${HISTORY.version(info.number)} · ${operation}${info.validTo ? '' : ` · ${HISTORY.current}`}`;
    const meta = document.createElement('dl');
    meta.className = 'history-meta';
    item(meta, HISTORY.who, info.author ?? '—');
    item(meta, HISTORY.when, when(info.validFrom));
    if (info.validTo) item(meta, HISTORY.until, when(info.validTo));
    item(meta, HISTORY.why, info.reason || HISTORY.noReason);
    li.append(title, meta, diff(def, v, previous));
    const actions = document.createElement('div');
    actions.className = 'history-actions';
    if (v.geometry) {
      const show = document.createElement('button');
      show.type = 'button';
      show.className = 'history-show';
      show.textContent = HISTORY.show;
      show.addEventListener('click', () => draw(v));
      actions.append(show);
    }
    if (info.operation !== 'DELETE') {
      const asOf = document.createElement('button');
      asOf.type = 'button';
      asOf.className = 'history-asof';
      asOf.textContent = HISTORY.asOf;
      asOf.addEventListener('click', () => ctx.time.setAsOf(info.validTo ? firstFullDay(info.validFrom) : null));
      actions.append(asOf);
    }
    li.append(actions);
    return li;
  }

  async function open(args) {
    if (!args?.layerId) {
      if (versions.length === 0) {
        const hint = document.createElement('p');
        hint.className = 'hint';
        hint.textContent = HISTORY.choose;
        element.replaceChildren(hint);
      }
      return;
    }
    const def = ctx.layer(args.layerId);
    const path = `/api/layers/${encodeURIComponent(args.layerId)}/features/${encodeURIComponent(args.featureId)}/history`;
    try {
      versions = (await ctx.api.call(path)).features ?? [];
      render(def ?? { title: args.layerId, attributes: [] }, args.featureId);
      const current = [...versions].reverse().find((v) => v.geometry);
      if (current) draw(current);
    } catch (e) {
      const error = document.createElement('p');
      error.className = 'error';
      error.textContent = e.message;
      element.replaceChildren(error);
    }
  }

  ctx.on('view-projection', () => shown && draw(shown));
  return {
    element,
    open,
    close() {
      source.clear();
      ctx.map.removeLayer(layer);
      shown = null;
    },
  };
}

function item(dl, label, value) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.textContent = value;
  dl.append(dt, dd);
}

/** A value as people read it: the code list name beside the code. */
function text(feature, name) {
  const value = feature?.properties?.[name];
  if (value === null || value === undefined || value === '') return '—';
  const coded = feature.names?.[name];
  return coded ? `${coded}（${value}）` : String(value);
}

/** The attribute table of a version: every attribute for the first, the changes after. */
function diff(def, v, previous) {
  const table = document.createElement('table');
  table.className = 'history-diff';
  const head = document.createElement('tr');
  for (const h of previous ? [HISTORY.attribute, HISTORY.before, HISTORY.after] : [HISTORY.attribute, HISTORY.after]) {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  }
  table.append(head);
  let changes = 0;
  for (const a of def.attributes ?? []) {
    const now = text(v, a.name);
    const before = previous ? text(previous, a.name) : null;
    const changed = previous && before !== now;
    if (previous && !changed) continue;
    changes++;
    const tr = document.createElement('tr');
    tr.dataset.attribute = a.name;
    if (changed) tr.className = 'changed';
    const cells = previous ? [a.label ?? a.name, before, now] : [a.label ?? a.name, now];
    for (const c of cells) {
      const td = document.createElement('td');
      td.textContent = c;
      tr.append(td);
    }
    table.append(tr);
  }
  const wrap = document.createElement('div');
  wrap.className = 'history-diff-wrap';
  if (previous && v.version?.operation !== 'DELETE' && JSON.stringify(previous.geometry) !== JSON.stringify(v.geometry)) {
    const g = document.createElement('p');
    g.className = 'history-geometry changed';
    g.textContent = HISTORY.geometryChanged;
    wrap.append(g);
  }
  if (previous && changes === 0) {
    const same = document.createElement('p');
    same.className = 'hint';
    same.textContent = v.version?.operation === 'DELETE' ? HISTORY.deleted : HISTORY.unchanged;
    wrap.append(same);
    return wrap;
  }
  if (!previous) {
    // The first version's full attribute list, folded: the changes after it matter more.
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = HISTORY.allAttributes(changes);
    details.append(summary, table);
    wrap.append(details);
    return wrap;
  }
  wrap.append(table);
  return wrap;
}
