import { MOBILE } from '../messages.js';
import { h } from './dom.js';
import { mobileApi } from './mobileApi.js';
import { lastInspectionText } from './partText.js';

const RESULTS = ['完好', '破损', '丢失', '占用'];
const LIMIT = 500;

/**
 * 部件: the city parts of the user's grid, in a list (class name, state, last inspection: "3天前
 * 完好" / "从未巡检") and on the grid map; tapping 巡检 (or a marker on the map) opens the part's
 * inspection: a result (完好 / 破损 / 丢失 / 占用), an optional note, 保存. A 破损, 丢失 or 占用
 * result offers 上报案件, the report screen filled in with the part's position and a description.
 */
export class PartsScreen {
  /**
   * @param {{
   *   grids: () => string[],
   *   onParts: (parts: object[], selected: string|null) => void,
   *   onReport: (prefill: {lon: number, lat: number, mainClass: string, description: string, hint: string}) => void,
   *   queue: import('./InspectionQueue.js').InspectionQueue,
   *   me: () => string,
   * }} app
   */
  constructor(app) {
    this.app = app;
    /** @type {object[]} */
    this.parts = [];
    this.grid = null;
    this.heading = h('h2', { class: 'm-parts-title' });
    this.message = h('div', { class: 'm-message', role: 'status' });
    this.list = h('div', { class: 'm-cards' });
    this.picker = h('select', { name: 'parts-grid', class: 'm-parts-grid', hidden: true, onchange: () => this.load(this.picker.value) });
    this.element = h('section', { class: 'm-screen m-parts' }, this.heading, this.picker, this.message, this.list);
  }

  async show() {
    const grids = this.app.grids();
    if (!grids.length) {
      this.heading.textContent = MOBILE.noGrids;
      return;
    }
    // Several grids: a picker, the first one shown until another is chosen.
    if (grids.length > 1 && this.picker.options.length !== grids.length) {
      this.picker.replaceChildren(...grids.map((g) => h('option', { value: g }, g)));
      this.picker.hidden = false;
    }
    const grid = this.grid && grids.includes(this.grid) ? this.grid : grids[0];
    if (this.grid === grid && this.parts.length) return;
    await this.load(grid);
  }

  async load(grid) {
    try {
      const page = await mobileApi.gridParts(grid, LIMIT);
      this.grid = grid;
      this.picker.value = grid;
      this.parts = page.parts;
      this.heading.textContent = MOBILE.parts.title(grid, page.total);
      this.message.textContent = page.total > page.parts.length ? MOBILE.parts.more(page.parts.length) : '';
      this.list.replaceChildren(...(this.parts.length ? this.parts.map((p) => this.card(p)) : [h('p', { class: 'm-empty' }, MOBILE.parts.empty)]));
      this.app.onParts(this.parts, null);
    } catch (e) {
      this.message.textContent = e.message;
    }
  }

  /** @private */
  card(part) {
    const inspect = h('button', { type: 'button', class: 'm-inspect', onclick: () => this.open(part.objId) }, MOBILE.parts.inspect);
    return h(
      'article',
      { class: 'm-card m-part', 'data-part': part.objId, 'data-state': part.state ?? '' },
      h('header', { class: 'm-part-head' },
        h('span', {}, h('strong', {}, part.minorName || part.name), ' ', h('span', { class: 'm-case-no' }, part.objId)),
        inspect),
      h('p', { class: 'm-meta' },
        h('span', { class: 'm-status m-part-state' }, part.state ?? '—'), ' ',
        h('span', { class: 'm-last-inspection' }, lastInspectionText(part.lastInspection)),
        part.deptName ? ` · ${part.deptName}` : ''),
    );
  }

  /** Opens the inspection of a part (from the list or a tap on its marker). */
  open(objId) {
    const part = this.parts.find((p) => p.objId === objId);
    const card = this.list.querySelector(`.m-part[data-part="${CSS.escape(objId)}"]`);
    if (!part || !card) return;
    for (const open of this.list.querySelectorAll('.m-inspection')) open.remove();
    let result = null;
    const buttons = RESULTS.map((r) =>
      h('button', { type: 'button', class: 'm-seg m-result', 'data-result': r, 'aria-pressed': 'false', onclick: () => {
        result = r;
        for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.result === r));
      } }, r),
    );
    const note = h('textarea', { name: 'inspection-note', rows: 2, maxlength: 500, placeholder: MOBILE.parts.note });
    const say = h('div', { class: 'm-message', role: 'status' });
    const save = h('button', { type: 'button', class: 'm-primary m-save-inspection', onclick: () => this.save(part, result, note.value.trim(), panel, say, save) }, MOBILE.parts.save);
    const panel = h(
      'div',
      { class: 'm-inspection' },
      h('div', { class: 'm-segments' }, ...buttons),
      note,
      h('div', { class: 'm-row' }, save, h('button', { type: 'button', class: 'm-cancel', onclick: () => panel.remove() }, MOBILE.parts.cancel)),
      say,
    );
    card.append(panel);
    card.scrollIntoView({ block: 'nearest' });
    this.app.onParts(this.parts, objId);
  }

  /** @private */
  async save(part, result, note, panel, say, button) {
    if (!result) {
      say.textContent = MOBILE.parts.chooseResult;
      say.classList.add('m-error');
      return;
    }
    button.disabled = true;
    const inspectedAt = new Date().toISOString();
    try {
      let answer;
      try {
        answer = await mobileApi.inspectPart(part.objId, result, note || undefined, inspectedAt);
      } catch (e) {
        if (!e.retryable) throw e;
        // Offline: kept on the phone, sent with its own time when the phone is online again.
        await this.app.queue.add({ objId: part.objId, result, note: note || undefined, inspectedAt });
        answer = {
          queued: true,
          reportable: result !== '完好',
          part: { ...part, state: result, lastInspection: { inspectedAt, inspectedBy: this.app.me(), result, note } },
        };
      }
      const updated = answer.part;
      this.parts = this.parts.map((p) => (p.objId === updated.objId ? updated : p));
      const card = this.card(updated);
      panel.closest('.m-part').replaceWith(card);
      if (answer.queued) card.querySelector('.m-last-inspection').append(` · ${MOBILE.parts.pending}`);
      const done = h(
        'div',
        { class: 'm-inspection m-inspected', 'data-queued': String(Boolean(answer.queued)) },
        h('p', { class: 'm-message' }, answer.queued ? MOBILE.parts.queued : MOBILE.parts.saved(updated.minorName || updated.name, result)),
      );
      if (answer.reportable) {
        done.append(
          h('button', { type: 'button', class: 'm-danger m-report-part', onclick: () => this.app.onReport({
            lon: updated.lon,
            lat: updated.lat,
            mainClass: '部件',
            description: MOBILE.parts.reportText(updated.minorName || updated.name, updated.objId, result, note),
            hint: updated.minorName || updated.name,
          }) }, MOBILE.parts.report),
        );
      }
      card.append(done);
      this.app.onParts(this.parts, updated.objId);
    } catch (e) {
      button.disabled = false;
      say.textContent = e.message;
      say.classList.add('m-error');
    }
  }
}
