import { api } from '../api.js';
import { LEVEL_LABELS, percent } from '../geocodeLabels.js';

/**
 * The review queue for data stewards (EDITOR): each uncertain batch row with the engine's proposal;
 * confirm it, pick the right address among the candidates, or reject it. Confirmed and corrected
 * rows are learned by the engine.
 */
export class ReviewPanel {
  /** @param {HTMLElement} element */
  constructor(element) {
    this.element = element;
  }

  async refresh() {
    const heading = document.createElement('h3');
    heading.textContent = '地址审核（待处理）';
    try {
      const page = await api.reviewItems('pending', '', 0, 20);
      heading.textContent = `地址审核（待处理 ${page.total} 条）`;
      const list = document.createElement('ol');
      list.className = 'review-list';
      for (const item of page.items) list.append(this.row(item));
      this.element.replaceChildren(heading, list);
    } catch (error) {
      this.element.replaceChildren(heading, message(error.message));
    }
  }

  row(item) {
    const li = document.createElement('li');
    li.className = 'review-item';
    li.dataset.id = String(item.id);
    const query = document.createElement('div');
    query.className = 'review-query';
    query.textContent = item.query;
    const proposal = message(
      item.proposedAddress ? `建议：${item.proposedAddress}（可信度 ${percent(item.confidence)}）` : '无建议地址',
    );
    const actions = document.createElement('div');
    actions.className = 'review-actions';
    const choices = document.createElement('ul');
    choices.className = 'review-choices';
    const done = async (promise) => {
      try {
        await promise;
        await this.refresh();
      } catch (error) {
        choices.replaceChildren(message(error.message));
      }
    };
    if (item.proposedCode) actions.append(button('确认', () => done(api.confirmReview(item.id))));
    actions.append(
      button('改正…', async () => {
        const result = await api.geocode(item.query, 10);
        choices.replaceChildren(
          ...result.candidates
            .filter((c) => c.x !== null)
            .map((c) => {
              const choice = document.createElement('li');
              choice.append(
                button(`${c.address} · ${LEVEL_LABELS[c.level] ?? c.level}`, () => done(api.correctReview(item.id, c.code))),
              );
              return choice;
            }),
        );
      }),
      button('驳回', () => done(api.rejectReview(item.id, '无对应标准地址'))),
    );
    li.append(query, proposal, actions, choices);
    return li;
  }
}

function message(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
