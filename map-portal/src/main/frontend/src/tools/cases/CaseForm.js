import { CASES } from '../../messages.js';
import { button, el, field, notice, when } from '../admin/ui.js';
import { needsNote, remainingText } from './format.js';
import { fieldsOf, outcomesOf, requiredFor, whenRequired } from './formSchema.js';

const T = CASES.form;
const LAYER = 'events';
/** Attributes shown, in this order (the rest of the case's attributes are not the desk's). */
const SHOWN = ['status', 'category', 'main_class', 'urgency', 'address', 'area_name', 'description', 'bgid', 'community_code', 'reporter', 'department', 'suggested_department', 'part_id', 'reported_at', 'due_at', 'closed_at', 'overdue_level', 'escalated_at'];
const TIMES = new Set(['reported_at', 'due_at', 'closed_at', 'escalated_at']);

/**
 * The case form (案件办理单): the case's attributes with Chinese labels, its history as a
 * timeline (who, when, why, status), its photos (thumbnails; a click enlarges), the case on the
 * map (highlighted, zoomed to), and — when the caller holds its open task — one button per action
 * of the task's form (GET /api/tasks/{id}/form, the JSON Schema the server checks), with the form's
 * fields, titles and required markers (the department a <select> of the departments; a step
 * without a form falls back to the fixed fields). `onDone(caseView)` after an action succeeded.
 */
export class CaseForm {
  /**
   * @param {object} ctx the workbench context
   * @param {ReturnType<import('./caseApi.js').caseApi>} api
   * @param {{onBack: () => void, onDone: (view: object) => void}} hooks
   */
  constructor(ctx, api, hooks) {
    this.ctx = ctx;
    this.api = api;
    this.hooks = hooks;
    this.status = notice();
    this.heading = el('h3', { class: 'case-heading' });
    this.taskLine = el('p', { class: 'case-task' });
    this.actions = el('div', { class: 'case-actions' });
    this.attributes = el('dl', { class: 'case-attributes' });
    this.photos = el('div', { class: 'case-photos' });
    this.timeline = el('ol', { class: 'case-timeline', 'aria-label': T.history });
    this.element = el(
      'div',
      { class: 'case-form', hidden: true },
      el('div', { class: 'admin-actions' }, button(CASES.back, () => hooks.onBack(), { dataset: { action: 'back' } }), button(T.zoom, () => this.locate(), { dataset: { action: 'locate' } })),
      this.heading,
      this.taskLine,
      this.status.node,
      this.actions,
      el('h4', {}, T.attributes),
      this.attributes,
      el('h4', {}, T.photos),
      this.photos,
      el('h4', {}, T.history),
      this.timeline,
    );
    this.departments = [];
  }

  /**
   * Shows a case; its task only when it is one of the caller's (their inbox holds it).
   * @param {string} caseNo
   */
  async show(caseNo) {
    this.element.hidden = false;
    this.status.show(CASES.loading);
    try {
      const [view, tasks, departments] = await Promise.all([this.api.get(caseNo), this.api.tasks(), this.api.departments().catch(() => [])]);
      this.departments = departments;
      this.status.clear();
      const task = tasks.find((t) => t.caseNo === caseNo) ?? null;
      this.render(view, task, await this.formOf(task));
      this.locate();
      this.loadPhotos(caseNo);
    } catch (e) {
      this.status.show(e.message, 'error');
    }
  }

  hide() {
    this.element.hidden = true;
    this.view = null;
  }

  /** The form of a task, or null (none, or not readable: the fixed fields then). */
  formOf(task) {
    return task && this.api.form ? this.api.form(task.id).catch(() => null) : Promise.resolve(null);
  }

  render(view, task, form = null) {
    this.view = view;
    this.task = task;
    this.form = form;
    const a = view.attributes;
    this.element.dataset.caseNo = view.caseNo;
    this.element.dataset.status = a.status ?? '';
    this.heading.replaceChildren(view.caseNo, el('span', { class: 'case-status', dataset: { status: a.status ?? '' } }, a.status ?? ''));
    if (task) {
      this.taskLine.replaceChildren(T.task(task.title), ' ', el('span', { class: task.overdue ? 'case-remaining case-overdue' : 'case-remaining' }, remainingText(task.remainingSeconds)));
    } else {
      this.taskLine.textContent = T.noTask;
    }
    this.attributes.replaceChildren(
      ...SHOWN.filter((k) => a[k] !== undefined && a[k] !== null && a[k] !== '').flatMap((k) => [el('dt', {}, CASES.attributes[k]), el('dd', { dataset: { field: k } }, this.display(k, a[k]))]),
    );
    this.timeline.replaceChildren(
      ...[...view.history].reverse().map((s) =>
        el(
          'li',
          { dataset: { version: String(s.version) } },
          el('span', { class: 'case-step-status' }, s.status),
          el('span', { class: 'case-step-meta' }, `${when(s.at)} · ${s.by}`),
          s.reason ? el('span', { class: 'case-step-reason' }, s.reason) : null,
        ),
      ),
    );
    if (form && task) this.renderForm(task, form);
    else this.renderActions(task);
  }

