import { ADMIN } from '../../messages.js';
import { button, el, field, jsonCall, notice, table } from './ui.js';
import { dayState, entries, iso, mark, monthWeeks } from './caseCalendar.js';

const T = ADMIN.caseSettings;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutes = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/**
 * 办案设置 (ADMIN): the case clocks' rules. A year's calendar as twelve month grids where a click
 * marks a day 节假日, 调休上班 (weekends only) or back to the weekday rule; the working hours of a day;
 * the time limits per category × stage × urgency. Each part is checked here, saved on its own
 * (the server checks again and stores all or nothing) and can be reset to the shipped defaults
 * (恢复默认, saved only with 保存). New tasks use what is saved; running stages keep their due dates.
 */
export default function create(ctx) {
  const element = el('section', { class: 'admin-tool case-settings' });
  const calendar = calendarForm(ctx);
  const hours = hoursForm(ctx);
  const limits = limitsForm(ctx);
  element.append(calendar.node, hours.node, limits.node);
  return {
    element,
    async open() {
      delete element.dataset.ready;
      await Promise.all([calendar.load(), hours.load(), limits.load()]);
      element.dataset.ready = 'true';
    },
  };
}

function calendarForm(ctx) {
  const status = notice();
  let year = new Date().getFullYear();
  let rows = new Map();
  const yearLabel = el('strong', { class: 'case-cal-year', dataset: { year: '' } });
  const modes = Object.entries(T.modes).map(([mode, title], i) =>
    el('label', { class: 'admin-check' }, el('input', { type: 'radio', name: 'mode', value: mode, checked: i === 0 }), title),
  );
  const name = el('input', { name: 'holidayName', maxlength: '50', placeholder: T.modes.HOLIDAY });
  const legend = el('div', { class: 'case-cal-legend' }, Object.entries(T.legend).map(([state, title]) => el('span', { class: `case-day is-${state}` }, title)));
  const counts = el('small', { class: 'admin-hint case-cal-counts' });
  const months = el('div', { class: 'case-cal-months' });
  const node = el(
    'form',
    { class: 'admin-form case-cal', 'aria-label': T.calendarHeading, dataset: { form: 'calendar' } },
    el('h3', {}, T.calendarHeading),
    el('small', {}, T.calendarHint),
    el('div', { class: 'admin-actions case-cal-nav' }, button('‹', () => go(-1), { title: T.prevYear, 'aria-label': T.prevYear }), yearLabel, button('›', () => go(1), { title: T.nextYear, 'aria-label': T.nextYear })),
    el('div', { class: 'admin-checks', role: 'radiogroup', 'aria-label': T.mode }, el('span', { class: 'admin-hint' }, T.mode), modes),
    field(T.holidayName, name),
    legend,
    counts,
    months,
    el('div', { class: 'admin-actions' }, el('button', { type: 'submit' }, T.save), button(T.restore, restore, { dataset: { action: 'restore' } })),
    status.node,
  );
  const mode = () => node.querySelector('input[name="mode"]:checked').value;

  months.addEventListener('click', (event) => {
    const cell = event.target.closest('button[data-date]');
    if (!cell) return;
    const problem = mark(rows, cell.dataset.date, mode(), name.value);
    if (problem) return status.show(T.weekdayWorkday(cell.dataset.date), 'error');
    status.clear();
    paintDay(cell);
    paintCounts();
  });
  node.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      show(await jsonCall(ctx, 'PUT', `/api/admin/cases/calendar?year=${year}`, { entries: entries(rows) }));
      status.show(T.saved);
    } catch (e) {
      status.show(e.message, 'error');
    }
  });

  async function go(delta) {
    year += delta;
    await load();
  }
  async function restore() {
    try {
      const shipped = await ctx.api.call(`/api/admin/cases/calendar?year=${year}&shipped=true`);
      show(shipped);
      status.show(T.restored);
    } catch (e) {
      status.show(e.message, 'error');
    }
  }
  async function load() {
    status.clear();
    try {
      show(await ctx.api.call(`/api/admin/cases/calendar?year=${year}`));
      if (!node.dataset.covered) status.show(T.notCovered(year), 'error');
    } catch (e) {
      status.show(e.message, 'error');
    }
  }
  function show(view) {
    year = view.year;
    rows = new Map(view.entries.map((e) => [e.date, { ...e }]));
    yearLabel.textContent = String(year);
    yearLabel.dataset.year = String(year);
    if (view.covered) node.dataset.covered = 'true';
    else delete node.dataset.covered;
    months.replaceChildren(...Array.from({ length: 12 }, (_, i) => month(i + 1)));
    paintCounts();
  }
  function month(m) {
    const head = el('tr', {}, T.weekdays.map((w) => el('th', { scope: 'col' }, w)));
    const weeks = monthWeeks(year, m).map((week) =>
      el('tr', {}, week.map((c) => el('td', {}, c ? paintDay(el('button', { type: 'button', class: 'case-day', dataset: { date: c.date } }, String(c.day))) : ''))),
    );
    return el('div', { class: 'case-cal-month', dataset: { month: iso(year, m, 1).slice(0, 7) } }, el('h4', {}, T.month(m)), el('table', {}, el('thead', {}, head), el('tbody', {}, weeks)));
  }
  function paintDay(cell) {
    const date = cell.dataset.date;
    const state = dayState(date, rows);
    cell.className = `case-day is-${state}`;
    cell.dataset.state = state;
    cell.title = T.dayTitle(date, T.legend[state], rows.get(date)?.name);
    return cell;
  }
  function paintCounts() {
    const all = entries(rows);
    counts.textContent = T.counts(all.filter((r) => r.kind === 'HOLIDAY').length, all.filter((r) => r.kind === 'WORKDAY').length);
  }
  return { node, load };
}

