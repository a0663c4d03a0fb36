import { MOBILE } from '../messages.js';
import { mobileApi } from './mobileApi.js';
import { h } from './dom.js';

/** Whether `user` reported a case: its `reporter`, else the author of its first version. */
export function reportedBy(view, user) {
  const reporter = view.attributes?.reporter ?? (view.history ?? [])[0]?.by;
  return reporter === user;
}

/** 我上报的: the cases the user reported, newest first, with their status. */
export class MyCasesScreen {
  /** @param {{me: {name: string}, onCases: (cases: object[]) => void}} app */
  constructor(app) {
    this.app = app;
    this.list = h('div', { class: 'm-cards' });
    this.message = h('div', { class: 'm-message', role: 'status' });
    this.element = h(
      'section',
      { class: 'm-screen m-mine' },
      h('button', { type: 'button', class: 'm-refresh', onclick: () => this.show() }, MOBILE.mine.refresh),
      this.message,
      this.list,
    );
  }

  async show() {
    try {
      const cases = await mobileApi.cases(50);
      this.app.onCases(cases);
      const mine = cases.filter((c) => reportedBy(c, this.app.me.name));
      this.message.textContent = '';
      this.list.replaceChildren(
        ...(mine.length
          ? mine.map((c) =>
              h(
                'article',
                { class: 'm-card m-case', 'data-case': c.caseNo },
                h('header', {}, h('strong', {}, c.attributes?.category ?? ''), ' ', h('span', { class: 'm-case-no' }, c.caseNo)),
                h('p', {}, c.attributes?.description ?? ''),
                h('p', { class: 'm-meta' }, h('span', { class: 'm-status' }, c.attributes?.status ?? ''), ' ', c.attributes?.address ?? ''),
                c.attributes?.reported_at ? h('p', { class: 'm-meta' }, MOBILE.mine.reportedAt(String(c.attributes.reported_at).replace('T', ' ').slice(0, 16))) : null,
              ),
            )
          : [h('p', { class: 'm-empty' }, MOBILE.mine.empty)]),
      );
    } catch (e) {
      this.message.textContent = e.message;
    }
  }
}
