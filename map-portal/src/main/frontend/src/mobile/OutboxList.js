import { MOBILE } from '../messages.js';
import { h } from './dom.js';

/**
 * The queue of reports as the user sees it: each with its description, state (待发送, 发送中,
 * 已发送 with the case number, 发送失败 with the reason and 重试 / 删除).
 */
export class OutboxList {
  /** @param {import('./Outbox.js').Outbox} outbox */
  constructor(outbox) {
    this.outbox = outbox;
    this.element = h('section', { class: 'm-outbox', id: 'outbox', 'aria-live': 'polite' });
    outbox.addEventListener('change', () => this.render());
    this.render();
  }

  async render() {
    const items = await this.outbox.items();
    this.element.replaceChildren(
      h('h2', {}, MOBILE.outboxTitle),
      ...items.slice(0, 20).map((item) =>
        h(
          'div',
          { class: `m-outbox-item m-state-${item.state}`, 'data-key': item.key, 'data-state': item.state },
          h('div', { class: 'm-outbox-text' }, h('strong', {}, item.report.category), ' ', item.report.description),
          h(
            'div',
            { class: 'm-outbox-state' },
            MOBILE.itemStates[item.state],
            item.caseNo ? ` · ${item.caseNo}` : '',
            item.state === 'failed' && item.error ? ` · ${item.error}` : '',
          ),
          item.state === 'sent' && item.filed ? h('div', { class: 'm-outbox-filed' }, MOBILE.report.filed(item.filed.address, item.filed.grid)) : null,
          item.state === 'failed'
            ? h(
                'div',
                { class: 'm-row' },
                h('button', { type: 'button', onclick: () => this.outbox.flush({ retryFailed: true }) }, MOBILE.retry),
                h('button', { type: 'button', onclick: () => this.outbox.remove(item.key) }, MOBILE.remove),
              )
            : null,
        ),
      ),
    );
    this.element.hidden = items.length === 0;
  }
}