function hoursForm(ctx) {
  const status = notice();
  const list = el('div', { class: 'case-hours' });
  const total = el('small', { class: 'admin-hint' });
  const node = el(
    'form',
    { class: 'admin-form', 'aria-label': T.hoursHeading, dataset: { form: 'hours' } },
    el('h3', {}, T.hoursHeading),
    el('small', {}, T.hoursHint),
    list,
    total,
    el('div', { class: 'admin-actions' }, button(T.addInterval, () => add({ start: '', end: '' })), el('button', { type: 'submit' }, T.save), button(T.restore, restore)),
    status.node,
  );
  function add(interval) {
    const start = el('input', { type: 'time', name: 'start', value: interval.start, required: true });
    const end = el('input', { type: 'time', name: 'end', value: interval.end, required: true });
    const row = el('div', { class: 'case-hours-row' }, field(T.start, start), field(T.end, end), button(T.removeInterval, () => row.remove()));
    list.append(row);
  }
  function show(view) {
    list.replaceChildren();
    view.intervals.forEach(add);
    total.textContent = T.perDay(view.minutesPerDay);
  }
  function read() {
    const intervals = [...list.querySelectorAll('.case-hours-row')].map((r) => ({ start: r.querySelector('[name="start"]').value, end: r.querySelector('[name="end"]').value }));
    if (!intervals.length) throw new Error(T.noInterval);
    let sum = 0;
    intervals.forEach((i, n) => {
      if (!TIME.test(i.start) || !TIME.test(i.end) || minutes(i.end) <= minutes(i.start)) throw new Error(T.badTime(n + 1));
      if (n > 0 && minutes(i.start) < minutes(intervals[n - 1].end)) throw new Error(T.overlap(n + 1));
      sum += minutes(i.end) - minutes(i.start);
    });
    if (sum < 60 || sum > 16 * 60) throw new Error(T.badDay);
    return intervals;
  }
  node.addEventListener('submit', async (event) => {
    event.preventDefault();
    let intervals;
    try {
      intervals = read();
    } catch (e) {
      return status.show(e.message, 'error');
    }
    try {
      show(await jsonCall(ctx, 'PUT', '/api/admin/cases/working-hours', { intervals }));
      status.show(T.saved);
    } catch (e) {
      status.show(e.message, 'error');
    }
  });
  async function restore() {
    show(await ctx.api.call('/api/admin/cases/working-hours?shipped=true'));
    status.show(T.restored);
  }
  async function load() {
    status.clear();
    try {
      show(await ctx.api.call('/api/admin/cases/working-hours'));
    } catch (e) {
      status.show(e.message, 'error');
    }
  }
  return { node, load };
}

