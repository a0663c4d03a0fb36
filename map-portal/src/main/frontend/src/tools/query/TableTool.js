import { QUERY } from '../../messages.js';
import { columnCondition, and } from './ecql.js';
import { el, options } from './dom.js';
import { displayValue } from './labels.js';
import { FilterBuilder } from './FilterBuilder.js';
import { ExportPanel } from './ExportPanel.js';

const PAGE = 20;
const DEBOUNCE_MS = 400;

/**
 * The attribute table of a layer: pages of features from the REST API with the total count,
 * sorting by a column (click its heading), a filter under each heading, the filter builder and
 * the export; rows and the map's shared selection are one: a row click selects the feature and
 * zooms to it, a feature selected on the map is highlighted in the table.
 */
export default function create(ctx) {
  return new TableTool(ctx);
}

class TableTool {
  constructor(ctx) {
    this.ctx = ctx;
    this.layer = null;
    this.sort = null;
    this.offset = 0;
    this.columnFilters = new Map();
    this.sequence = 0;
    this.features = [];
    this.layerSelect = el('select', { className: 'table-layer', ariaLabel: QUERY.chooseLayer });
    this.layerSelect.addEventListener('change', () => this.setLayer(this.layerSelect.value));
    this.filter = new FilterBuilder(ctx, () => this.reload());
    this.exporter = new ExportPanel(ctx, () => ({ layer: this.layer, ecql: this.ecql() }));
    this.total = el('span', { className: 'table-total', role: 'status' });
    this.selected = el('span', { className: 'table-selected' });
    const clear = el('button', { type: 'button', className: 'table-clear-selection', textContent: QUERY.clearSelection });
    clear.addEventListener('click', () => ctx.selection.clear());
    this.table = el('table', { className: 'attr-table' });
    this.pager = el('div', { className: 'table-pager' });
    this.message = el('p', { className: 'table-message', role: 'alert' });
    this.element = el('section', { className: 'table-tool' }, [
      el('label', { className: 'table-layer-label' }, [el('span', { textContent: QUERY.chooseLayer }), this.layerSelect]),
      this.filter.element,
      el('div', { className: 'table-summary' }, [this.total, this.selected, clear]),
      this.message,
      el('div', { className: 'table-scroll' }, [this.table]),
      this.pager,
      this.exporter.element,
    ]);
    ctx.on('selection', () => this.markSelection());
    ctx.on('catalog', () => this.renderLayers());
    ctx.on('time', () => this.layer && this.reload());
  }

  open(args) {
    this.renderLayers(args?.layerId);
  }

  close() {
    this.filter.close();
  }

  renderLayers(preferred) {
    const layers = this.ctx.catalog();
    options(this.layerSelect, layers.map((l) => [l.id, l.title]));
    if (layers.length === 0) {
      this.message.textContent = QUERY.noLayer;
      return;
    }
    const visible = this.ctx.visibleLayerIds().map((id) => this.ctx.layer(id)).filter((l) => l && l.kind !== 'BASE');
    const keep = [preferred, this.layer?.id, visible[0]?.id, layers[0].id].find((id) => id && layers.some((l) => l.id === id));
    if (keep !== this.layer?.id || preferred) this.setLayer(keep);
    else this.layerSelect.value = keep;
  }

  setLayer(id) {
    this.layer = this.ctx.layer(id);
    this.layerSelect.value = id;
    // The table's layer is drawn, so that the selected row's feature is seen in its context.
    if (this.layer.kind !== 'BASE' && !this.ctx.visibleLayerIds().includes(id)) this.ctx.setVisible(id, true);
    this.element.dataset.layer = id;
    this.sort = null;
    this.offset = 0;
    this.columnFilters.clear();
    this.filter.setLayer(this.layer);
    this.renderHead();
    this.reload();
  }

  /** The filter builder's conditions AND the column filters. */
  ecql() {
    const columns = [];
    for (const [name, text] of this.columnFilters) {
      const attribute = this.layer.attributes.find((a) => a.name === name);
      try {
        columns.push(columnCondition(attribute, text));
      } catch {
        throw new Error(QUERY.failed(`${attribute.label}: ${text}`));
      }
    }
    return and([this.filter.ecql(), ...columns]);
  }

  renderHead() {
    const head = el('thead');
    const titles = el('tr', { className: 'table-headings' });
    const filters = el('tr', { className: 'table-filters' });
    titles.append(el('th', { textContent: QUERY.fid }));
    filters.append(el('th'));
    for (const attribute of this.layer.attributes) {
      const sort = el('button', { type: 'button', className: 'table-sort', dataset: { field: attribute.name }, title: QUERY.sortBy(attribute.label), textContent: attribute.label });
      sort.addEventListener('click', () => {
        const ascending = this.sort?.field === attribute.name ? !this.sort.ascending : true;
        this.sort = { field: attribute.name, ascending };
        this.offset = 0;
        this.reload();
      });
      titles.append(el('th', { dataset: { field: attribute.name } }, [sort]));
      filters.append(el('th', {}, [this.columnFilter(attribute)]));
    }
    head.append(titles, filters);
    this.body = el('tbody');
    this.table.replaceChildren(head, this.body);
  }

