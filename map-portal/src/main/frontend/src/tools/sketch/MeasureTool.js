import Draw from 'ol/interaction/Draw.js';
import Overlay from 'ol/Overlay.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import LineString from 'ol/geom/LineString.js';
import Polygon from 'ol/geom/Polygon.js';
import { Circle, Fill, Stroke, Style } from 'ol/style.js';
import { MEASURE } from '../../messages.js';
import { area, bearing, length, zoneOf } from './geodesy.js';
import { angleText, areaLines, lengthLines, shortArea, shortLength } from './format.js';

const COLOUR = '#c2410c';
const STYLE = [
  new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 5 }) }),
  new Style({
    stroke: new Stroke({ color: COLOUR, width: 2.5 }),
    fill: new Fill({ color: 'rgba(194,65,12,0.12)' }),
    image: new Circle({ radius: 5, fill: new Fill({ color: COLOUR }), stroke: new Stroke({ color: '#fff', width: 2 }) }),
  }),
];
const SKETCH_STYLE = new Style({
  stroke: new Stroke({ color: COLOUR, width: 2, lineDash: [8, 6] }),
  fill: new Fill({ color: 'rgba(194,65,12,0.08)' }),
  image: new Circle({ radius: 5, stroke: new Stroke({ color: COLOUR, width: 2 }), fill: new Fill({ color: 'rgba(255,255,255,0.8)' }) }),
});

/**
 * Measure: distance (polyline), area (polygon) and bearing (two points) on the map, each stated
 * with its method — ellipsoidal on CGCS2000/GRS80 or on the Gauss-Krüger plane (geodesy.js). A live
 * tooltip follows the drawing; final values go to the panel. The tool holds the map's clicks while
 * open (identify stays quiet); Esc cancels the shape being drawn.
 */
