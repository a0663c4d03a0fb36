import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import GeoJSON from 'ol/format/GeoJSON.js';
import WKT from 'ol/format/WKT.js';
import { transformExtent } from 'ol/proj.js';
import { CHART, QUERY } from '../../messages.js';
import { el, options } from './dom.js';
import { featureLabel } from './labels.js';
import { NUMERIC } from './ecql.js';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The layer of the city's unit grids (单元网格), the chart's third scope. */
const GRID_LAYER = 'unit_grids';
const GROUPABLE = new Set(['STRING', 'INTEGER', 'LONG', 'BOOLEAN', 'DATE']);
const TOP = 30;

/**
 * Charts (Apache ECharts, loaded with this tool only): the count of a layer's features, or the sum
 * of a numeric attribute, per category of another attribute, for the features in the current
 * view, the selected ones, or those in one unit grid. The numbers come from the server's GROUP BY
 * (`/api/layers/{id}/stats`), category names from the code lists.
 */
export default function create(ctx) {
  return new ChartTool(ctx);
}

class ChartTool {
  constructor(ctx) {
    this.ctx = ctx;
    this.layerSelect = el('select', { className: 'chart-layer', ariaLabel: QUERY.chooseLayer });
    this.layerSelect.addEventListener('change', () => this.renderFields());
    this.groupBy = el('select', { className: 'chart-group-by', ariaLabel: CHART.groupBy });
    this.measure = el('select', { className: 'chart-measure', ariaLabel: CHART.measure });
    this.scope = el('select', { className: 'chart-scope', ariaLabel: CHART.scope });
    options(this.scope, [['view', CHART.scopeView], ['selection', CHART.scopeSelection], ['grid', CHART.scopeGrid]]);
    this.grid = el('select', { className: 'chart-grid', ariaLabel: CHART.grid });
    this.gridLabel = el('label', { hidden: true }, [el('span', { textContent: CHART.grid }), this.grid]);
    this.scope.addEventListener('change', () => this.renderScope());
    this.kind = el('select', { className: 'chart-kind', ariaLabel: CHART.kind });
    options(this.kind, [['bar', CHART.bar], ['pie', CHART.pie]]);
    const draw = el('button', { type: 'button', className: 'chart-draw', textContent: CHART.draw });
    draw.addEventListener('click', () => this.draw());
    this.message = el('p', { className: 'chart-message', role: 'status' });
    this.canvas = el('div', { className: 'chart-canvas' });
    this.data = el('table', { className: 'chart-data' });
    this.element = el('section', { className: 'chart-tool' }, [
      el('div', { className: 'chart-fields' }, [
        el('label', {}, [el('span', { textContent: QUERY.chooseLayer }), this.layerSelect]),
        el('label', {}, [el('span', { textContent: CHART.groupBy }), this.groupBy]),
        el('label', {}, [el('span', { textContent: CHART.measure }), this.measure]),
        el('label', {}, [el('span', { textContent: CHART.scope }), this.scope]),
        this.gridLabel,
        el('label', {}, [el('span', { textContent: CHART.kind }), this.kind]),
      ]),
      draw,
      this.message,
      this.canvas,
      this.data,
    ]);
    this.gridFeatures = [];
    ctx.on('catalog', () => this.renderLayers());
  }

  open() {
    this.renderLayers();
    requestAnimationFrame(() => this.chart?.resize());
  }

  close() {}

  renderLayers() {
    const layers = this.ctx.catalog().filter((l) => l.attributes.some((a) => GROUPABLE.has(a.type)));
    const before = this.layerSelect.value;
    options(this.layerSelect, layers.map((l) => [l.id, l.title]));
    const visible = this.ctx.visibleLayerIds().find((id) => layers.some((l) => l.id === id && l.kind !== 'BASE'));
    this.layerSelect.value = [before, visible, layers[0]?.id].find((id) => id && layers.some((l) => l.id === id)) ?? '';
    this.renderFields();
  }

  renderFields() {
    const layer = this.ctx.layer(this.layerSelect.value);
    if (!layer) return;
    const groupable = layer.attributes.filter((a) => GROUPABLE.has(a.type));
    // Coded attributes first: they are the categories people count by.
    groupable.sort((a, b) => Number(!!b.codeList) - Number(!!a.codeList));
    options(this.groupBy, groupable.map((a) => [a.name, a.label]));
    options(this.measure, [['', CHART.count], ...layer.attributes.filter((a) => NUMERIC.has(a.type)).map((a) => [a.name, CHART.sumOf(a.label)])]);
  }

  async renderScope() {
    this.gridLabel.hidden = this.scope.value !== 'grid';
    if (this.scope.value !== 'grid' || this.gridFeatures.length > 0) return;
    if (!this.ctx.layer(GRID_LAYER)) {
      this.message.textContent = CHART.noGrids;
      return;
    }
    const page = await this.ctx.api.call(`/api/layers/${GRID_LAYER}/features?limit=500&sortBy=${encodeURIComponent(gridSortKey(this.ctx.layer(GRID_LAYER)))}`);
    this.gridFeatures = page.features;
    const grids = this.ctx.layer(GRID_LAYER);
    options(this.grid, page.features.map((f) => [String(f.id), gridLabel(grids, f)]));
  }