  /** The action fields and buttons of the task's form. */
  renderForm(task, form) {
    const inputs = {};
    const fields = fieldsOf(form).map((f) => {
      let input;
      if (f.name === 'department') {
        input = el('select', { name: 'department' }, el('option', { value: '' }, T.chooseDepartment), this.departments.map((d) => el('option', { value: d.code }, `${d.name}（${d.code}）`)));
        // The dispatch defaults to the owner of the part the case is about, else the category's usual department.
        const suggested = this.view?.attributes?.suggested_department;
        if (suggested && this.departments.some((d) => d.code === suggested)) input.value = suggested;
      } else if (f.type === 'integer' || f.type === 'number') {
        input = el('input', { name: f.name, type: 'number', step: f.type === 'integer' ? '1' : 'any', min: f.minimum ?? undefined, max: f.maximum ?? undefined });
      } else if (f.name === 'note' || (f.maxLength ?? 2000) > 200) {
        input = el('textarea', { name: f.name, rows: 2, maxlength: String(f.maxLength ?? 2000) });
      } else {
        input = el('input', { name: f.name, maxlength: String(f.maxLength ?? 200) });
      }
      inputs[f.name] = { field: f, input };
      const when = whenRequired(form, f.name);
      const titles = when === 'always' ? [] : when.map((o) => outcomesOf(form).find((x) => x.value === o)?.title ?? o);
      const marker =
        when === 'always'
          ? el('span', { class: 'case-required', title: T.required }, ' *')
          : titles.length
            ? el('small', { class: 'case-required-for' }, ' ', T.requiredFor(titles.join('、')))
            : null;
      return el('label', { class: f.name === 'note' ? 'admin-field case-note' : 'admin-field', dataset: { formField: f.name } }, el('span', {}, f.title, marker), input);
    });
    const buttons = outcomesOf(form).map(({ value, title }) =>
      button(title, () => this.actOnForm(value, title, inputs), { dataset: { outcome: value }, class: ['reject', 'fail', 'back', 'return'].includes(value) ? 'case-negative' : undefined }),
    );
    this.actions.replaceChildren(el('form', { class: 'admin-form case-action-form', onsubmit: (e) => e.preventDefault() }, fields, el('div', { class: 'admin-actions case-buttons' }, buttons)));
  }

  /** The body of the form's inputs, checked for what the action requires (the server checks again). */
  async actOnForm(outcome, title, inputs) {
    const body = { outcome };
    const required = requiredFor(this.form, outcome);
    for (const { field: f, input } of Object.values(inputs)) {
      const raw = input.value.trim();
      if (!raw) {
        if (required.has(f.name)) return this.status.show(f.name === 'department' ? T.needDepartment : T.fieldRequired(f.title), 'error');
        continue;
      }
      if (f.type === 'integer' || f.type === 'number') {
        const n = Number(raw);
        const bad = !Number.isFinite(n) || (f.type === 'integer' && !Number.isInteger(n)) || (f.minimum !== undefined && n < f.minimum) || (f.maximum !== undefined && n > f.maximum);
        if (bad) return this.status.show(T.fieldRange(f.title, f.minimum ?? '', f.maximum ?? ''), 'error');
        body[f.name] = n;
      } else {
        body[f.name] = raw;
      }
    }
    await this.submit(outcome, title, body);
  }

  display(key, value) {
    if (TIMES.has(key)) return when(value);
    if (key === 'urgency') return CASES.urgency[value] ?? value;
    if (key === 'overdue_level') return CASES.escalation[value] ?? value;
    if (key === 'department' || key === 'suggested_department') {
      const d = this.departments.find((x) => x.code === value);
      return d ? `${d.name}（${d.code}）` : value;
    }
    return String(value);
  }

  renderActions(task) {
    if (!task) return this.actions.replaceChildren();
    const outcomes = task.actions;
    const department = el('select', { name: 'department' }, el('option', { value: '' }, T.chooseDepartment), this.departments.map((d) => el('option', { value: d.code }, `${d.name}（${d.code}）`)));
    // The dispatch defaults to the owner of the part the case is about, else the category's usual department.
    const suggested = this.view?.attributes?.suggested_department;
    if (suggested && this.departments.some((d) => d.code === suggested)) department.value = suggested;
    const note = el('textarea', { name: 'note', rows: 2, maxlength: '2000' });
    const hours = el('input', { name: 'extensionHours', type: 'number', min: '1', max: '240', step: '1' });
    const mergeInto = el('input', { name: 'mergeInto', maxlength: '40' });
    const fields = [];
    if (outcomes.includes('dispatch')) fields.push(field(T.department, department));
    if (outcomes.includes('extend')) fields.push(field(T.hours, hours));
    if (outcomes.includes('merge')) fields.push(field(T.mergeInto, mergeInto));
    fields.push(el('label', { class: 'admin-field case-note' }, el('span', {}, T.note), note));
    const buttons = outcomes.map((outcome) =>
      button(CASES.actions[outcome] ?? outcome, () => this.act(outcome, { department, note, hours, mergeInto }), { dataset: { outcome }, class: outcome === 'reject' || outcome === 'fail' || outcome === 'back' || outcome === 'return' ? 'case-negative' : undefined }),
    );
    this.actions.replaceChildren(el('form', { class: 'admin-form case-action-form', onsubmit: (e) => e.preventDefault() }, fields, el('div', { class: 'admin-actions case-buttons' }, buttons)));
  }

