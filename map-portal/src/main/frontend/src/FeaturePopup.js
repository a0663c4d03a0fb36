import Overlay from 'ol/Overlay.js';

import { IDENTIFY, POPUP } from './messages.js';
import { displayValue, featureLabel, plainId } from './tools/query/labels.js';

/**
 * The identify popup: every feature found under a click, one tab per layer (with its count), a
 * list of the layer's features in the tab and the chosen feature's attributes under it, labelled
 * with the layer's Chinese attribute labels, codes shown with their names, and the feature actions
 * other tools registered (ctx). The chosen feature is the shared selection (highlighted).
 */
export class FeaturePopup {
  /**
   * @param {import('ol/Map.js').default} map
   * @param {HTMLElement} element
   * @param {object} ctx the workbench context
   * @param {{details?: (layer: object, feature: object) => Promise<object>}} [options] reads the
   *     full feature (version provenance) before its attributes are shown
   */
  constructor(map, element, ctx, options = {}) {
    this.element = element;
    this.ctx = ctx;
    this.details = options.details;
    this.groups = [];
    this.sequence = 0;
    this.overlay = new Overlay({ element, autoPan: { animation: { duration: 200 } }, positioning: 'bottom-center', offset: [0, -10] });
    map.addOverlay(this.overlay);
  }

  /** One feature (kept for callers that show a single one). */
  show(coordinate, layer, feature) {
    this.showHits(coordinate, [{ layer, features: [feature] }]);
  }

  /**
   * @param {number[]} coordinate where to anchor the popup
   * @param {Array<{layer: object, features: Array<object>}>} groups per layer, topmost first;
   *     features are GeoJSON (lon/lat) with `properties` and optional `names`
   */
  showHits(coordinate, groups) {
    this.groups = groups.filter((g) => g.features.length > 0);
    this.element.replaceChildren();
    this.element.classList.add('identify');
    const total = this.groups.reduce((n, g) => n + g.features.length, 0);
    const title = document.createElement('h4');
    title.textContent = IDENTIFY.heading(total);
    this.element.append(this.closeButton(), title);
    if (total === 0) {
      const none = document.createElement('p');
      none.className = 'identify-none';
      none.textContent = IDENTIFY.none;
      this.element.append(none);
    } else {
      this.tabs = document.createElement('div');
      this.tabs.className = 'identify-tabs';
      this.tabs.setAttribute('role', 'tablist');
      this.panel = document.createElement('div');
      this.panel.className = 'identify-panel';
      this.panel.setAttribute('role', 'tabpanel');
      for (const [index, group] of this.groups.entries()) {
        const tab = document.createElement('button');
        tab.type = 'button';
        tab.className = 'identify-tab';
        tab.dataset.layer = group.layer.id;
        tab.dataset.count = String(group.features.length);
        tab.setAttribute('role', 'tab');
        tab.textContent = IDENTIFY.tab(group.layer.title, group.features.length);
        tab.addEventListener('click', () => this.openTab(index));
        this.tabs.append(tab);
      }
      this.element.append(this.tabs, this.panel);
      this.openTab(0);
    }
    this.element.hidden = false;
    this.overlay.setPosition(coordinate);
  }

  openTab(index) {
    const group = this.groups[index];
    for (const [i, tab] of [...this.tabs.children].entries()) tab.setAttribute('aria-selected', String(i === index));
    this.panel.replaceChildren();
    const list = document.createElement('ul');
    list.className = 'identify-list';
    const detail = document.createElement('div');
    detail.className = 'identify-detail';
    for (const [i, feature] of group.features.entries()) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'identify-item';
      button.dataset.fid = plainId(group.layer, feature);
      button.textContent = featureLabel(group.layer, feature);
      button.addEventListener('click', () => this.choose(group.layer, feature, list, i, detail));
      item.append(button);
      list.append(item);
    }
    // One feature needs no list: its attributes are all there is.
    list.hidden = group.features.length === 1;
    this.panel.append(list, detail);
    this.choose(group.layer, group.features[0], list, 0, detail);
  }

  async choose(layer, feature, list, index, detail) {
    for (const [i, item] of [...list.querySelectorAll('.identify-item')].entries()) item.setAttribute('aria-pressed', String(i === index));
    const mine = ++this.sequence;
    const id = plainId(layer, feature);
    const selected = { ...feature, id };
    this.ctx?.selection.clear();
    this.ctx?.selection.set(layer.id, [selected]);
    this.renderDetail(detail, layer, selected);
    if (this.details) {
      const full = await this.details(layer, selected).catch(() => null);
      if (full && mine === this.sequence) this.renderDetail(detail, layer, { ...selected, ...full, id });
    }
  }

  renderDetail(detail, layer, feature) {
    detail.replaceChildren();
    detail.dataset.layer = layer.id;
    detail.dataset.fid = String(feature.id);
    const heading = document.createElement('h5');
    heading.textContent = `${layer.title} · ${feature.id}`;
    const table = document.createElement('table');
    for (const attribute of layer.attributes) {
      table.append(row(attribute.label, displayValue(attribute, feature.properties?.[attribute.name], feature.names)));
    }
    if (feature.version) {
      const v = feature.version;
      const operation = POPUP.operations[v.operation] ?? v.operation;
      table.append(row(POPUP.version, POPUP.versionText(v.number, operation, v.author)));
      table.append(row(POPUP.validFrom, new Date(v.validFrom).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })));
    }
    detail.append(heading, table);
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
      detail.append(bar);
    }
  }

  closeButton() {
    const close = document.createElement('button');
    close.className = 'popup-close';
    close.textContent = '×';
    close.title = POPUP.close;
    close.setAttribute('aria-label', POPUP.close);
    close.addEventListener('click', () => {
      this.hide();
      this.ctx?.selection.clear();
    });
    return close;
  }

  hide() {
    this.sequence++;
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