  /** The stats request's scope parameters, or throws an Error with a Chinese message. */
  scopeParams(layer) {
    const params = new URLSearchParams();
    if (this.scope.value === 'view') {
      const extent = this.ctx.map.getView().calculateExtent(this.ctx.map.getSize());
      params.set('bbox', transformExtent(extent, this.ctx.viewProjection(), 'EPSG:4490').map((v) => v.toFixed(7)).join(','));
    } else if (this.scope.value === 'selection') {
      const ids = (this.ctx.selection.all().get(layer.id) ?? []).map((f) => String(f.id));
      if (ids.length === 0) throw new Error(CHART.empty);
      params.set('ids', ids.join(','));
    } else {
      const grid = this.gridFeatures.find((f) => String(f.id) === this.grid.value);
      if (!grid) throw new Error(CHART.noGrids);
      const wkt = new WKT({ decimals: 8 }).writeGeometry(new GeoJSON().readGeometry(grid.geometry));
      params.set('filter', `INTERSECTS(geom, ${wkt})`);
    }
    if (this.ctx.time.asOf() && layer.versioned) params.set('asOf', this.ctx.time.asOf());
    return params;
  }

  async draw() {
    const layer = this.ctx.layer(this.layerSelect.value);
    if (!layer) return;
    this.message.textContent = QUERY.loading;
    this.element.dataset.state = 'loading';
    try {
      const params = this.scopeParams(layer);
      params.set('groupBy', this.groupBy.value);
      if (this.measure.value) params.set('sum', this.measure.value);
      params.set('limit', String(TOP));
      const stats = await this.ctx.api.call(`/api/layers/${encodeURIComponent(layer.id)}/stats?${params}`);
      this.show(layer, stats);
    } catch (e) {
      this.message.textContent = CHART.failed(e.message);
      this.element.dataset.state = 'failed';
    }
  }

  show(layer, stats) {
    const summed = !!stats.sum;
    const groups = stats.groups.map((g) => ({
      name: g.key === null ? CHART.unnamed : g.name ? `${g.name}` : String(g.key),
      key: g.key,
      value: summed ? Number(g.sum.toFixed(3)) : g.count,
    }));
    const measure = summed ? CHART.sumOf(layer.attributes.find((a) => a.name === stats.sum)?.label ?? stats.sum) : CHART.count;
    this.message.textContent = groups.length === 0 ? CHART.empty : stats.groupCount > groups.length ? CHART.others(stats.groupCount - groups.length) : QUERY.total(stats.total);
    this.chart ??= echarts.init(this.canvas, null, { renderer: 'canvas' });
    const pie = this.kind.value === 'pie';
    const option = pie
      ? {
          tooltip: { trigger: 'item' },
          series: [{ type: 'pie', radius: ['30%', '65%'], data: groups.map(({ name, value }) => ({ name, value })), label: { formatter: '{b}\n{c}' } }],
        }
      : {
          tooltip: { trigger: 'axis' },
          grid: { left: 48, right: 12, top: 16, bottom: 64 },
          xAxis: { type: 'category', data: groups.map((g) => g.name), axisLabel: { rotate: groups.length > 5 ? 35 : 0, interval: 0 } },
          yAxis: { type: 'value', name: measure },
          series: [{ type: 'bar', data: groups.map((g) => g.value), itemStyle: { color: '#1c64b4' } }],
        };
    this.chart.setOption(option, true);
    this.chart.resize();
    this.canvas.dataset.kind = this.kind.value;
    this.canvas.dataset.values = JSON.stringify(groups.map((g) => [g.key, g.value]));
    this.renderData(groups, measure);
    this.element.dataset.state = 'drawn';
  }

  /** The numbers as a table under the chart (readable without the picture). */
  renderData(groups, measure) {
    const head = el('tr', {}, [el('th', { textContent: this.groupBy.selectedOptions[0]?.textContent ?? '' }), el('th', { textContent: measure })]);
    this.data.replaceChildren(el('thead', {}, [head]), el('tbody', {}, groups.map((g) => el('tr', {}, [el('td', { textContent: g.name }), el('td', { textContent: String(g.value) })]))));
  }
}

/** A grid's code (its first text attribute) and name, e.g. `441402001001001 梅龙社区`. */
function gridLabel(layer, feature) {
  const code = feature.properties[gridSortKey(layer)] ?? feature.id;
  const name = featureLabel(layer, feature);
  return name === String(code) ? String(code) : `${code} ${name}`;
}

/** Grids listed by their title attribute (a name or code), else by id. */
function gridSortKey(layer) {
  const text = layer.attributes.find((a) => a.type === 'STRING' && !a.codeList);
  return text ? text.name : 'fid';
}