  columnFilter(attribute) {
    let input;
    const changed = () => {
      if (input.value.trim() === '') this.columnFilters.delete(attribute.name);
      else this.columnFilters.set(attribute.name, input.value);
      this.offset = 0;
      this.reload();
    };
    if (attribute.codeList || attribute.type === 'BOOLEAN') {
      input = el('select', { className: 'table-column-filter', ariaLabel: QUERY.columnFilter(attribute.label), dataset: { field: attribute.name } });
      const entries = attribute.codeList ? attribute.codeList.entries.map((e) => [e.code, e.name]) : [['true', QUERY.yes], ['false', QUERY.no]];
      options(input, [['', QUERY.any], ...entries]);
      input.addEventListener('change', changed);
    } else {
      input = el('input', { className: 'table-column-filter', type: 'search', ariaLabel: QUERY.columnFilter(attribute.label), dataset: { field: attribute.name } });
      let timer;
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(changed, DEBOUNCE_MS);
      });
    }
    return input;
  }

  async reload() {
    if (!this.layer) return;
    const mine = ++this.sequence;
    const layer = this.layer;
    this.element.dataset.loading = 'true';
    this.message.textContent = '';
    try {
      const params = new URLSearchParams({ limit: String(PAGE), offset: String(this.offset) });
      const ecql = this.ecql();
      if (ecql) params.set('filter', ecql);
      if (this.sort) params.set('sortBy', `${this.sort.ascending ? '' : '-'}${this.sort.field}`);
      if (this.ctx.time.asOf() && layer.versioned) params.set('asOf', this.ctx.time.asOf());
      const page = await this.ctx.api.call(`/api/layers/${encodeURIComponent(layer.id)}/features?${params}`);
      if (mine !== this.sequence) return;
      this.features = page.features;
      this.matched = page.numberMatched;
      this.renderRows(layer);
      this.element.dataset.ecql = ecql;
      this.element.dataset.matched = String(page.numberMatched);
    } catch (e) {
      if (mine !== this.sequence) return;
      this.message.textContent = e.message;
      this.element.dataset.matched = '';
    } finally {
      if (mine === this.sequence) this.element.dataset.loading = 'false';
    }
  }

  renderRows(layer) {
    for (const th of this.table.querySelectorAll('.table-headings th[data-field]')) {
      const sorted = this.sort?.field === th.dataset.field;
      th.setAttribute('aria-sort', sorted ? (this.sort.ascending ? 'ascending' : 'descending') : 'none');
    }
    this.body.replaceChildren();
    for (const feature of this.features) {
      const row = el('tr', { dataset: { fid: String(feature.id) }, tabIndex: 0 });
      row.append(el('td', { className: 'table-fid', textContent: String(feature.id) }));
      for (const attribute of layer.attributes) {
        row.append(el('td', { dataset: { field: attribute.name }, textContent: displayValue(attribute, feature.properties[attribute.name], feature.names) }));
      }
      const choose = () => {
        this.ctx.selection.clear();
        this.ctx.selection.set(layer.id, [feature]);
        this.ctx.selection.zoomTo();
      };
      row.addEventListener('click', choose);
      row.addEventListener('keydown', (e) => e.key === 'Enter' && choose());
      this.body.append(row);
    }
    this.total.textContent = QUERY.total(this.matched);
    this.renderPager();
    this.markSelection();
  }

  renderPager() {
    const prev = el('button', { type: 'button', className: 'table-prev', textContent: QUERY.prev, disabled: this.offset === 0 });
    const next = el('button', { type: 'button', className: 'table-next', textContent: QUERY.next, disabled: this.offset + PAGE >= this.matched });
    prev.addEventListener('click', () => {
      this.offset = Math.max(0, this.offset - PAGE);
      this.reload();
    });
    next.addEventListener('click', () => {
      this.offset += PAGE;
      this.reload();
    });
    const from = this.matched === 0 ? 0 : this.offset + 1;
    const to = Math.min(this.offset + PAGE, this.matched);
    this.pager.replaceChildren(prev, el('span', { className: 'table-page', textContent: QUERY.page(from, to, this.matched) }), next);
  }

  /** Highlights the rows of the selected features (selected in the table or on the map). */
  markSelection() {
    if (!this.layer || !this.body) return;
    const ids = new Set((this.ctx.selection.all().get(this.layer.id) ?? []).map((f) => String(f.id)));
    let first = null;
    for (const row of this.body.children) {
      const on = ids.has(row.dataset.fid);
      row.classList.toggle('selected', on);
      row.setAttribute('aria-selected', String(on));
      if (on && !first) first = row;
    }
    first?.scrollIntoView({ block: 'nearest' });
    this.selected.textContent = this.ctx.selection.count() > 0 ? QUERY.selected(this.ctx.selection.count()) : '';
  }
}
