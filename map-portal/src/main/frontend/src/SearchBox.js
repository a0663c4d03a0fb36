import { api } from './api.js';
import { LEVEL_LABELS, percent } from './geocodeLabels.js';

/** Milliseconds of typing pause before a query is sent (Enter sends at once). */
const DEBOUNCE_MS = 300;

/**
 * The address search box: geocodes as you type (after a pause) or on Enter, lists the candidates
 * with their level and confidence, and hands the chosen one to `onPick`.
 */
export class SearchBox {
  /**
   * @param {HTMLElement} element container in the top bar
   * @param {(candidate: object) => void} onPick
   */
  constructor(element, onPick) {
    this.onPick = onPick;
    this.sequence = 0;
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.id = 'search-input';
    this.input.placeholder = '搜索地址，如 梅江区彬芳大道12号';
    this.input.setAttribute('aria-label', '地址搜索');
    this.input.autocomplete = 'off';
    this.list = document.createElement('ul');
    this.list.className = 'search-results';
    this.list.hidden = true;
    element.append(this.input, this.list);

    let timer;
    this.input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.search(), DEBOUNCE_MS);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        clearTimeout(timer);
        this.search();
      } else if (event.key === 'Escape') {
        this.list.hidden = true;
      }
    });
  }

  async search() {
    const text = this.input.value.trim();
    const mine = ++this.sequence;
    if (text.length < 2) {
      this.list.hidden = true;
      return;
    }
    try {
      const result = await api.geocode(text, 5);
      if (mine === this.sequence) this.render(result);
    } catch (error) {
      if (mine === this.sequence) this.message(error.status === 429 ? '查询过于频繁，请稍后再试' : error.message);
    }
  }

  render(result) {
    this.list.replaceChildren();
    if (result.candidates.length === 0) {
      this.message('未找到匹配的地址');
      return;
    }
    for (const c of result.candidates) {
      const item = document.createElement('li');
      item.className = 'search-candidate';
      item.dataset.code = c.code;
      const address = document.createElement('span');
      address.className = 'candidate-address';
      address.textContent = c.address;
      const meta = document.createElement('span');
      meta.className = 'candidate-meta';
      const marks = [LEVEL_LABELS[c.level] ?? c.level, `可信度 ${percent(c.confidence)}`];
      if (c.interpolated) marks.push('推算位置');
      if (c.approximate) marks.push('附近');
      meta.textContent = marks.join(' · ');
      item.append(address, meta);
      if (c.x === null || c.y === null) {
        item.classList.add('no-position');
        item.title = '市外地址，无坐标';
      } else {
        item.addEventListener('click', () => {
          this.list.hidden = true;
          this.onPick(c);
        });
      }
      this.list.append(item);
    }
    this.list.hidden = false;
  }

  message(text) {
    const item = document.createElement('li');
    item.className = 'search-message';
    item.textContent = text;
    this.list.replaceChildren(item);
    this.list.hidden = false;
  }
}
