import Overlay from 'ol/Overlay.js';

const OPERATION_TITLES = { INSERT: '新增', UPDATE: '修改', DELETE: '删除' };

/** The attribute popup of a clicked feature, labelled with the layer's Chinese attribute labels. */
export class FeaturePopup {
  /**
   * @param {import('ol/Map.js').default} map
   * @param {HTMLElement} element
   */
  constructor(map, element) {
    this.element = element;
    this.overlay = new Overlay({ element, autoPan: { animation: { duration: 200 } }, positioning: 'bottom-center', offset: [0, -10] });
    map.addOverlay(this.overlay);
  }

  /**
   * @param {number[]} coordinate where to anchor the popup
   * @param {{id: string, title: string, attributes: Array<{name: string, label: string}>}} layer
   * @param {{id: string, properties: object, version?: object}} feature GeoJSON feature from the API
   */
  show(coordinate, layer, feature) {
    this.element.replaceChildren();
    const close = document.createElement('button');
    close.className = 'popup-close';
    close.textContent = '×';
    close.title = '关闭';
    close.addEventListener('click', () => this.hide());
    const title = document.createElement('h4');
    title.textContent = `${layer.title} · ${feature.id}`;
    const table = document.createElement('table');
    for (const attribute of layer.attributes) {
      const value = feature.properties[attribute.name];
      table.append(row(attribute.label, value === null || value === undefined ? '—' : String(value)));
    }
    if (feature.version) {
      const v = feature.version;
      table.append(row('版本', `第 ${v.number} 版 · ${OPERATION_TITLES[v.operation] ?? v.operation} · ${v.author}`));
      table.append(row('生效时间', new Date(v.validFrom).toLocaleString('zh-CN')));
    }
    this.element.append(close, title, table);
    this.element.hidden = false;
    this.overlay.setPosition(coordinate);
  }

  hide() {
    this.element.hidden = true;
    this.overlay.setPosition(undefined);
  }
}

function row(label, value) {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.textContent = label;
  const td = document.createElement('td');
  td.textContent = value;
  tr.append(th, td);
  return tr;
}
