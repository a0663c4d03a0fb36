import { ACCESS_TITLES, KIND_TITLES, LAYERS, STATUS } from './messages.js';

/** GetLegendGraphic of our WMS: the layer's default style as drawn, rule titles in Chinese. */
export function legendUrl(layerId, style) {
  const params = new URLSearchParams({
    SERVICE: 'WMS',
    VERSION: '1.3.0',
    REQUEST: 'GetLegendGraphic',
    FORMAT: 'image/png',
    LAYER: layerId,
  });
  if (style) params.set('STYLE', style);
  return `/wms?${params}`;
}

/**
 * The layer tree: collapsible groups (the layer's group, else its kind), per layer a visibility
 * box, an options row (opacity, move up/down in the drawing order, zoom to the layer) and the legend
 * of visible layers. Keyboard: everything is a button, checkbox or range input.
 */
export class LayerTree {
  /**
   * @param {HTMLElement} element container
   * @param {object} hooks
   * @param {(id: string, visible: boolean) => void} hooks.onToggle
   * @param {(id: string, opacity: number) => void} hooks.onOpacity
   * @param {(id: string, delta: number) => void} hooks.onMove +1 = up (drawn above), -1 = down
   * @param {(id: string) => void} hooks.onZoomTo
   * @param {(id: string, style: string) => void} hooks.onStyle a named style, '' for the default
   */
  constructor(element, hooks) {
    this.element = element;
    this.hooks = hooks;
    this.collapsed = new Set();
    this.expanded = new Set();
  }

  /**
   * @param {Array<object>} layers catalog layers, topmost first
   * @param {object} state
   * @param {(id: string) => boolean} state.isVisible
   * @param {(id: string) => number} state.opacityOf
   * @param {(id: string) => string} [state.modeOf] how the layer is drawn (e.g. 矢量瓦片)
   * @param {(id: string) => string|undefined} [state.legendOf] a legend URL replacing the default one
   * @param {(id: string) => string|undefined} [state.styleOf] the named style the layer is drawn in
   */
  render(layers, state) {
    this.layers = layers;
    this.state = state;
    this.element.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = STATUS.layersHeading(layers.length);
    this.element.append(heading);
    for (const [group, members] of groupsOf(layers)) {
      this.element.append(this.group(group, members));
    }
  }

  group(name, members) {
    const section = document.createElement('section');
    section.className = 'layer-group';
    section.dataset.group = name;
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'group-toggle';
    const open = !this.collapsed.has(name);
    toggle.setAttribute('aria-expanded', String(open));
    const shown = members.filter((l) => this.state.isVisible(l.id)).length;
    toggle.innerHTML = '<span class="chevron" aria-hidden="true"></span><span class="group-name"></span><small></small>';
    toggle.querySelector('.group-name').textContent = name;
    toggle.querySelector('small').textContent = `${shown}/${members.length}`;
    toggle.title = open ? LAYERS.collapse : LAYERS.expand;
    toggle.addEventListener('click', () => {
      if (this.collapsed.has(name)) this.collapsed.delete(name);
      else this.collapsed.add(name);
      this.render(this.layers, this.state);
      this.element.querySelector(`[data-group="${CSS.escape(name)}"] .group-toggle`)?.focus();
    });
    section.append(toggle);
    if (open) {
      const list = document.createElement('ul');
      list.className = 'layer-list';
      for (const layer of members) list.append(this.row(layer, members));
      section.append(list);
    }
    return section;
  }

  row(layer, members) {
    const item = document.createElement('li');
    item.className = 'layer-item';
    item.dataset.layer = layer.id;
    const visible = this.state.isVisible(layer.id);
    const line = document.createElement('div');
    line.className = 'layer-row';
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = visible;
    box.addEventListener('change', () => this.hooks.onToggle(layer.id, box.checked));
    const name = document.createElement('span');
    name.className = 'layer-title';
    name.textContent = layer.title;
    label.append(box, name);
    line.append(label);
    const mode = this.state.modeOf?.(layer.id);
    if (mode) {
      const how = document.createElement('small');
      how.className = 'render-mode';
      how.textContent = mode;
      line.append(how);
    }
    const badge = document.createElement('small');
    badge.className = `access access-${layer.accessLevel.toLowerCase()}`;
    badge.textContent = ACCESS_TITLES[layer.accessLevel] ?? layer.accessLevel;
    line.append(badge);
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'layer-more icon-button';
    more.textContent = '⋯';
    more.title = LAYERS.options;
    more.setAttribute('aria-label', `${LAYERS.options}：${layer.title}`);
    const expanded = this.expanded.has(layer.id);
    more.setAttribute('aria-expanded', String(expanded));
    more.addEventListener('click', () => {
      if (this.expanded.has(layer.id)) this.expanded.delete(layer.id);
      else this.expanded.add(layer.id);
      this.render(this.layers, this.state);
      this.element.querySelector(`[data-layer="${CSS.escape(layer.id)}"] .layer-more`)?.focus();
    });
    line.append(more);
    item.append(line);
    if (expanded) item.append(this.options(layer, members));
    if (visible) {
      const legend = document.createElement('img');
      legend.className = 'legend';
      legend.loading = 'lazy';
      legend.alt = `${LAYERS.legend}：${layer.title}`;
      legend.src = this.state.legendOf?.(layer.id) ?? legendUrl(layer.id, this.state.styleOf?.(layer.id) ?? layer.defaultStyle);
      legend.addEventListener('error', () => legend.remove());
      item.append(legend);
    }
    return item;
  }

