import { api } from '../api.js';
import { LEVEL_LABELS, REVIEW, percent } from '../messages.js';

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
    heading.textContent = REVIEW.heading;
    try {
      const page = await api.reviewItems('pending', '', 0, 20);
      heading.textContent = REVIEW.headingCount(page.total);
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
      item.proposedAddress ? REVIEW.proposal(item.proposedAddress, percent(item.confidence)) : REVIEW.noProposal,
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
    if (item.proposedCode) actions.append(button(REVIEW.confirm, () => done(api.confirmReview(item.id))));
    actions.append(
      button(REVIEW.correct, async () => {
        const result = await api.geocode(item.query, 10);
        choices.replaceChildren(
          ...result.candidates
            .filter((c) => c.x !== null)
            .map((c) => {
              const choice = document.createElement('li');
              choice.append(
                button(REVIEW.candidate(c.address, LEVEL_LABELS[c.level] ?? c.level), () => done(api.correctReview(item.id, c.code))),
              );
              return choice;
            }),
        );
      }),
      button(REVIEW.reject, () => done(api.rejectReview(item.id, REVIEW.rejectNote))),
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
