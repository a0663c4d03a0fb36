import { CASES } from '../../messages.js';
import { button, el, field, notice, table, when } from '../admin/ui.js';
import { caseApi } from './caseApi.js';
import { CaseForm } from './CaseForm.js';
import { byDeadline, remainingText } from './format.js';

/**
 * 待办 (the inbox) of the 数字城管 desk: the caller's open tasks, soonest deadline first, with the
 * working time left (red when overdue), filtered by step, category, grid and overdue; 待派遣 tasks
 * can be ticked and dispatched to one department at once. A row opens the case form.
 * Category and grid come from the cases the caller may see (/api/cases), joined by case number.
 */
export default function create(ctx) {
  const api = caseApi(ctx);
  const status = notice();
  const step = el('select', { name: 'step' }, el('option', { value: '' }, CASES.any), Object.entries(CASES.steps).map(([value, title]) => el('option', { value }, title)));
  const category = el('select', { name: 'category' }, el('option', { value: '' }, CASES.any));
  const grid = el('input', { name: 'grid', maxlength: '30' });
  const overdue = el('input', { name: 'overdue', type: 'checkbox' });
  const filters = el(
    'form',
    { class: 'admin-form admin-filters', 'aria-label': CASES.search },
    field(CASES.step, step),
    field(CASES.category, category),
    field(CASES.grid, grid),
    el('label', { class: 'admin-check' }, overdue, CASES.overdueOnly),
    el('button', { type: 'submit' }, CASES.refresh),
  );
  const department = el('select', { name: 'bulk-department' }, el('option', { value: '' }, CASES.form.chooseDepartment));
  const chosen = el('span', { class: 'admin-hint' });
  const bulk = el('div', { class: 'admin-form case-bulk', hidden: true, 'aria-label': CASES.bulk.heading }, el('strong', {}, CASES.bulk.heading), chosen, field(CASES.form.department, department), button(CASES.bulk.dispatch, () => dispatchChosen(), { dataset: { action: 'bulk-dispatch' } }));
  const total = el('p', { class: 'admin-count' });
  const list = el('div', { class: 'admin-list' });
  const listView = el('div', { class: 'case-list-view' }, filters, status.node, bulk, total, list);
  const form = new CaseForm(ctx, api, {
    onBack: () => showList(),
    onDone: () => load(),
  });
  const element = el('section', { class: 'admin-tool case-tool case-inbox' }, listView, form.element);
  let tasks = [];
  let cases = new Map();

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  for (const input of [step, category, overdue]) input.addEventListener('change', () => render());

  api.categories().then((all) => category.append(...all.map((c) => el('option', { value: c.name }, c.name)))).catch(() => {});
  api.departments().then((all) => department.append(...all.map((d) => el('option', { value: d.code }, `${d.name}（${d.code}）`)))).catch(() => {});

  // The toolbar's 30-s poll: an open list follows new and finished tasks, unless the user is
  // ticking tasks for a bulk dispatch.
  ctx.on('cases-poll', (fresh) => {
    const same = fresh.length === tasks.length && fresh.every((t) => tasks.some((o) => o.id === t.id && o.overdue === t.overdue));
    if (!same && element.isConnected && !listView.hidden && !picked().length) load();
  });

  function showList() {
    form.hide();
    listView.hidden = false;
    load();
  }

  async function load() {
    try {
      const [open, visible] = await Promise.all([api.tasks(), api.cases({ limit: 1000 }).catch(() => [])]);
      tasks = open.sort(byDeadline);
      cases = new Map(visible.map((c) => [c.caseNo, c]));
      // A task's case may be older than the newest thousand: fetched one by one.
      const missing = tasks.filter((t) => !cases.has(t.caseNo)).slice(0, 50);
      for (const c of await Promise.all(missing.map((t) => api.get(t.caseNo).catch(() => null)))) if (c) cases.set(c.caseNo, c);
      status.clear();
      ctx.emit('cases-tasks', tasks);
      render();
    } catch (e) {
      status.show(e.message, 'error');
    }
  }

  function shown() {
    const g = grid.value.trim();
    return tasks.filter((t) => {
      const a = cases.get(t.caseNo)?.attributes ?? {};
      return (!step.value || t.key === step.value) && (!category.value || a.category === category.value) && (!g || String(a.bgid ?? '').includes(g)) && (!overdue.checked || t.overdue);
    });
  }

  function render() {
    const rows = shown();
    const late = tasks.filter((t) => t.overdue).length;
    total.textContent = `${CASES.count(rows.length)}${late ? CASES.overdueCount(late) : ''}`;
    if (!rows.length) {
      list.replaceChildren(el('p', { class: 'admin-empty' }, CASES.empty));
    } else {
      list.replaceChildren(
        table(
          [CASES.select, CASES.caseNo, CASES.title, CASES.category, CASES.address, CASES.remaining, CASES.createdAt, ''],
          rows.map((t) => {
            const a = cases.get(t.caseNo)?.attributes ?? {};
            const box = t.key === 'dispatch' ? el('input', { type: 'checkbox', name: 'bulk', value: t.id, 'aria-label': t.caseNo, onchange: () => updateBulk() }) : '';
            return el(
              'tr',
              { dataset: { task: t.id, caseNo: t.caseNo, key: t.key, overdue: String(t.overdue) } },
              el('td', {}, box),
              el('td', {}, t.caseNo),
              el('td', {}, t.title),
              el('td', {}, a.category ?? ''),
              el('td', { class: 'admin-detail' }, a.address ?? ''),
              el('td', { class: t.overdue ? 'case-remaining case-overdue' : 'case-remaining' }, remainingText(t.remainingSeconds)),
              el('td', {}, when(t.createdAt)),
              el('td', {}, button(CASES.open, () => openCase(t.caseNo), { dataset: { action: 'open' } })),
            );
          }),
          { 'aria-label': CASES.caseNo },
        ),
      );
    }
    bulk.hidden = !rows.some((t) => t.key === 'dispatch');
    updateBulk();
  }

  function picked() {
    return [...list.querySelectorAll('input[name="bulk"]:checked')].map((b) => tasks.find((t) => t.id === b.value)).filter(Boolean);
  }

  function updateBulk() {
    chosen.textContent = CASES.bulk.chosen(picked().length);
  }

  async function dispatchChosen() {
    const chosenTasks = picked();
    if (!chosenTasks.length) return status.show(CASES.bulk.none, 'error');
    if (!department.value) return status.show(CASES.form.needDepartment, 'error');
    const name = department.selectedOptions[0].textContent;
    const failures = [];
    let done = 0;
    for (const t of chosenTasks) {
      try {
        await api.complete(t.id, { outcome: 'dispatch', department: department.value });
        done++;
      } catch (e) {
        failures.push(CASES.bulk.failed(t.caseNo, e.message));
      }
    }
    await load();
    status.show([CASES.bulk.done(done, name), ...failures].join('；'), failures.length ? 'error' : 'ok');
  }

  function openCase(caseNo) {
    listView.hidden = true;
    form.show(caseNo);
  }

  return {
    element,
    open: (args) => {
      if (args?.caseNo) return openCase(args.caseNo);
      if (!form.element.hidden) return;
      load();
    },
  };
}
