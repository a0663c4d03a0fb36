/** Chinese names of layer kinds, for grouping the layer list. */
const KIND_TITLES = {
  BASE: '基础地理',
  PIPELINE: '地下管线',
  CITY_PART: '城市部件',
  UNIT_GRID: '单元网格',
  ADDRESS: '标准地址',
  EVENT: '城管事件',
  THEMATIC: '专题',
  ANALYSIS: '分析结果',
};

const ACCESS_TITLES = { PUBLIC: '公开', INTERNAL: '内部', RESTRICTED: '涉密' };

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
   */
  render(layers, isVisible) {
    this.element.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = `图层 (${layers.length})`;
    this.element.append(heading);
    for (const kind of Object.keys(KIND_TITLES)) {
      const group = layers.filter((l) => l.kind === kind);
      if (group.length === 0) continue;
      const section = document.createElement('section');
      const title = document.createElement('h3');
      title.textContent = KIND_TITLES[kind];
      section.append(title);
      for (const layer of group) {
        section.append(this.row(layer, isVisible(layer.id)));
      }
      this.element.append(section);
    }
  }

  row(layer, visible) {
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
    label.append(box, name, badge);
    return label;
  }
}
