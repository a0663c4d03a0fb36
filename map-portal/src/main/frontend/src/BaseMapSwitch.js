import { BASEMAP } from './messages.js';

/**
 * The base-map box at the top of the layer sidebar: which base map (矢量, 影像 and any external
 * WMTS base another tool added), which grid / CRS (Tianditu's c = CGCS2000 degrees, the default;
 * w = Web Mercator; gk = the city's Gauss-Krüger plane EPSG:4548 for large-scale work), and the
 * labels (注记) layer on or off.
 */
export class BaseMapSwitch {
  /**
   * @param {HTMLElement} element container
   * @param {{grid: string, labels: boolean, baseMap: string}} state initial choice
   * @param {Object<string, {title: string, crs: string}>} grids the grids offered, by id
   * @param {object} hooks
   * @param {(grid: string) => void} hooks.onGrid called when the grid changes
   * @param {(on: boolean) => void} hooks.onLabels called when the labels box changes
   * @param {(id: string) => void} hooks.onBaseMap called when another base map is chosen
   */
  constructor(element, state, grids, hooks) {
    this.element = element;
    this.state = state;
    this.grids = grids;
    this.hooks = hooks;
  }

  /** @param {Array<{id: string, title: string}>} baseMaps the choices, in order */
  render(baseMaps) {
    const { element, state, hooks } = this;
    element.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = BASEMAP.heading;
    element.append(heading);
    const styles = document.createElement('div');
    styles.className = 'basemap-styles';
    styles.setAttribute('role', 'radiogroup');
    styles.setAttribute('aria-label', BASEMAP.heading);
    for (const base of baseMaps) {
      styles.append(radio('basemap-style', base.id, base.title, base.id === state.baseMap, () => hooks.onBaseMap(base.id)));
    }
    element.append(styles);
    const crs = document.createElement('h3');
    crs.textContent = BASEMAP.crsHeading;
    element.append(crs);
    for (const [id, grid] of Object.entries(this.grids)) {
      const label = radio('basemap-grid', id, grid.title, id === state.grid, () => hooks.onGrid(id));
      label.classList.add('basemap-grid');
      const code = document.createElement('small');
      code.className = 'access';
      code.textContent = id;
      label.append(code);
      element.append(label);
    }
    const labels = document.createElement('label');
    labels.className = 'layer-row basemap-labels';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = state.labels;
    box.addEventListener('change', () => hooks.onLabels(box.checked));
    const name = document.createElement('span');
    name.textContent = BASEMAP.labels;
    labels.append(box, name);
    element.append(labels);
  }

  /** Enables or disables the radios while a grid switch is under way. */
  busy(on) {
    for (const input of this.element.querySelectorAll('input')) input.disabled = on;
  }
}

function radio(group, value, title, checked, onPick) {
  const label = document.createElement('label');
  label.className = 'layer-row';
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = group;
  input.value = value;
  input.checked = checked;
  input.addEventListener('change', () => input.checked && onPick());
  const name = document.createElement('span');
  name.textContent = title;
  label.append(input, name);
  return label;
}
