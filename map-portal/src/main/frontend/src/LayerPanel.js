import { ACCESS_TITLES, KIND_TITLES, STATUS } from './messages.js';

/** The layer list: one checkbox per layer, grouped by kind. */
export class LayerPanel {
  /**
   * @param {HTMLElement} element container
   * @param {(layerId: string, visible: boolean) => void} onToggle called when a box changes
   */
  constructor(element, onToggle) {
    this.element = element;
    this.onToggle = onToggle;
  }

  /**
   * @param {Array<{id: string, title: string, kind: string, accessLevel: string}>} layers
   * @param {(id: string) => boolean} isVisible
   * @param {(id: string) => string} [modeOf] how the layer is drawn (e.g. 矢量瓦片), shown as a badge
   */
  render(layers, isVisible, modeOf = () => '') {
    this.element.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = STATUS.layersHeading(layers.length);
    this.element.append(heading);
    for (const kind of Object.keys(KIND_TITLES)) {
      const group = layers.filter((l) => l.kind === kind);
      if (group.length === 0) continue;
      const section = document.createElement('section');
      const title = document.createElement('h3');
      title.textContent = KIND_TITLES[kind];
      section.append(title);
      for (const layer of group) {
        section.append(this.row(layer, isVisible(layer.id), modeOf(layer.id)));
      }
      this.element.append(section);
    }
  }

  row(layer, visible, mode) {
    const label = document.createElement('label');
    label.className = 'layer-row';
    label.dataset.layer = layer.id;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = visible;
    box.addEventListener('change', () => this.onToggle(layer.id, box.checked));
    const name = document.createElement('span');
    name.textContent = layer.title;
    const badge = document.createElement('small');
    badge.className = `access access-${layer.accessLevel.toLowerCase()}`;
    badge.textContent = ACCESS_TITLES[layer.accessLevel] ?? layer.accessLevel;
    label.append(box, name);
    if (mode) {
      const how = document.createElement('small');
      how.className = 'render-mode';
      how.textContent = mode;
      label.append(how);
    }
    label.append(badge);
    return label;
  }
}