  options(layer, members) {
    const box = document.createElement('div');
    box.className = 'layer-options';
    const opacity = document.createElement('label');
    opacity.className = 'opacity';
    const text = document.createElement('span');
    text.textContent = LAYERS.opacity;
    const range = document.createElement('input');
    range.type = 'range';
    range.min = '0';
    range.max = '100';
    range.step = '5';
    range.value = String(Math.round(this.state.opacityOf(layer.id) * 100));
    const shown = document.createElement('output');
    shown.textContent = `${range.value}%`;
    range.addEventListener('input', () => {
      shown.textContent = `${range.value}%`;
      this.hooks.onOpacity(layer.id, Number(range.value) / 100);
    });
    opacity.append(text, range, shown);
    box.append(opacity);
    if (layer.styles?.length) box.append(this.styleChoice(layer));
    const index = members.indexOf(layer);
    const up = this.button(LAYERS.up, '↑', 'layer-up', () => this.hooks.onMove(layer.id, +1));
    up.disabled = index === 0;
    const down = this.button(LAYERS.down, '↓', 'layer-down', () => this.hooks.onMove(layer.id, -1));
    down.disabled = index === members.length - 1;
    const zoom = this.button(LAYERS.zoomTo, '⤢', 'layer-zoom', () => this.hooks.onZoomTo(layer.id));
    zoom.disabled = !layer.bbox;
    if (!layer.bbox) zoom.title = LAYERS.noExtent;
    const buttons = document.createElement('div');
    buttons.className = 'layer-buttons';
    buttons.append(up, down, zoom);
    box.append(buttons);
    return box;
  }

  /** The layer's styles: its default, then its named styles (SLD styles an administrator saved). */
  styleChoice(layer) {
    const label = document.createElement('label');
    label.className = 'layer-style';
    const text = document.createElement('span');
    text.textContent = LAYERS.style;
    const select = document.createElement('select');
    select.name = `style-${layer.id}`;
    const named = new Set(layer.styles.map((s) => s.name));
    const builtIn = document.createElement('option');
    builtIn.value = '';
    builtIn.textContent = named.has(layer.defaultStyle) ? LAYERS.defaultNamed(layer.styles.find((s) => s.name === layer.defaultStyle).title) : LAYERS.defaultStyle;
    select.append(builtIn);
    for (const s of layer.styles) {
      if (s.name === layer.defaultStyle) continue;
      const option = document.createElement('option');
      option.value = s.name;
      option.textContent = s.title;
      select.append(option);
    }
    const drawn = this.state.styleOf?.(layer.id);
    select.value = drawn && drawn !== layer.defaultStyle ? drawn : '';
    select.addEventListener('change', () => this.hooks.onStyle(layer.id, select.value));
    label.append(text, select);
    return label;
  }

  button(title, symbol, className, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    b.innerHTML = `<span aria-hidden="true">${symbol}</span> `;
    b.append(title);
    b.addEventListener('click', onClick);
    return b;
  }
}

/** Layers by group, groups in the order of KIND_TITLES (then by name), members in drawing order. */
function groupsOf(layers) {
  const groups = new Map();
  const kindOrder = Object.keys(KIND_TITLES);
  const sorted = [...new Set(layers.map((l) => groupName(l)))].sort((a, b) => {
    const ka = kindOrder.indexOf(kindOfGroup(layers, a));
    const kb = kindOrder.indexOf(kindOfGroup(layers, b));
    return ka - kb || a.localeCompare(b, 'zh-CN');
  });
  for (const g of sorted) groups.set(g, layers.filter((l) => groupName(l) === g));
  return groups;
}

/** The tree group a layer is listed in: its own group, else its kind's title. */
export function groupName(layer) {
  return layer.group || KIND_TITLES[layer.kind] || layer.kind;
}

function kindOfGroup(layers, group) {
  return layers.find((l) => groupName(l) === group).kind;
}