export default function create(ctx) {
  const OWNER = 'measure';
  const source = new VectorSource();
  const layer = new VectorLayer({ source, style: STYLE, zIndex: 60, properties: { layerId: 'measure' } });
  let mode = 'distance';
  let method = 'ellipsoid';
  let draw = null;
  let active = false;
  /** Finished measures: {kind, lonLats, feature, overlay}. */
  const results = [];

  const element = document.createElement('section');
  element.className = 'measure';
  const modes = document.createElement('div');
  modes.className = 'measure-modes';
  modes.setAttribute('role', 'group');
  modes.setAttribute('aria-label', MEASURE.modeLabel);
  for (const id of ['distance', 'area', 'bearing']) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.mode = id;
    b.textContent = MEASURE.modes[id];
    b.addEventListener('click', () => setMode(id));
    modes.append(b);
  }
  const methods = document.createElement('fieldset');
  methods.className = 'measure-methods';
  methods.innerHTML = `<legend>${MEASURE.methodHeading}</legend>`;
  for (const id of ['ellipsoid', 'plane']) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'measure-method';
    input.value = id;
    input.checked = id === method;
    input.addEventListener('change', () => {
      method = id;
      render();
    });
    label.append(input, ` ${MEASURE.methods[id]}`);
    methods.append(label);
  }
  const methodNote = document.createElement('p');
  methodNote.className = 'measure-note';
  const hint = document.createElement('p');
  hint.className = 'measure-hint';
  const actions = document.createElement('div');
  actions.className = 'measure-actions';
  const finish = button(MEASURE.finish, () => draw?.finishDrawing());
  finish.className = 'measure-finish';
  const undo = button(MEASURE.undo, () => draw?.removeLastPoint());
  const clear = button(MEASURE.clear, () => clearAll());
  clear.className = 'measure-clear';
  actions.append(finish, undo, clear);
  const list = document.createElement('ol');
  list.className = 'measure-results';
  list.setAttribute('aria-live', 'polite');
  element.append(modes, methods, methodNote, hint, actions, list);

  const live = document.createElement('div');
  live.className = 'measure-tooltip measure-live';
  const liveOverlay = new Overlay({ element: live, offset: [12, -12], positioning: 'bottom-left', stopEvent: false });

  function button(text, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  const lonLatsOf = (coordinates) => coordinates.map((c) => ctx.toLonLat(c));

  /** The value of a shape: {value, short, lines} in metres, m² or degrees. */
  function measureOf(kind, lonLats) {
    if (kind === 'area') {
      const m2 = lonLats.length >= 3 ? area(lonLats, method) : 0;
      return { value: m2, short: shortArea(m2), lines: areaLines(m2) };
    }
    if (kind === 'bearing') {
      const deg = lonLats.length >= 2 ? bearing(lonLats[0], lonLats[1], method) : NaN;
      const m = lonLats.length >= 2 ? length(lonLats.slice(0, 2), method) : 0;
      return { value: deg, short: angleText(deg), lines: [`${method === 'plane' ? MEASURE.gridBearing : MEASURE.azimuth} ${angleText(deg)}`, `${MEASURE.modes.distance} ${shortLength(m)}`] };
    }
    const m = lonLats.length >= 2 ? length(lonLats, method) : 0;
    return { value: m, short: shortLength(m), lines: lengthLines(m) };
  }

  function methodText(lonLats) {
    if (method === 'ellipsoid') return MEASURE.methodNote.ellipsoid;
    try {
      const zone = zoneOf(lonLats);
      return MEASURE.methodNote.plane(zone.code, zone.centralMeridian);
    } catch {
      return MEASURE.methodNote.plane('—', '—');
    }
  }

  function sketchLonLats(geometry, kind) {
    if (kind === 'area') return lonLatsOf(geometry.getCoordinates()[0]);
    return lonLatsOf(geometry.getCoordinates());
  }

  function startDrawing() {
    if (draw) ctx.map.removeInteraction(draw);
    const kind = mode;
    draw = new Draw({
      source,
      type: kind === 'area' ? 'Polygon' : 'LineString',
      maxPoints: kind === 'bearing' ? 2 : undefined,
      style: SKETCH_STYLE,
    });
    draw.on('drawstart', (event) => {
      const geometry = event.feature.getGeometry();
      geometry.on('change', () => {
        const lonLats = sketchLonLats(geometry, kind);
        live.textContent = measureOf(kind, lonLats).short;
        const at = kind === 'area' ? geometry.getInteriorPoint().getCoordinates() : geometry.getLastCoordinate();
        liveOverlay.setPosition(at.slice(0, 2));
      });
      element.dataset.drawing = 'true';
    });
    draw.on('drawabort', () => endSketch());
    draw.on('drawend', (event) => {
      const geometry = event.feature.getGeometry();
      const lonLats = sketchLonLats(geometry, kind);
      endSketch();
      addResult(kind, lonLats, event.feature);
    });
    ctx.map.addInteraction(draw);
  }

  function endSketch() {
    liveOverlay.setPosition(undefined);
    delete element.dataset.drawing;
  }

  function addResult(kind, lonLats, feature) {
    const tip = document.createElement('div');
    tip.className = 'measure-tooltip measure-final';
    const overlay = new Overlay({ element: tip, offset: [0, -10], positioning: 'bottom-center', stopEvent: false });
    ctx.map.addOverlay(overlay);
    results.push({ kind, lonLats, feature, overlay });
    render();
  }

  function place(result) {
    const g = result.feature.getGeometry();
    const at = result.kind === 'area' ? g.getInteriorPoint().getCoordinates() : g.getLastCoordinate();
    result.overlay.setPosition(at.slice(0, 2));
  }

  function render() {
    for (const b of modes.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
    hint.textContent = MEASURE.hints[mode];
    methodNote.textContent = methodText(results.at(-1)?.lonLats ?? [ctx.toLonLat(ctx.map.getView().getCenter())]);
    finish.hidden = mode === 'bearing';
    const items = results.map((r, i) => {
      const m = measureOf(r.kind, r.lonLats);
      r.overlay.getElement().textContent = m.short;
      place(r);
      const li = document.createElement('li');
      li.className = 'measure-result';
      li.dataset.kind = r.kind;
      li.dataset.method = method;
      li.dataset.value = String(m.value);
      const head = document.createElement('strong');
      head.textContent = `${MEASURE.modes[r.kind]} ${i + 1}`;
      const values = document.createElement('div');
      values.className = 'measure-values';
      for (const line of m.lines) {
        const span = document.createElement('span');
        span.textContent = line;
        values.append(span);
      }
      const note = document.createElement('small');
      note.textContent = methodText(r.lonLats);
      li.append(head, values, note);
      return li;
    });
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'measure-empty';
      empty.textContent = MEASURE.none;
      items.push(empty);
    }
    list.replaceChildren(...items);
  }

  function setMode(id) {
    mode = id;
    if (active) startDrawing();
    render();
  }

  function clearAll() {
    draw?.abortDrawing();
    for (const r of results) ctx.map.removeOverlay(r.overlay);
    results.length = 0;
    source.clear();
    render();
  }

  const onKey = (event) => {
    if (event.key === 'Escape' && element.dataset.drawing) {
      draw?.abortDrawing();
      event.stopPropagation();
    }
  };

  // Shapes are kept in lon/lat: a CRS switch redraws them in the new view's coordinates.
  ctx.on('view-projection', () => {
    if (!active) return;
    draw?.abortDrawing();
    for (const r of results) {
      const coordinates = r.lonLats.map((p) => ctx.fromLonLat(p));
      r.feature.setGeometry(r.kind === 'area' ? new Polygon([coordinates]) : new LineString(coordinates));
    }
    render();
  });

  render();
  return {
    element,
    open(args) {
      if (args?.mode && MEASURE.modes[args.mode]) mode = args.mode;
      if (!active) {
        active = true;
        ctx.map.addLayer(layer);
        ctx.map.addOverlay(liveOverlay);
        ctx.claimClicks(OWNER);
        document.addEventListener('keydown', onKey, true);
      }
      startDrawing();
      render();
    },
    close() {
      active = false;
      clearAll();
      if (draw) ctx.map.removeInteraction(draw);
      draw = null;
      ctx.map.removeOverlay(liveOverlay);
      ctx.map.removeLayer(layer);
      ctx.releaseClicks(OWNER);
      document.removeEventListener('keydown', onKey, true);
    },
  };
}
