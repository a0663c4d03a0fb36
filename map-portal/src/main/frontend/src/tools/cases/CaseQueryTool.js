import { CASES } from '../../messages.js';
import { button, el, field, notice, table, when } from '../admin/ui.js';
import { caseApi } from './caseApi.js';
import { CaseForm } from './CaseForm.js';

const PAGE = 20;

/**
 * 案件查询: the cases the caller may see, newest first, filtered by status, category, unit grid,
 * the period reported in, the current view (bbox) and overdue, a page at a time from the server
 * (offset paging: one more row than shown says whether a next page exists); a row opens the case
 * form (with its actions when the caller holds the case's task).
 */
export default function create(ctx) {
  const api = caseApi(ctx);
  const status = notice();
  const state = el('select', { name: 'status' }, el('option', { value: '' }, CASES.any), CASES.statuses.map((s) => el('option', { value: s }, s)));
  const category = el('select', { name: 'category' }, el('option', { value: '' }, CASES.any));
  const grid = el('input', { name: 'grid', maxlength: '30' });
  const overdue = el('input', { name: 'overdue', type: 'checkbox' });
  const inView = el('input', { name: 'bbox', type: 'checkbox' });
  const from = el('input', { name: 'from', type: 'date' });
  const to = el('input', { name: 'to', type: 'date' });
  const filters = el(
    'form',
    { class: 'admin-form admin-filters', 'aria-label': CASES.search },
    field(CASES.status, state),
    field(CASES.category, category),
    field(CASES.grid, grid),
    field(CASES.reportedFrom, from),
    field(CASES.reportedTo, to),
    el('label', { class: 'admin-check' }, overdue, CASES.overdueOnly),
    el('label', { class: 'admin-check' }, inView, CASES.inView),
    el('button', { type: 'submit' }, CASES.search),
  );
  const total = el('p', { class: 'admin-count' });
  const list = el('div', { class: 'admin-list' });
  const prev = button(CASES.prev, () => page(offset - PAGE), { dataset: { action: 'prev' } });
  const next = button(CASES.next, () => page(offset + PAGE), { dataset: { action: 'next' } });
  const listView = el('div', { class: 'case-list-view' }, filters, status.node, total, list, el('div', { class: 'admin-actions admin-pager' }, prev, next));
  const form = new CaseForm(ctx, api, { onBack: () => showList(), onDone: () => {} });
  const element = el('section', { class: 'admin-tool case-tool case-query' }, listView, form.element);
  let found = [];
  let hasNext = false;
  let offset = 0;
  let filter = {};
  let loaded = false;

  api.categories().then((all) => category.append(...all.map((c) => el('option', { value: c.name }, c.name)))).catch(() => {});
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });

  function bbox() {
    const [minX, minY, maxX, maxY] = ctx.map.getView().calculateExtent(ctx.map.getSize());
    const [a, b] = ctx.toLonLat([minX, minY]);
    const [c, d] = ctx.toLonLat([maxX, maxY]);
    return [a, b, c, d].map((v) => v.toFixed(6)).join(',');
  }

  function search() {
    filter = { status: state.value, category: category.value, grid: grid.value.trim(), from: from.value, to: to.value, overdue: overdue.checked, bbox: inView.checked ? bbox() : '' };
    return page(0);
  }

  let asked = 0;
  async function page(at) {
    status.show(CASES.loading);
    const mine = ++asked;
    try {
      const result = await api.cases({ ...filter, offset: Math.max(0, at), limit: PAGE + 1 });
      if (mine !== asked) return; // a later page is on its way
      offset = Math.max(0, at);
      hasNext = result.length > PAGE;
      found = result.slice(0, PAGE);
      status.clear();
      loaded = true;
      render();
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  function render() {
    const rows = found;
    total.textContent = rows.length ? CASES.pageOf(offset + 1, offset + rows.length, hasNext) : '';
    list.replaceChildren(
      rows.length
        ? table(
            [CASES.caseNo, CASES.status, CASES.category, CASES.address, CASES.grid, CASES.reportedAt, ''],
            rows.map((c) => {
              const a = c.attributes;
              return el(
                'tr',
                { dataset: { caseNo: c.caseNo, status: a.status ?? '' } },
                el('td', {}, c.caseNo),
                el('td', {}, el('span', { class: 'case-status', dataset: { status: a.status ?? '' } }, a.status ?? '')),
                el('td', {}, a.category ?? ''),
                el('td', { class: 'admin-detail' }, a.address ?? ''),
                el('td', {}, a.bgid ?? ''),
                el('td', {}, when(a.reported_at)),
                el('td', {}, button(CASES.view, () => openCase(c.caseNo), { dataset: { action: 'open' } })),
              );
            }),
            { 'aria-label': CASES.caseNo },
          )
        : el('p', { class: 'admin-empty' }, CASES.noCases),
    );
    prev.disabled = offset === 0;
    next.disabled = !hasNext;
  }

  function showList() {
    form.hide();
    listView.hidden = false;
  }

  function openCase(caseNo) {
    listView.hidden = true;
    form.show(caseNo);
  }

  return {
    element,
    open: (args) => {
      if (args?.caseNo) return openCase(args.caseNo);
      if (!loaded) search();
    },
  };
}
