import Draw from 'ol/interaction/Draw.js';
import Modify from 'ol/interaction/Modify.js';
import { SKETCH } from '../../messages.js';
import { DEFAULT_COLOUR, KINDS, sketchStore } from './SketchStore.js';

const DRAW_TYPES = { point: 'Point', line: 'LineString', polygon: 'Polygon', text: 'Point' };
const SWATCHES = ['#1c64b4', '#c92a2a', '#2b8a3e', '#e67700', '#862e9c', '#1f2933'];

/**
 * Sketches (标绘): draw points, lines, polygons and text labels in a chosen colour (a sketch's
 * colour dot in the list recolours it), move their vertices (编辑), delete them (from the list or
 * by clicking them in 删除 mode), export them as GeoJSON. They are kept per user in the browser
 * (SketchStore) and stay on the map when the tool is closed. The tool holds the map's clicks while
 * open.
 */
export default function create(ctx) {
  const OWNER = 'sketch';
  const store = sketchStore(ctx);
  let mode = 'point';
  let colour = DEFAULT_COLOUR;
  let interaction = null;
  let active = false;

  const element = document.createElement('section');
  element.className = 'sketch';
  const modes = document.createElement('div');
  modes.className = 'sketch-modes';
  modes.setAttribute('role', 'group');
  modes.setAttribute('aria-label', SKETCH.modeLabel);
  for (const id of [...KINDS, 'edit', 'delete']) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.mode = id;
    b.textContent = SKETCH.modes[id];
    b.addEventListener('click', () => setMode(id));
    modes.append(b);
  }
  const textLabel = document.createElement('label');
  textLabel.className = 'sketch-text';
  const textInput = document.createElement('input');
  textInput.name = 'sketch-text';
  textInput.maxLength = 60;
  textInput.placeholder = SKETCH.textPlaceholder;
  textLabel.append(`${SKETCH.text} `, textInput);
  const colours = document.createElement('div');
  colours.className = 'sketch-colours';
  colours.setAttribute('role', 'group');
  colours.setAttribute('aria-label', SKETCH.colour);
  const picker = document.createElement('input');
  picker.type = 'color';
  picker.name = 'sketch-colour';
  picker.value = colour;
  picker.title = SKETCH.colour;
  picker.setAttribute('aria-label', SKETCH.colour);
  picker.addEventListener('input', () => setColour(picker.value));
  for (const c of SWATCHES) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'sketch-swatch';
    b.style.background = c;
    b.dataset.colour = c;
    b.title = `${SKETCH.colour} ${c}`;
    b.setAttribute('aria-label', `${SKETCH.colour} ${c}`);
    b.addEventListener('click', () => setColour(c));
    colours.append(b);
  }
  colours.append(picker);
  const hint = document.createElement('p');
  hint.className = 'sketch-hint';
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  const actions = document.createElement('div');
  actions.className = 'sketch-actions';
  const exportButton = button(SKETCH.export, () => download());
  exportButton.className = 'sketch-export';
  const clearButton = button(SKETCH.clear, () => {
    if (store.features().length && window.confirm(SKETCH.confirmClear)) store.clear();
  });
  actions.append(exportButton, clearButton);
  const list = document.createElement('ul');
  list.className = 'sketch-list';
  element.append(modes, textLabel, colours, hint, message, actions, list);

  function button(text, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  function setColour(c) {
    colour = c;
    picker.value = c;
    for (const b of colours.querySelectorAll('.sketch-swatch')) b.setAttribute('aria-pressed', String(b.dataset.colour === c));
  }

  function setMode(id) {
    mode = id;
    message.textContent = '';
    if (active) startInteraction();
    render();
  }

  function startInteraction() {
    if (interaction) ctx.map.removeInteraction(interaction);
    interaction = null;
    if (mode === 'delete') return;
    if (mode === 'edit') {
      interaction = new Modify({ source: store.source });
      interaction.on('modifyend', () => store.save());
    } else {
      const kind = mode;
      interaction = new Draw({ type: DRAW_TYPES[kind] });
      interaction.on('drawend', (event) => {
        const text = textInput.value.trim();
        if (kind === 'text' && !text) {
          message.textContent = SKETCH.textMissing;
          return;
        }
        message.textContent = '';
        const feature = event.feature;
        feature.setProperties({ kind, colour, text: kind === 'text' ? text : text || null });
        store.add(feature);
      });
    }
    ctx.map.addInteraction(interaction);
  }

  /** 删除 mode: a click on a sketch removes it. */
  ctx.map.on('singleclick', (event) => {
    if (!active || mode !== 'delete') return;
    const hit = ctx.map.forEachFeatureAtPixel(event.pixel, (f) => f, { layerFilter: (l) => l === store.layer, hitTolerance: 6 });
    if (hit) store.remove(hit);
  });

  const onKey = (event) => {
    if (event.key === 'Escape' && interaction instanceof Draw) interaction.abortDrawing();
  };

  function download() {
    const blob = new Blob([JSON.stringify(store.toGeoJson(), null, 1)], { type: 'application/geo+json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = SKETCH.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  function render() {
    for (const b of modes.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
    hint.textContent = SKETCH.hints[mode];
    const features = store.features();
    exportButton.disabled = features.length === 0;
    clearButton.disabled = features.length === 0;
    const items = features.map((f, i) => {
      const li = document.createElement('li');
      li.className = 'sketch-item';
      li.dataset.kind = f.get('kind');
      // The colour dot recolours the sketch with the colour chosen above.
      const dot = button('', () => {
        f.set('colour', colour);
        store.save();
      });
      dot.className = 'sketch-dot';
      dot.style.background = f.get('colour');
      dot.title = SKETCH.recolour;
      const name = document.createElement('span');
      name.className = 'sketch-name';
      name.textContent = `${SKETCH.modes[f.get('kind')] ?? f.get('kind')} ${i + 1}${f.get('text') ? `：${f.get('text')}` : ''}`;
      const remove = button('×', () => store.remove(f));
      remove.className = 'sketch-remove';
      remove.title = SKETCH.remove;
      remove.setAttribute('aria-label', `${SKETCH.remove} ${name.textContent}`);
      dot.setAttribute('aria-label', `${SKETCH.recolour}：${name.textContent}`);
      li.append(dot, name, remove);
      return li;
    });
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'sketch-empty';
      empty.textContent = SKETCH.none;
      items.push(empty);
    }
    list.replaceChildren(...items);
  }

  store.onChange(render);
  setColour(colour);
  render();
  return {
    element,
    open() {
      if (active) return;
      active = true;
      ctx.claimClicks(OWNER);
      document.addEventListener('keydown', onKey, true);
      startInteraction();
      render();
    },
    close() {
      active = false;
      if (interaction) ctx.map.removeInteraction(interaction);
      interaction = null;
      ctx.releaseClicks(OWNER);
      document.removeEventListener('keydown', onKey, true);
    },
  };
}