function limitsForm(ctx) {
  const status = notice();
  const holder = el('div', { class: 'case-limits-wrap' });
  const category = el('select', { name: 'category' });
  const stage = el('select', { name: 'stage' });
  let names = { stages: [], urgencies: [], categories: [] };
  const node = el(
    'form',
    { class: 'admin-form', 'aria-label': T.limitsHeading, dataset: { form: 'limits' } },
    el('h3', {}, T.limitsHeading),
    el('small', {}, T.limitsHint),
    holder,
    el('div', { class: 'case-limits-add' }, field(T.category, category), field(T.stage, stage), button(T.addRow, addRow, { dataset: { action: 'add' } })),
    el('div', { class: 'admin-actions' }, el('button', { type: 'submit' }, T.save), button(T.restore, restore)),
    status.node,
  );
  const nameOf = (list, code) => list.find((x) => x.code === code)?.name ?? code;
  /** key|stage → { urgency → hours } */
  let cells = new Map();

  function show(view) {
    names = view;
    cells = new Map();
    for (const l of view.limits) {
      const key = `${l.category}|${l.stage}`;
      if (!cells.has(key)) cells.set(key, {});
      cells.get(key)[l.urgency] = l.hours;
    }
    category.replaceChildren(...view.categories.map((c) => el('option', { value: c.code }, c.code === '*' ? c.name : `${c.name}（${c.code}）`)));
    stage.replaceChildren(...view.stages.map((s) => el('option', { value: s.code }, s.name)));
    render();
  }
  function order(a, b) {
    const [ca, sa] = a.split('|');
    const [cb, sb] = b.split('|');
    const rank = (c) => (c === '*' ? '' : c);
    const stageRank = (s) => names.stages.findIndex((x) => x.code === s);
    return rank(ca).localeCompare(rank(cb)) || stageRank(sa) - stageRank(sb);
  }
  function render() {
    const headers = [T.category, T.stage, ...names.urgencies.map((u) => u.name), ''];
    const rows = [...cells.keys()].sort(order).map((key) => {
      const [cat, st] = key.split('|');
      const values = cells.get(key);
      const inputs = names.urgencies.map((u) =>
        el('td', {}, el('input', { type: 'number', min: '0', max: '1000', step: 'any', name: u.code, value: values[u.code] ?? '', placeholder: cat === '*' ? '' : T.inherit, 'aria-label': `${nameOf(names.categories, cat)} ${nameOf(names.stages, st)} ${u.name}`, oninput: (e) => { values[u.code] = e.target.value === '' ? undefined : e.target.value; } })),
      );
      return el(
        'tr',
        { dataset: { key } },
        el('td', {}, nameOf(names.categories, cat), cat === '*' ? '' : el('small', {}, ` ${cat}`)),
        el('td', {}, nameOf(names.stages, st)),
        inputs,
        el('td', {}, cat === '*' ? '' : button(T.removeRow, () => { cells.delete(key); render(); })),
      );
    });
    holder.replaceChildren(table(headers, rows, { class: 'admin-table case-limits' }));
  }
  function addRow() {
    const key = `${category.value}|${stage.value}`;
    if (cells.has(key)) return status.show(T.rowExists, 'error');
    cells.set(key, {});
    status.clear();
    render();
    holder.querySelector(`tr[data-key="${CSS.escape(key)}"] input`)?.focus();
  }
  function read() {
    const out = [];
    for (const [key, values] of cells) {
      const [cat, st] = key.split('|');
      for (const u of names.urgencies) {
        const v = values[u.code];
        if (v === undefined || v === '') {
          if (cat === '*') throw new Error(T.needDefault(nameOf(names.stages, st), u.name));
          continue;
        }
        const hours = Number(v);
        if (!Number.isFinite(hours) || hours <= 0 || hours > 1000) throw new Error(T.badHours(nameOf(names.categories, cat), nameOf(names.stages, st), u.name));
        out.push({ category: cat, stage: st, urgency: u.code, hours });
      }
    }
    return out;
  }
  node.addEventListener('submit', async (event) => {
    event.preventDefault();
    let limits;
    try {
      limits = read();
    } catch (e) {
      return status.show(e.message, 'error');
    }
    try {
      show(await jsonCall(ctx, 'PUT', '/api/admin/cases/time-limits', { limits }));
      status.show(T.saved);
    } catch (e) {
      status.show(e.message, 'error');
    }
  });
  async function restore() {
    show(await ctx.api.call('/api/admin/cases/time-limits?shipped=true'));
    status.show(T.restored);
  }
  async function load() {
    status.clear();
    try {
      show(await ctx.api.call('/api/admin/cases/time-limits'));
    } catch (e) {
      status.show(e.message, 'error');
    }
  }
  return { node, load };
}
