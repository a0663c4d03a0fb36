import { THEMATIC } from '../../messages.js';
import { thematicLayer, thematicLegendUrl } from './thematicLayer.js';

const NUMERIC = new Set(['INTEGER', 'LONG', 'DOUBLE']);
const PALETTES = {
  category: ['tableau', 'set3', 'paired'],
  graduated: ['ylorrd', 'blues', 'greens', 'reds', 'purples', 'ylgnbu'],
  heat: ['heat', 'fire'],
};

/** Attributes a thematic type can classify: any for categories, numbers for classes and weights. */
function attributesFor(layer, type) {
  const all = layer?.attributes ?? [];
  return type === 'category' ? all.filter((a) => a.type !== 'TIMESTAMP') : all.filter((a) => NUMERIC.has(a.type));
}

function option(value, text, selected) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  o.selected = Boolean(selected);
  return o;
}

/**
 * Thematic maps (专题图): pick a layer, a type (category / graduated / heat), the attribute, the
 * class method and count, the palette; 预览 shows the server's legend and classes, 应用 redraws the
 * layer through our WMS in the generated style (the layer tree shows its legend), 清除 restores the
 * default drawing. Several layers can carry a thematic style at once.
 */
export default function create(ctx) {
  const element = document.createElement('section');
  element.className = 'thematic';
  const form = document.createElement('form');
  form.className = 'thematic-form';
  form.innerHTML = `
    <h3></h3>
    <label><span data-text="layer"></span><select name="layer"></select></label>
    <label><span data-text="type"></span><select name="type"></select></label>
    <label class="for-attribute"><span data-text="attribute"></span><select name="attribute"></select></label>
    <div class="thematic-graduated">
      <label><span data-text="method"></span><select name="method"></select></label>
      <label><span data-text="classes"></span><input name="classes" type="number" min="2" max="12" value="5"></label>
    </div>
    <label class="thematic-heat"><span class="radius-text"></span><input name="radius" type="range" min="5" max="60" step="1" value="20"></label>
    <label><span data-text="palette"></span><select name="palette"></select></label>
    <p class="hint"></p>
    <div class="thematic-actions">
      <button type="button" name="preview"></button>
      <button type="submit" name="apply"></button>
      <button type="button" name="clear"></button>
    </div>
    <p class="error" role="alert"></p>
    <div class="thematic-result" aria-live="polite"></div>`;
  form.querySelector('h3').textContent = THEMATIC.heading;
  for (const span of form.querySelectorAll('[data-text]')) span.textContent = THEMATIC[span.dataset.text];
  form.elements.preview.textContent = THEMATIC.preview;
  form.elements.apply.textContent = THEMATIC.apply;
  form.elements.clear.textContent = THEMATIC.clear;
  for (const [key, title] of Object.entries(THEMATIC.types)) form.elements.type.append(option(key, title));
  for (const [key, title] of Object.entries(THEMATIC.methods)) form.elements.method.append(option(key, title, key === 'jenks'));
  const error = form.querySelector('.error');
  const result = form.querySelector('.thematic-result');
  const hint = form.querySelector('.hint');
  element.append(form);

  /** Layer id → the thematic style applied to it ({styleId, legendUrl, title}). */
  const applied = new Map();

  const layer = () => ctx.layer(form.elements.layer.value);
  const type = () => form.elements.type.value;

  function fillLayers() {
    const current = form.elements.layer.value;
    const layers = ctx.catalog().filter((l) => (l.attributes ?? []).length > 0 || l.geometryType.includes('POINT'));
    form.elements.layer.replaceChildren(...layers.map((l) => option(l.id, l.title, l.id === current)));
    if (!current && layers.some((l) => l.id === 'land_parcels')) form.elements.layer.value = 'land_parcels';
    fillAttributes();
  }

  function fillAttributes() {
    const t = type();
    const l = layer();
    const list = attributesFor(l, t);
    const select = form.elements.attribute;
    const before = select.value;
    const choices = list.map((a) => option(a.name, a.label && a.label !== a.name ? `${a.label}（${a.name}）` : a.name, a.name === before));
    if (t === 'heat') choices.unshift(option('', THEMATIC.noWeight, !before));
    select.replaceChildren(...choices);
    if (t === 'category' && !list.some((a) => a.name === before)) {
      // a coded attribute first: it has names (and maybe the national colours)
      const coded = list.find((a) => a.codeList);
      if (coded) select.value = coded.name;
    }
    form.querySelector('.for-attribute > span').textContent = t === 'heat' ? THEMATIC.weight : THEMATIC.attribute;
    form.querySelector('.thematic-graduated').hidden = t !== 'graduated';
    form.querySelector('.thematic-heat').hidden = t !== 'heat';
    const palettes = PALETTES[t];
    form.elements.palette.replaceChildren(...palettes.map((p) => option(p, THEMATIC.palettes[p])));
    const chosen = list.find((a) => a.name === select.value);
    hint.textContent = t === 'category' && chosen?.codeList?.entries?.some((e) => e.colour) ? THEMATIC.codeColours : '';
    const none = t !== 'heat' && list.length === 0;
    form.elements.apply.disabled = none;
    form.elements.preview.disabled = none;
    if (none) hint.textContent = THEMATIC.noAttribute;
    form.elements.clear.disabled = !applied.has(form.elements.layer.value);
  }

  function radiusText() {
    form.querySelector('.radius-text').textContent = THEMATIC.radius(form.elements.radius.value);
  }

  function request() {
    const t = type();
    const body = { type: t, palette: form.elements.palette.value };
    if (t === 'heat') {
      body.radius = Number(form.elements.radius.value);
      if (form.elements.attribute.value) body.weight = form.elements.attribute.value;
    } else {
      body.attribute = form.elements.attribute.value;
    }
    if (t === 'graduated') {
      body.method = form.elements.method.value;
      body.classes = Number(form.elements.classes.value);
    }
    return body;
  }

  async function make() {
    error.textContent = '';
    const l = layer();
    if (!l) return null;
    const t = type();
    if (t === 'graduated') {
      const n = Number(form.elements.classes.value);
      if (!Number.isInteger(n) || n < 2 || n > 12) {
        error.textContent = `${THEMATIC.classes}：2–12`;
        return null;
      }
    }
    ctx.status(THEMATIC.working);
    try {
      const made = await fetchThematic(l, request());
      show(l, made);
      return made;
    } catch (e) {
      error.textContent = e.message;
      return null;
    }
  }

  function show(l, made) {
    result.replaceChildren();
    const heading = document.createElement('h4');
    heading.textContent = `${THEMATIC.legend} · ${made.title}${made.asOf ? THEMATIC.asOf(made.asOf) : ''}`;
    result.append(heading);
    if (made.type === 'heat') {
      // the server's legend: the colour ramp from low to high
      const img = document.createElement('img');
      img.className = 'thematic-legend';
      img.alt = THEMATIC.legendAlt(made.title);
      img.src = made.legendUrl;
      result.append(img);
    } else {
      const list = document.createElement('ul');
      list.className = 'thematic-classes';
      for (const c of made.classes) {
        const item = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = c.colour;
        const label = document.createElement('span');
        label.className = 'class-label';
        label.textContent = c.label;
        const count = document.createElement('small');
        count.textContent = THEMATIC.count(c.count);
        item.append(swatch, label, count);
        list.append(item);
      }
      result.append(list);
      if (made.truncated) {
        const note = document.createElement('p');
        note.className = 'hint';
        note.textContent = THEMATIC.truncated(made.features);
        result.append(note);
      }
    }
  }

  /**
   * The style made by the server, classified by the features as of the map's date (the time
   * slider), with its legend of that date; `request` is kept to make it again for another date.
   */
  async function fetchThematic(l, body) {
    const asOf = ctx.time.asOf();
    const made = await ctx.api.call(`/api/layers/${encodeURIComponent(l.id)}/thematic`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(asOf ? { ...body, asOf } : body),
    });
    made.legendUrl = thematicLegendUrl(l.id, made.styleId, made.type === 'heat', asOf);
    made.request = body;
    made.asOf = asOf;
    return made;
  }

  function override(l, made) {
    applied.set(l.id, made);
    ctx.overrideLayer(l.id, {
      createLayer: (catalogLayer, grids, options) => thematicLayer(catalogLayer, made.styleId, grids, options),
      legendUrl: made.legendUrl,
      badge: THEMATIC.badge,
    });
  }

  async function apply() {
    const l = layer();
    const made = await make();
    if (!made) return;
    override(l, made);
    // Its own layer, not "shown" through the base map as a base layer counts for identify.
    if (!ctx.olLayer(l.id)?.getVisible()) ctx.setVisible(l.id, true);
    form.elements.clear.disabled = false;
    ctx.status(THEMATIC.applied(`${l.title} · ${made.title}`));
    element.dataset.applied = made.styleId;
  }

  function clear() {
    const l = layer();
    if (!l || !applied.has(l.id)) return;
    applied.delete(l.id);
    ctx.overrideLayer(l.id, null);
    result.replaceChildren();
    form.elements.clear.disabled = true;
    ctx.status(THEMATIC.cleared(l.title));
    delete element.dataset.applied;
  }

  form.elements.layer.addEventListener('change', () => {
    result.replaceChildren();
    fillAttributes();
  });
  form.elements.type.addEventListener('change', () => {
    result.replaceChildren();
    fillAttributes();
  });
  form.elements.attribute.addEventListener('change', () => fillAttributes());
  form.elements.radius.addEventListener('input', radiusText);
  form.elements.preview.addEventListener('click', () => make());
  form.elements.clear.addEventListener('click', clear);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  ctx.on('time', async ({ asOf }) => {
    // classes and legend of the new date; the map itself is redrawn with TIME by the shell
    for (const [id, before] of [...applied.entries()]) {
      const l = ctx.layer(id);
      if (!l) continue;
      try {
        const made = await fetchThematic(l, before.request);
        if (ctx.time.asOf() !== asOf || applied.get(id) !== before) continue; // superseded
        override(l, made);
        if (form.elements.layer.value === id && result.childElementCount > 0) show(l, made);
        element.dataset.asOf = asOf ?? '';
      } catch (e) {
        error.textContent = e.message;
      }
    }
  });
  ctx.on('catalog', () => {
    // a layer no longer readable (signed out) loses its thematic style
    for (const id of [...applied.keys()]) {
      if (!ctx.layer(id)) {
        applied.delete(id);
        ctx.overrideLayer(id, null);
      }
    }
    fillLayers();
  });
  radiusText();
  fillLayers();
  return {
    element,
    open(args) {
      if (args?.layer && ctx.layer(args.layer)) {
        form.elements.layer.value = args.layer;
        fillAttributes();
      }
    },
  };
}