  async act(outcome, inputs) {
    const body = { outcome };
    const note = inputs.note.value.trim();
    if (note) body.note = note;
    if (needsNote(outcome) && !note) return this.status.show(T.noteRequired, 'error');
    if (outcome === 'dispatch') {
      if (!inputs.department.value) return this.status.show(T.needDepartment, 'error');
      body.department = inputs.department.value;
    }
    if (outcome === 'extend') {
      const h = Number(inputs.hours.value);
      if (!Number.isInteger(h) || h < 1 || h > 240) return this.status.show(T.badHours, 'error');
      body.extensionHours = h;
    }
    if (outcome === 'merge') {
      if (!inputs.mergeInto.value.trim()) return this.status.show(T.mergeRequired, 'error');
      body.mergeInto = inputs.mergeInto.value.trim();
    }
    await this.submit(outcome, CASES.actions[outcome] ?? outcome, body);
  }

  async submit(outcome, title, body) {
    for (const b of this.actions.querySelectorAll('button')) b.disabled = true;
    try {
      const view = await this.api.complete(this.task.id, body);
      const tasks = await this.api.tasks().catch(() => []);
      const next = tasks.find((t) => t.caseNo === view.caseNo) ?? null;
      this.render(view, next, await this.formOf(next));
      this.status.show(T.done(title, view.attributes.status), 'ok');
      this.locate();
      this.hooks.onDone(view);
    } catch (e) {
      this.status.show(e.message, 'error');
      for (const b of this.actions.querySelectorAll('button')) b.disabled = false;
    }
  }

  async loadPhotos(caseNo) {
    this.photos.replaceChildren(el('p', { class: 'admin-empty' }, CASES.loading));
    try {
      const photos = await this.api.photos(caseNo);
      if (this.view?.caseNo !== caseNo) return;
      if (!photos.length) return this.photos.replaceChildren(el('p', { class: 'admin-empty' }, T.noPhotos));
      this.photos.replaceChildren(
        ...photos.map((p) =>
          el(
            'figure',
            { class: 'case-photo', dataset: { photo: p.id } },
            el('button', { type: 'button', class: 'case-thumb', title: p.stageTitle, onclick: () => enlarge(p) }, el('img', { src: p.thumbnailUrl, alt: p.stageTitle, loading: 'lazy' })),
            el('figcaption', {}, T.photoBy(p.stageTitle, p.uploadedBy, when(p.uploadedAt)), p.exifDistanceMetres > 50 ? el('small', { class: 'case-overdue' }, ' ', T.exifFar(Math.round(p.exifDistanceMetres))) : null),
          ),
        ),
      );
    } catch (e) {
      this.photos.replaceChildren(el('p', { class: 'admin-notice', dataset: { kind: 'error' } }, e.message));
    }
  }

  /** Highlights the case on the map (the selection) and zooms to it; shows the events layer. */
  locate() {
    const v = this.view;
    if (!v) return;
    if (this.ctx.layer(LAYER) && !this.ctx.visibleLayerIds().includes(LAYER)) this.ctx.setVisible(LAYER, true);
    this.ctx.selection.clear();
    this.ctx.selection.set(LAYER, [{ type: 'Feature', id: v.caseNo, geometry: { type: 'Point', coordinates: [v.lon, v.lat] }, properties: v.attributes }]);
    const at = this.ctx.fromLonLat([v.lon, v.lat]);
    this.ctx.map.getView().fit([...at, ...at], { padding: clearOfDock(this.ctx.map), maxZoom: 17, duration: 300 });
  }
}

/**
 * Map padding that keeps a point out from under the dock: on the right of a desktop, over the
 * bottom of a phone (the sheet).
 */
function clearOfDock(map) {
  const padding = [60, 60, 60, 60];
  const dock = document.getElementById('dock');
  if (!dock || dock.hidden) return padding;
  const m = map.getTargetElement().getBoundingClientRect();
  const d = dock.getBoundingClientRect();
  if (d.left > m.left + m.width / 3) padding[1] += Math.max(0, m.right - d.left);
  else padding[2] += Math.max(0, m.bottom - d.top);
  return padding;
}

/** A photo at full size over the page; a click or Escape closes it. */
function enlarge(photo) {
  const close = () => overlay.remove();
  const overlay = el(
    'div',
    { class: 'case-lightbox', role: 'dialog', 'aria-label': photo.stageTitle, tabIndex: -1, onclick: close, onkeydown: (e) => e.key === 'Escape' && close() },
    el('img', { src: photo.url, alt: photo.stageTitle }),
    el('button', { type: 'button', class: 'case-lightbox-close', onclick: close }, T.close),
  );
  document.body.append(overlay);
  overlay.focus();
}
