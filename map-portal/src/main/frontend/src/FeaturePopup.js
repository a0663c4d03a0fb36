import Overlay from 'ol/Overlay.js';

import { POPUP } from './messages.js';

/**
 * The attribute popup of a clicked feature, labelled with the layer's Chinese attribute labels,
 * codes shown with their names, and the feature actions other tools registered (ctx).
 */
export class FeaturePopup {
  /**
   * @param {import('ol/Map.js').default} map
   * @param {HTMLElement} element
   */
  constructor(map, element, ctx) {
    this.element = element;
    this.ctx = ctx;
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
    close.title = POPUP.close;
    close.setAttribute('aria-label', POPUP.close);
    close.addEventListener('click', () => this.hide());
    const title = document.createElement('h4');
    title.textContent = `${layer.title} · ${feature.id}`;
    const table = document.createElement('table');
    for (const attribute of layer.attributes) {
      const value = feature.properties[attribute.name];
      const name = feature.names?.[attribute.name];
      const text = value === null || value === undefined ? '—' : name ? `${name}（${value}）` : String(value);
      table.append(row(attribute.label, text));
    }
    if (feature.version) {
      const v = feature.version;
      const operation = POPUP.operations[v.operation] ?? v.operation;
      table.append(row(POPUP.version, POPUP.versionText(v.number, operation, v.author)));
      table.append(row(POPUP.validFrom, new Date(v.validFrom).toLocaleString('zh-CN')));
    }
    this.element.append(close, title, table);
    const actions = this.ctx?.featureActions(layer) ?? [];
    if (actions.length > 0) {
      const bar = document.createElement('div');
      bar.className = 'popup-actions';
      for (const action of actions) {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.action = action.id;
        button.textContent = action.title;
        button.addEventListener('click', () => action.run(layer, feature));
        bar.append(button);
      }
      this.element.append(bar);
    }
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
