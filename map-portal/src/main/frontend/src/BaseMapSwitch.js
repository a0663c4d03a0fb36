import { BASEMAP } from './messages.js';

/**
 * The base-map box at the top of the layer panel: Tianditu's two grids (c = CGCS2000 degrees, the
 * default; w = Web Mercator) as radio buttons, and the labels (注记) layer on or off.
 */
export class BaseMapSwitch {
  /**
   * @param {HTMLElement} element container
   * @param {{grid: string, labels: boolean}} state initial choice
   * @param {(grid: string) => void} onGrid called when the grid changes
   * @param {(on: boolean) => void} onLabels called when the labels box changes
   */
  constructor(element, state, onGrid, onLabels) {
    this.element = element;
    element.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = BASEMAP.heading;
    element.append(heading);
    for (const [id, grid] of Object.entries(BASEMAP.grids)) {
      const label = document.createElement('label');
      label.className = 'layer-row basemap-grid';
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'basemap-grid';
      radio.value = id;
      radio.checked = id === state.grid;
      radio.addEventListener('change', () => radio.checked && onGrid(id));
      const name = document.createElement('span');
      name.textContent = grid.title;
      const code = document.createElement('small');
      code.className = 'access';
      code.textContent = id;
      label.append(radio, name, code);
      element.append(label);
    }
    const labels = document.createElement('label');
    labels.className = 'layer-row basemap-labels';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = state.labels;
    box.addEventListener('change', () => onLabels(box.checked));
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
