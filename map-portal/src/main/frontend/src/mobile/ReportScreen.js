import { MOBILE } from '../messages.js';
import { categoryGroups } from './categoryGroups.js';
import { h } from './dom.js';
import { icon } from './icons.js';
import { OutboxList } from './OutboxList.js';
import { newKey, preparePhoto } from './photo.js';

const URGENCIES = ['NORMAL', 'URGENT', 'CRITICAL'];

/**
 * 上报: photo (camera or gallery), position (GPS or a tap on the map), category, description and
 * urgency. 提交 makes the idempotency key and puts the report in the outbox first, then sends it
 * when online; the answer shows the case number and the address and grid the server filed it under.
 */
export class ReportScreen {
  /**
   * @param {{
   *   outbox: import('./Outbox.js').Outbox,
   *   categories: {name: string, mainClass: string, majorName?: string}[],
   *   gps: () => ({lon: number, lat: number, accuracy: number}|null),
   *   pickOnMap: (done: (p: {lon: number, lat: number}) => void) => void,
   *   onSent: () => void,
   * }} app
   */
  constructor(app) {
    this.app = app;
    /** @type {{lon: number, lat: number, accuracy?: number, source: 'gps'|'map'}|null} */
    this.position = null;
    /** @type {Blob|null} */
    this.photo = null;
    this.previewUrl = null;

    this.preview = h('img', { class: 'm-preview', alt: '', hidden: true });
    this.photoInput = h('input', {
      type: 'file', accept: 'image/*', capture: 'environment', name: 'photo', class: 'm-file',
      onchange: () => this.takePhoto(),
    });
    this.photoLabel = h('span', {}, MOBILE.report.photo);
    this.positionText = h('span', { class: 'm-position-text' }, MOBILE.noPosition);
    this.category = h(
      'select',
      { name: 'category', required: true },
      h('option', { value: '' }, MOBILE.report.choose),
      ...categoryGroups(app.categories).map((g) =>
        h('optgroup', { label: g.label }, ...g.items.map((c) => h('option', { value: c.name, 'data-main-class': c.mainClass }, c.name))),
      ),
    );
    this.description = h('textarea', { name: 'description', rows: 3, maxlength: 2000, placeholder: MOBILE.report.descriptionHint });
    this.urgency = 'NORMAL';
    this.urgencyButtons = URGENCIES.map((u) =>
      h('button', { type: 'button', class: 'm-seg', 'data-urgency': u, 'aria-pressed': String(u === 'NORMAL'), onclick: () => this.setUrgency(u) }, MOBILE.urgencies[u]),
    );
    this.message = h('div', { class: 'm-message', role: 'status' });
    this.submit = h('button', { type: 'submit', class: 'm-primary m-submit' }, MOBILE.report.submit);
    this.outboxList = new OutboxList(app.outbox);

    this.element = h(
      'form',
      { class: 'm-screen m-report', onsubmit: (e) => { e.preventDefault(); this.send(); } },
      h('label', { class: 'm-photo-button' }, this.photoInput, icon('camera'), this.photoLabel),
      this.preview,
      h(
        'fieldset',
        { class: 'm-field' },
        h('legend', {}, MOBILE.report.position),
        this.positionText,
        h(
          'div',
          { class: 'm-row' },
          h('button', { type: 'button', class: 'm-use-gps', onclick: () => this.useGps() }, MOBILE.report.useGps),
          h('button', { type: 'button', class: 'm-pick', onclick: () => app.pickOnMap((p) => this.setPosition({ ...p, source: 'map' })) }, MOBILE.report.pickOnMap),
        ),
      ),
      h('label', { class: 'm-field' }, MOBILE.report.category, this.category),
      h('label', { class: 'm-field' }, MOBILE.report.description, this.description),
      h('fieldset', { class: 'm-field' }, h('legend', {}, MOBILE.report.urgency), h('div', { class: 'm-segments' }, ...this.urgencyButtons)),
      this.submit,
      this.message,
      this.outboxList.element,
    );
  }

