import Draw from 'ol/interaction/Draw.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Circle, Fill, Stroke, Style } from 'ol/style.js';
import { BUFFER } from '../../messages.js';

const SHAPE_STYLE = new Style({
  stroke: new Stroke({ color: '#5f3dc4', width: 2.5 }),
  fill: new Fill({ color: 'rgba(95,61,196,0.10)' }),
  image: new Circle({ radius: 6, fill: new Fill({ color: '#5f3dc4' }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
});
const BUFFER_STYLE = new Style({
  stroke: new Stroke({ color: '#5f3dc4', width: 2, lineDash: [10, 6] }),
  fill: new Fill({ color: 'rgba(95,61,196,0.14)' }),
});
const DRAW_TYPES = { point: 'Point', line: 'LineString', polygon: 'Polygon' };
/** Features put into the selection per layer (the count is always the full one). */
const SELECT_LIMIT = 2000;
const MAX_DISTANCE = 100000;

/**
 * Buffer and select: buffer a drawn point, line or polygon, or the current selection, by N metres
 * (on the server, in the Gauss-Krüger plane: POST /api/layers/{id}/features/within), show the
 * buffer, and select the features of the chosen visible layers inside it. The result replaces the
 * shared selection (highlighted on the map); the panel lists the count per layer.
 */
export default function create(ctx) {
  const OWNER = 'buffer';
  const format = new GeoJSON();
  const source = new VectorSource();
  const layer = new VectorLayer({ source, zIndex: 58, className: 'buffer-layer', properties: { layerId: 'buffer' } });
  let kind = 'point';
  /** The shape to buffer, GeoJSON geometry in lon/lat, and the buffer last returned. */
  let shape = null;
  let buffer = null;
  let draw = null;
  let active = false;
  let running = 0;

  const element = document.createElement('section');
  element.className = 'buffer';
  const kinds = document.createElement('div');
  kinds.className = 'buffer-kinds';
  kinds.setAttribute('role', 'group');
  kinds.setAttribute('aria-label', BUFFER.sourceLabel);
  for (const id of ['point', 'line', 'polygon', 'selection']) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.kind = id;
    b.textContent = BUFFER.kinds[id];
    b.addEventListener('click', () => setKind(id));
    kinds.append(b);
  }
  const hint = document.createElement('p');
  hint.className = 'buffer-hint';
  const distanceLabel = document.createElement('label');
  distanceLabel.className = 'buffer-distance';
  const distance = document.createElement('input');
  distance.type = 'number';
  distance.name = 'buffer-distance';
  distance.min = '0';
  distance.max = String(MAX_DISTANCE);
  distance.step = 'any';
  distance.value = '200';
  distance.inputMode = 'decimal';
  distanceLabel.append(`${BUFFER.distance} `, distance, ` ${BUFFER.metres}`);
  const layersBox = document.createElement('fieldset');
  layersBox.className = 'buffer-layers';
  const run = document.createElement('button');
  run.type = 'button';
  run.className = 'buffer-run';
  run.textContent = BUFFER.run;
  run.addEventListener('click', () => select());
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = BUFFER.clear;
  clear.addEventListener('click', () => reset(true));
  const actions = document.createElement('div');
  actions.className = 'buffer-actions';
  actions.append(run, clear);
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  const summary = document.createElement('div');
  summary.className = 'buffer-summary';
  summary.setAttribute('aria-live', 'polite');
  element.append(kinds, hint, distanceLabel, layersBox, actions, message, summary);

  /**
   * The user's ticks by layer id; a layer not yet ticked or unticked starts ticked unless it is a
   * base layer (drawn by the base map: whole districts and towns would be selected).
   */
  const ticks = new Map();
  const ticked = (id) => ticks.get(id) ?? ctx.layer(id)?.kind !== 'BASE';
  function renderLayers() {
    const ids = ctx.visibleLayerIds();
    const legend = document.createElement('legend');
    legend.textContent = BUFFER.layers;
    const rows = ids.map((id) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = id;
      box.checked = ticked(id);
      box.addEventListener('change', () => {
        ticks.set(id, box.checked);
        renderRun();
      });
      label.append(box, ` ${ctx.layer(id)?.title ?? id}`);
      return label;
    });
    if (rows.length === 0) {
      const none = document.createElement('p');
      none.className = 'buffer-hint';
      none.textContent = BUFFER.noLayers;
      rows.push(none);
    }
    layersBox.replaceChildren(legend, ...rows);
    renderRun();
  }
  const chosenLayers = () => [...layersBox.querySelectorAll('input:checked')].map((b) => b.value);

  function renderRun() {
    run.disabled = running > 0 || !shape || chosenLayers().length === 0;
  }

  function render() {
    for (const b of kinds.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.kind === kind));
    kinds.querySelector('[data-kind="selection"]').disabled = ctx.selection.count() === 0 && kind !== 'selection';
    hint.textContent = BUFFER.hints[kind];
    renderRun();
  }

  function setKind(id) {
    kind = id;
    message.textContent = '';
    if (id === 'selection') {
      stopDrawing();
      useSelection();
    } else if (active) {
      startDrawing();
    }
    render();
  }

  /** The selected features' geometries as one shape. */
  function useSelection() {
    const geometries = [];
    for (const features of ctx.selection.all().values()) for (const f of features) if (f.geometry) geometries.push(f.geometry);
    if (geometries.length === 0) {
      message.textContent = BUFFER.noSelection;
      setShape(null);
      return;
    }
    setShape(geometries.length === 1 ? geometries[0] : { type: 'GeometryCollection', geometries });
  }

  function setShape(geometry) {
    shape = geometry;
    buffer = null;
    drawShapes();
    if (shape) element.dataset.shape = JSON.stringify(shape);
    else delete element.dataset.shape;
    renderRun();
  }

  function drawShapes() {
    source.clear();
    const projection = ctx.viewProjection();
    if (buffer) {
      const f = format.readFeature({ type: 'Feature', geometry: buffer, properties: {} }, { dataProjection: 'EPSG:4490', featureProjection: projection });
      f.setStyle(BUFFER_STYLE);
      source.addFeature(f);
    }
    if (shape && kind !== 'selection') {
      const f = format.readFeature({ type: 'Feature', geometry: shape, properties: {} }, { dataProjection: 'EPSG:4490', featureProjection: projection });
      f.setStyle(SHAPE_STYLE);
      source.addFeature(f);
    }
  }

  function startDrawing() {
    stopDrawing();
    draw = new Draw({ type: DRAW_TYPES[kind], style: SHAPE_STYLE });
    draw.on('drawend', (event) => {
      const geometry = format.writeGeometryObject(event.feature.getGeometry(), { dataProjection: 'EPSG:4490', featureProjection: ctx.viewProjection(), decimals: 9 });
      setShape(geometry);
      if (chosenLayers().length > 0) select();
    });
    ctx.map.addInteraction(draw);
  }

  function stopDrawing() {
    if (draw) ctx.map.removeInteraction(draw);
    draw = null;
  }

  async function select() {
    message.textContent = '';
    const metres = Number(distance.value);
    if (distance.value.trim() === '' || !Number.isFinite(metres) || metres < 0 || metres > MAX_DISTANCE) {
      message.textContent = BUFFER.badDistance(MAX_DISTANCE);
      return;
    }
    const ids = chosenLayers();
    if (!shape || ids.length === 0) return;
    running++;
    renderRun();
    summary.dataset.state = 'running';
    summary.textContent = BUFFER.running;
    const body = JSON.stringify({ geometry: shape, distance: metres, limit: SELECT_LIMIT, asOf: ctx.time.asOf() });
    try {
      const answers = await Promise.all(
        ids.map((id) =>
          ctx.api.call(`/api/layers/${encodeURIComponent(id)}/features/within`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then((answer) => ({ id, answer })),
        ),
      );
      buffer = answers[0]?.answer.buffer ?? null;
      drawShapes();
      ctx.selection.clear();
      for (const { id, answer } of answers) ctx.selection.set(id, answer.features);
      renderSummary(answers, metres);
    } catch (e) {
      summary.replaceChildren();
      delete summary.dataset.state;
      message.textContent = e.message;
    } finally {
      running--;
      renderRun();
      render();
    }
  }

  function renderSummary(answers, metres) {
    const table = document.createElement('table');
    table.className = 'buffer-counts';
    const caption = document.createElement('caption');
    caption.textContent = BUFFER.caption(metres, answers[0]?.answer.plane ?? '');
    table.append(caption);
    let total = 0;
    for (const { id, answer } of answers) {
      total += answer.numberMatched;
      const tr = document.createElement('tr');
      tr.dataset.layer = id;
      tr.dataset.count = String(answer.numberMatched);
      const th = document.createElement('th');
      th.textContent = ctx.layer(id)?.title ?? id;
      const td = document.createElement('td');
      td.textContent = answer.numberReturned < answer.numberMatched ? BUFFER.partly(answer.numberMatched, answer.numberReturned) : String(answer.numberMatched);
      tr.append(th, td);
      table.append(tr);
    }
    const totalRow = document.createElement('p');
    totalRow.className = 'buffer-total';
    totalRow.textContent = BUFFER.total(total);
    const zoom = document.createElement('button');
    zoom.type = 'button';
    zoom.textContent = BUFFER.zoomTo;
    zoom.disabled = total === 0;
    zoom.addEventListener('click', () => ctx.selection.zoomTo());
    summary.dataset.state = 'done';
    summary.replaceChildren(table, totalRow, zoom);
  }

  function reset(clearSelection) {
    draw?.abortDrawing();
    setShape(null);
    summary.replaceChildren();
    delete summary.dataset.state;
    message.textContent = '';
    if (clearSelection) ctx.selection.clear();
  }

  ctx.on('layers', () => active && renderLayers());
  ctx.on('catalog', () => active && renderLayers());
  ctx.on('selection', () => active && render());
  ctx.on('view-projection', () => {
    if (!active) return;
    draw?.abortDrawing();
    drawShapes();
  });
  const onKey = (event) => {
    if (event.key === 'Escape') draw?.abortDrawing();
  };

  return {
    element,
    open(args) {
      if (args?.kind && BUFFER.kinds[args.kind]) kind = args.kind;
      if (!active) {
        active = true;
        ctx.map.addLayer(layer);
        ctx.claimClicks(OWNER);
        document.addEventListener('keydown', onKey, true);
      }
      renderLayers();
      if (kind === 'selection') {
        stopDrawing();
        useSelection();
      } else {
        startDrawing();
      }
      render();
    },
    close() {
      active = false;
      stopDrawing();
      reset(false);
      ctx.map.removeLayer(layer);
      ctx.releaseClicks(OWNER);
      document.removeEventListener('keydown', onKey, true);
    },
  };
}
