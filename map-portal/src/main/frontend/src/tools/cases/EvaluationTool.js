import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { ApiError } from '../../api.js';
import { EVALUATION } from '../../messages.js';
import { button, el, field, notice } from '../admin/ui.js';
import { dayAfter, lastDay, percent, periodOf, sortRows } from './period.js';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Groups drawn in the charts (the table lists all). */
const TOP = 15;
const COLUMNS = ['name', 'reported', 'closed', 'closedOnTime', 'onTimeRate', 'reworked', 'reworkRate', 'meanHandleHours', 'medianHandleHours', 'overdueOpen'];
const RATES = new Set(['onTimeRate', 'reworkRate']);
const HOURS = new Set(['meanHandleHours', 'medianHandleHours']);

/**
 * 综合评价: the cases reported in a period (本月, 上月, 本季度, 本年 or two chosen days) per 处置部门, unit
 * grid or category — 按期结案率 and 返工率 as a bar chart sorted by on-time rate, 处置用时 in working
 * hours as another, and every figure in a table sorted by any column — from
 * `/api/cases/evaluation`; 导出 CSV downloads the same as a file for Excel.
 */
export default function create(ctx) {
  const status = notice();
  const kind = el(
    'select',
    { name: 'period' },
    Object.entries(EVALUATION.periods).map(([value, text]) => el('option', { value }, text)),
  );
  const from = el('input', { type: 'date', name: 'from', required: true });
  const to = el('input', { type: 'date', name: 'to', required: true });
  const by = el(
    'select',
    { name: 'by' },
    Object.entries(EVALUATION.groups).map(([value, text]) => el('option', { value }, text)),
  );
  const exportButton = button(EVALUATION.exportCsv, () => download(), { dataset: { action: 'export' } });
  const form = el(
    'form',
    { class: 'admin-form admin-filters evaluation-form', 'aria-label': EVALUATION.title },
    field(EVALUATION.period, kind),
    field(EVALUATION.from, from),
    field(EVALUATION.to, to),
    field(EVALUATION.by, by),
    el('div', { class: 'admin-actions' }, el('button', { type: 'submit' }, EVALUATION.run), exportButton),
  );
  const summary = el('p', { class: 'evaluation-summary', role: 'status' });
  const rateTitle = el('h4', {}, EVALUATION.rateChart);
  const rateCanvas = el('div', { class: 'evaluation-chart', dataset: { chart: 'rates' } });
  const timeTitle = el('h4', {}, EVALUATION.timeChart);
  const timeCanvas = el('div', { class: 'evaluation-chart', dataset: { chart: 'hours' } });
  const topNote = el('p', { class: 'admin-count' });
  const charts = el('div', { class: 'evaluation-charts', hidden: true }, topNote, rateTitle, rateCanvas, timeTitle, timeCanvas);
  const tableBox = el('div', { class: 'evaluation-table' });
  const element = el('section', { class: 'admin-tool case-tool evaluation-tool', dataset: { state: 'idle' } }, form, status.node, summary, charts, tableBox);

  let rateChart = null;
  let timeChart = null;
  let result = null;
  let sortKey = 'onTimeRate';
  let descending = true;
  let asked = 0;

  function choose(value) {
    const custom = value === 'custom';
    from.readOnly = !custom;
    to.readOnly = !custom;
    if (!custom) {
      const p = periodOf(value);
      from.value = p.from;
      to.value = lastDay(p.to);
    }
  }
  kind.addEventListener('change', () => {
    choose(kind.value);
    if (kind.value !== 'custom') run();
  });
  by.addEventListener('change', () => run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  choose('month');

  function params() {
    if (!from.value || !to.value || to.value < from.value) throw new Error(EVALUATION.badPeriod);
    return new URLSearchParams({ from: from.value, to: dayAfter(to.value), by: by.value });
  }

  async function run() {
    let query;
    try {
      query = params();
    } catch (e) {
      status.show(e.message, 'error');
      return;
    }
    const mine = ++asked;
    element.dataset.state = 'loading';
    status.show(EVALUATION.loading);
    try {
      const answer = await ctx.api.call(`/api/cases/evaluation?${query}`);
      if (mine !== asked) return; // a later request is on its way
      result = answer;
      status.clear();
      show();
    } catch (e) {
      if (mine !== asked) return;
      element.dataset.state = 'failed';
      status.show(EVALUATION.failed(e.message), 'error');
    }
  }

  function show() {
    const { rows, total } = result;
    if (!rows.length) {
      element.dataset.state = 'empty';
      summary.textContent = '';
      charts.hidden = true;
      tableBox.replaceChildren(el('p', { class: 'admin-empty' }, EVALUATION.empty));
      return;
    }
    summary.textContent = EVALUATION.summary(total, percent(total.onTimeRate), percent(total.reworkRate), EVALUATION.hours(total.meanHandleHours));
    charts.hidden = false;
    drawCharts(rows);
    renderTable();
    element.dataset.state = 'shown';
  }

  function drawCharts(rows) {
    const drawn = rows.slice(0, TOP);
    topNote.textContent = rows.length > TOP ? EVALUATION.top(TOP, rows.length) : '';
    const byRate = sortRows(drawn, 'onTimeRate', true);
    const label = (r) => r.name || r.code || EVALUATION.total;
    const axis = (names) => ({ type: 'category', data: names, axisLabel: { interval: 0, width: 120, overflow: 'truncate' }, inverse: true });
    rateChart ??= echarts.init(rateCanvas, null, { renderer: 'canvas' });
    timeChart ??= echarts.init(timeCanvas, null, { renderer: 'canvas' });
    const height = Math.max(160, 40 + drawn.length * 34);
    rateCanvas.style.height = `${height}px`;
    timeCanvas.style.height = `${height}px`;
    rateChart.setOption(
      {
        tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}%`) },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: axis(byRate.map(label)),
        series: [
          { name: EVALUATION.onTimeRate, type: 'bar', data: byRate.map((r) => pct(r.onTimeRate)), itemStyle: { color: '#1c64b4' } },
          { name: EVALUATION.reworkRate, type: 'bar', data: byRate.map((r) => pct(r.reworkRate)), itemStyle: { color: '#d9822b' } },
        ],
      },
      true,
    );
    const byHours = sortRows(drawn, 'meanHandleHours', true);
    timeChart.setOption(
      {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
        xAxis: { type: 'value', name: 'h' },
        yAxis: axis(byHours.map(label)),
        series: [
          { name: EVALUATION.meanHours, type: 'bar', data: byHours.map((r) => r.meanHandleHours), itemStyle: { color: '#2f8132' } },
          { name: EVALUATION.medianHours, type: 'bar', data: byHours.map((r) => r.medianHandleHours), itemStyle: { color: '#8fbf7f' } },
        ],
      },
      true,
    );
    rateChart.resize();
    timeChart.resize();
    rateCanvas.dataset.values = JSON.stringify(byRate.map((r) => [r.code, r.onTimeRate, r.reworkRate]));
    timeCanvas.dataset.values = JSON.stringify(byHours.map((r) => [r.code, r.meanHandleHours]));
  }

  function renderTable() {
    const rows = sortRows(result.rows, sortKey, descending);
    const head = COLUMNS.map((c) => {
      const th = el(
        'th',
        { scope: 'col', tabindex: '0', title: EVALUATION.sortHint, dataset: { column: c }, 'aria-sort': c === sortKey ? (descending ? 'descending' : 'ascending') : 'none' },
        EVALUATION.columns[c] + (c === sortKey ? (descending ? ' ▼' : ' ▲') : ''),
      );
      const sortBy = () => {
        descending = c === sortKey ? !descending : c !== 'name';
        sortKey = c;
        renderTable();
      };
      th.addEventListener('click', sortBy);
      th.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sortBy();
        }
      });
      return th;
    });
    const line = (r, total) =>
      el(
        'tr',
        { class: total ? 'evaluation-total' : null, dataset: { code: r.code ?? '' } },
        COLUMNS.map((c) => el('td', { dataset: { label: EVALUATION.columns[c] }, class: c === 'name' ? null : 'evaluation-number' }, cell(r, c))),
      );
    tableBox.replaceChildren(
      el(
        'div',
        { class: 'admin-table-wrap' },
        el(
          'table',
          { class: 'admin-table', 'aria-label': EVALUATION.title },
          el('thead', {}, el('tr', {}, head)),
          // The total is the last row of the body, so that a phone shows it as a card like the others.
          el('tbody', {}, rows.map((r) => line(r, false)), line(result.total, true)),
        ),
      ),
    );
  }

  async function download() {
    let query;
    try {
      query = params();
    } catch (e) {
      status.show(e.message, 'error');
      return;
    }
    query.set('format', 'csv');
    exportButton.disabled = true;
    try {
      const response = await fetch(`/api/cases/evaluation?${query}`, { credentials: 'same-origin', headers: { 'X-OneMap-Client': 'portal' } });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
      const blob = await response.blob();
      const name = /filename="?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'evaluation.csv';
      const link = el('a', { href: URL.createObjectURL(blob), download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      status.show(EVALUATION.exported(name));
    } catch (e) {
      status.show(EVALUATION.failed(e.message), 'error');
    } finally {
      exportButton.disabled = false;
    }
  }

  const resize = () => {
    rateChart?.resize();
    timeChart?.resize();
  };
  window.addEventListener('resize', resize);

  return {
    element,
    open: () => {
      if (!result) run();
      else requestAnimationFrame(resize);
    },
  };
}

function pct(rate) {
  return rate === null || rate === undefined ? null : Number((rate * 100).toFixed(1));
}

function cell(row, column) {
  const v = row[column];
  if (column === 'name') return v || row.code || '';
  if (RATES.has(column)) return percent(v);
  if (HOURS.has(column)) return v === null || v === undefined ? '—' : v.toFixed(1);
  return String(v ?? 0);
}
