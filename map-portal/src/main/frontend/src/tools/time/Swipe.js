import { getRenderPixel } from 'ol/render.js';
import { SWIPE } from '../../messages.js';
import { isDate, today } from './dates.js';
import { timeTwin } from './twins.js';

/** The twins draw above every shell layer (labels are at 900). */
const Z_TWINS = 1000;
const DEFAULT_LEFT = '2017-01-01';

/**
 * 卷帘对比: the map left of a draggable divider as of one date (the map's own as-of time), right of
 * it as of another (copies of the visible tile layers with that date, clipped at the divider in
 * prerender/postrender). Closing removes the copies and the divider and restores the map's date.
 */
export default function create(ctx) {
  const map = ctx.map;
  const element = document.createElement('section');
  element.className = 'swipe';
  const leftInput = dateInput('swipe-left');
  const rightInput = dateInput('swipe-right');
  const error = document.createElement('p');
  error.className = 'error';
  error.hidden = true;
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = `${SWIPE.hint}${SWIPE.rightHint}`;
  element.append(labelled(SWIPE.left, leftInput), labelled(SWIPE.right, rightInput), error, hint);

  const divider = document.createElement('div');
  divider.className = 'swipe-divider';
  divider.tabIndex = 0;
  divider.setAttribute('role', 'slider');
  divider.setAttribute('aria-label', SWIPE.divider);
  divider.setAttribute('aria-valuemin', '0');
  divider.setAttribute('aria-valuemax', '100');
  const knob = document.createElement('span');
  knob.className = 'swipe-knob';
  knob.textContent = '⇔';
  const leftTag = document.createElement('span');
  leftTag.className = 'swipe-tag swipe-tag-left';
  const rightTag = document.createElement('span');
  rightTag.className = 'swipe-tag swipe-tag-right';
  divider.append(knob, leftTag, rightTag);

  let active = false;
  let fraction = 0.5;
  let twins = [];
  let before = null;
  let right = null;
  let rebuildQueued = false;

  function clip(event) {
    const context = event.context;
    const [width, height] = map.getSize();
    const x = width * fraction;
    const corners = [[x, 0], [width, 0], [width, height], [x, height]].map((p) => getRenderPixel(event, p));
    context.save();
    context.beginPath();
    context.moveTo(...corners[0]);
    for (const p of corners.slice(1)) context.lineTo(...p);
    context.closePath();
    context.clip();
  }
  const restore = (event) => event.context.restore();

  /** The shell's visible tile layers, bottom first. */
  function shellLayers() {
    return map
      .getLayers()
      .getArray()
      .filter((l) => l.getVisible() && l.get('layerId') && !l.get('swipeTwin') && l.getZIndex() !== undefined && l.getZIndex() < Z_TWINS)
      .filter((l) => ['basemap', 'basemap_labels'].includes(l.get('layerId')) || ctx.layer(l.get('layerId')));
  }

  function removeTwins() {
    for (const t of twins) map.removeLayer(t);
    twins = [];
  }

  function rebuild() {
    rebuildQueued = false;
    removeTwins();
    if (!active) return;
    for (const layer of shellLayers()) {
      const id = layer.get('layerId');
      const timed = id === 'basemap' || id === 'basemap_labels' || ctx.layer(id)?.versioned;
      // A layer without versions looks the same on both sides: the shell's own draws it.
      if (!timed) continue;
      const twin = timeTwin(layer, right, {
        zIndex: Z_TWINS + layer.getZIndex(),
        className: 'ol-layer swipe-layer',
        properties: { layerId: `swipe:${id}`, swipeTwin: true },
      });
      if (!twin) continue;
      twin.on('prerender', clip);
      twin.on('postrender', restore);
      twins.push(twin);
      map.addLayer(twin);
    }
    document.body.dataset.swipeLayers = String(twins.length);
  }

  function queueRebuild() {
    if (!active || rebuildQueued) return;
    rebuildQueued = true;
    queueMicrotask(rebuild);
  }

  /** The divider stays left of the dock where the dock covers the map (a desktop's side panel). */
  function clampFraction(f) {
    const rect = map.getTargetElement().getBoundingClientRect();
    const dock = document.getElementById('dock');
    let max = 1;
    if (dock && !dock.hidden) {
      const d = dock.getBoundingClientRect();
      const beside = d.top < rect.top + rect.height / 2 && d.bottom > rect.top + rect.height / 2;
      if (beside && d.left > rect.left) max = Math.min(1, (d.left - rect.left - 24) / rect.width);
    }
    return Math.min(max, Math.max(0, f));
  }

  function place() {
    fraction = clampFraction(fraction);
    divider.style.left = `${(fraction * 100).toFixed(2)}%`;
    divider.setAttribute('aria-valuenow', String(Math.round(fraction * 100)));
    document.body.dataset.swipe = fraction.toFixed(3);
    map.render();
  }

  function tags() {
    leftTag.textContent = ctx.time.asOf() ?? SWIPE.now;
    rightTag.textContent = right ?? SWIPE.now;
  }

  function apply() {
    const l = leftInput.value;
    const r = rightInput.value;
    if ((l && !isDate(l)) || (r && !isDate(r))) {
      error.textContent = SWIPE.badDate;
      error.hidden = false;
      return;
    }
    error.hidden = true;
    right = r && r < today() ? r : null;
    ctx.time.setAsOf(l && l < today() ? l : null);
    tags();
    rebuild();
  }

  // Dragging: mouse, pen and touch alike (pointer events), kept while outside the divider.
  divider.addEventListener('pointerdown', (event) => {
    divider.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  divider.addEventListener('pointermove', (event) => {
    if (!divider.hasPointerCapture(event.pointerId)) return;
    const rect = map.getTargetElement().getBoundingClientRect();
    fraction = (event.clientX - rect.left) / rect.width;
    place();
  });
  divider.addEventListener('keydown', (event) => {
    const delta = { ArrowLeft: -0.05, ArrowRight: 0.05 }[event.key];
    if (!delta) return;
    fraction += delta;
    place();
    event.preventDefault();
  });
  leftInput.addEventListener('change', apply);
  rightInput.addEventListener('change', apply);
  for (const name of ['layers', 'view-projection', 'catalog']) ctx.on(name, queueRebuild);
  ctx.on('time', () => {
    if (!active) return;
    leftInput.value = ctx.time.asOf() ?? '';
    tags();
    queueRebuild();
  });

  return {
    element,
    open() {
      if (active) return;
      active = true;
      before = ctx.time.asOf();
      leftInput.max = today();
      rightInput.max = today();
      leftInput.value = before ?? DEFAULT_LEFT;
      rightInput.value = '';
      map.getTargetElement().append(divider);
      fraction = 0.5;
      place();
      apply();
    },
    close() {
      active = false;
      removeTwins();
      divider.remove();
      delete document.body.dataset.swipe;
      delete document.body.dataset.swipeLayers;
      ctx.time.setAsOf(before);
      map.render();
    },
  };
}

function dateInput(name) {
  const input = document.createElement('input');
  input.type = 'date';
  input.name = name;
  input.min = '2015-01-01';
  return input;
}

function labelled(text, input) {
  const label = document.createElement('label');
  label.className = 'swipe-date';
  const span = document.createElement('span');
  span.textContent = text;
  label.append(span, input);
  return label;
}
