import { MOBILE } from '../messages.js';
import { mobileApi } from './mobileApi.js';
import { h } from './dom.js';
import { icon } from './icons.js';
import { preparePhoto } from './photo.js';

/** The remaining (or overdue) time of a task as shown on its card. */
export function remainingText(task) {
  const text = MOBILE.duration(task.remainingSeconds ?? 0);
  return task.overdue ? MOBILE.tasks.overdue(text) : MOBILE.tasks.remaining(text);
}

/**
 * 我的任务: the grid manager's verify (核查) tasks, each with its time left (red when overdue), the
 * case's photos, a note, an after photo (stage VERIFY) and 通过 / 不通过 (a note is required to fail).
 */
export class TasksScreen {
  /** @param {{onCount: (n: number) => void}} app */
  constructor(app) {
    this.app = app;
    this.list = h('div', { class: 'm-cards' });
    this.message = h('div', { class: 'm-message', role: 'status' });
    this.element = h('section', { class: 'm-screen m-tasks' }, this.message, this.list);
  }

  async show() {
    try {
      const tasks = await mobileApi.tasks();
      const verify = tasks.filter((t) => t.key === 'verify');
      this.app.onCount(verify.length);
      this.list.replaceChildren(...(verify.length ? verify.map((t) => this.card(t)) : [h('p', { class: 'm-empty' }, MOBILE.tasks.empty)]));
    } catch (e) {
      this.message.textContent = e.message;
    }
  }

  card(task) {
    const photos = h('div', { class: 'm-thumbs' });
    mobileApi.photos(task.caseNo).then(
      (list) => photos.replaceChildren(...list.map((p) => h('a', { href: p.url, target: '_blank' }, h('img', { src: p.thumbnailUrl ?? p.url, alt: '', class: 'm-thumb' })))),
      () => {},
    );
    const note = h('textarea', { name: 'note', rows: 2, placeholder: MOBILE.tasks.note });
    const file = h('input', { type: 'file', accept: 'image/*', capture: 'environment', name: 'after', class: 'm-file' });
    const preview = h('img', { class: 'm-thumb', alt: '', hidden: true });
    file.addEventListener('change', () => {
      if (file.files?.[0]) {
        preview.src = URL.createObjectURL(file.files[0]);
        preview.hidden = false;
      }
    });
    const error = h('p', { class: 'm-error', role: 'alert' });
    const act = async (outcome, buttons) => {
      if (outcome === 'fail' && !note.value.trim()) {
        error.textContent = MOBILE.tasks.needNote;
        return;
      }
      buttons.forEach((b) => (b.disabled = true));
      try {
        if (file.files?.[0]) await mobileApi.uploadPhoto(task.caseNo, 'VERIFY', await preparePhoto(file.files[0]));
        await mobileApi.complete(task.id, outcome, note.value.trim() || undefined);
        this.message.textContent = MOBILE.tasks.done(task.caseNo, outcome === 'pass' ? MOBILE.tasks.pass : MOBILE.tasks.fail);
        await this.show();
      } catch (e) {
        error.textContent = e.message;
        buttons.forEach((b) => (b.disabled = false));
      }
    };
    const pass = h('button', { type: 'button', class: 'm-primary m-pass' }, MOBILE.tasks.pass);
    const fail = h('button', { type: 'button', class: 'm-danger m-fail' }, MOBILE.tasks.fail);
    pass.onclick = () => act('pass', [pass, fail]);
    fail.onclick = () => act('fail', [pass, fail]);
    return h(
      'article',
      { class: 'm-card', 'data-case': task.caseNo },
      h('header', {}, h('strong', {}, task.title ?? task.key), ' ', h('span', { class: 'm-case-no' }, task.caseNo)),
      h('p', { class: task.overdue ? 'm-due m-overdue' : 'm-due' }, remainingText(task)),
      h('div', { class: 'm-label' }, MOBILE.tasks.photos),
      photos,
      note,
      h('label', { class: 'm-photo-button m-small' }, file, icon('camera'), MOBILE.tasks.afterPhoto),
      preview,
      h('div', { class: 'm-row' }, pass, fail),
      error,
    );
  }
}