  /** Called when the tab opens: takes the GPS position if none was chosen yet. */
  show() {
    if (!this.position) this.useGps(true);
  }

  useGps(quiet = false) {
    const p = this.app.gps();
    if (p) this.setPosition({ ...p, source: 'gps' });
    else if (!quiet) this.say(MOBILE.positionDenied, true);
  }

  setPosition(p) {
    this.position = p;
    const where = `${p.lon.toFixed(6)}, ${p.lat.toFixed(6)}`;
    this.positionText.textContent = p.source === 'gps' && p.accuracy ? `${where}（GPS ${MOBILE.accuracy(p.accuracy)}）` : `${where}（${MOBILE.report.pickOnMap}）`;
  }

  setUrgency(u) {
    this.urgency = u;
    for (const b of this.urgencyButtons) b.setAttribute('aria-pressed', String(b.dataset.urgency === u));
  }

  async takePhoto() {
    const file = this.photoInput.files?.[0];
    if (!file) return;
    this.photo = await preparePhoto(file);
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = URL.createObjectURL(this.photo);
    this.preview.src = this.previewUrl;
    this.preview.hidden = false;
    this.photoLabel.textContent = MOBILE.report.photoChange;
  }

  say(text, error = false) {
    this.message.textContent = text;
    this.message.classList.toggle('m-error', error);
  }

  async send() {
    if (!this.position) return this.say(MOBILE.report.needPosition, true);
    const option = this.category.selectedOptions[0];
    if (!this.category.value) return this.say(MOBILE.report.needCategory, true);
    const description = this.description.value.trim();
    if (!description) return this.say(MOBILE.report.needDescription, true);
    const key = newKey();
    const report = {
      category: this.category.value,
      mainClass: option.dataset.mainClass,
      description,
      lon: this.position.lon,
      lat: this.position.lat,
      urgency: this.urgency,
    };
    this.submit.disabled = true;
    try {
      await this.app.outbox.add(key, report, this.photo);
      this.reset();
      if (!navigator.onLine) {
        this.say(MOBILE.report.queued);
        return;
      }
      this.say(MOBILE.report.sending);
      await this.app.outbox.flush();
      this.showResult(key);
    } finally {
      this.submit.disabled = false;
    }
  }

  /** After a flush: the case number, address and grid, or why it waits. */
  async showResult(key) {
    const item = (await this.app.outbox.items()).find((i) => i.key === key);
    if (!item) return;
    if (item.state === 'sent') {
      this.say(`${MOBILE.report.sent(item.caseNo)}\n${MOBILE.report.filed(item.filed?.address, item.filed?.grid)}`);
      this.app.onSent();
    } else if (item.state === 'failed') this.say(item.error ?? '', true);
    else this.say(MOBILE.report.queued);
  }

  /**
   * Fills the form from elsewhere (a part inspection's 上报案件): position, description, and the
   * first 部件 category whose name shares the part's class name's last two characters (井盖…).
   * @param {{lon: number, lat: number, mainClass: string, description: string, hint?: string}} p
   */
  prefill(p) {
    this.setPosition({ lon: p.lon, lat: p.lat, source: 'map' });
    this.description.value = p.description;
    const key = (p.hint ?? '').slice(-2);
    const option = [...this.category.options].find((o) => o.dataset.mainClass === p.mainClass && key && o.value.includes(key));
    if (option) this.category.value = option.value;
    this.say('');
  }

  reset() {
    this.photo = null;
    this.photoInput.value = '';
    this.preview.hidden = true;
    this.photoLabel.textContent = MOBILE.report.photo;
    this.description.value = '';
    this.category.value = '';
    this.setUrgency('NORMAL');
    this.position = null;
    this.positionText.textContent = MOBILE.noPosition;
    this.useGps(true);
  }
}
