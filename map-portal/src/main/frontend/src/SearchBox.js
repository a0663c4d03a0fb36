import { transformExtent } from 'ol/proj.js';
import { api } from './api.js';
import { LEVEL_LABELS, SEARCH, percent } from './messages.js';

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
   * @param {object} [ctx] the workbench context: its search providers' results are listed too
   */
  constructor(element, onPick, ctx) {
    this.onPick = onPick;
    this.ctx = ctx;
    this.sequence = 0;
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.id = 'search-input';
    this.input.placeholder = SEARCH.placeholder;
    this.input.setAttribute('aria-label', SEARCH.label);
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
    const providers = this.ctx?.searchProviders() ?? [];
    const [geocoded, ...others] = await Promise.allSettled([
      api.geocode(text, 5),
      ...providers.map((p) => p.search(text)),
    ]);
    if (mine !== this.sequence) return;
    const groups = others
      .map((r, i) => ({ provider: providers[i], items: r.status === 'fulfilled' ? r.value ?? [] : [] }))
      .filter((g) => g.items.length > 0);
    if (geocoded.status === 'rejected' && groups.length === 0) {
      const error = geocoded.reason;
      this.message(error.status === 429 ? '查询过于频繁，请稍后再试' : error.message);
      return;
    }
    this.render(geocoded.status === 'fulfilled' ? geocoded.value : { candidates: [] }, groups);
  }

  render(result, groups = []) {
    this.list.replaceChildren();
    if (result.candidates.length === 0 && groups.length === 0) {
      this.message('未找到匹配的地址');
      return;
    }
    // Other sources (features, coordinates) first when they answer: a typed code is meant exactly.
    for (const { provider, items } of groups) {
      this.list.append(groupHeading(provider.title));
      for (const found of items) this.list.append(this.providerItem(provider, found));
    }
    if (groups.length > 0 && result.candidates.length > 0) this.list.append(groupHeading('地址'));
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

  providerItem(provider, found) {
    const item = document.createElement('li');
    item.className = 'search-candidate search-found';
    item.dataset.provider = provider.id;
    const label = document.createElement('span');
    label.className = 'candidate-address';
    label.textContent = found.label;
    item.append(label);
    if (found.meta) {
      const meta = document.createElement('span');
      meta.className = 'candidate-meta';
      meta.textContent = found.meta;
      item.append(meta);
    }
    item.addEventListener('click', () => {
      this.list.hidden = true;
      if (found.pick) found.pick();
      else if (found.extent) this.ctx.map.getView().fit(transformExtent(found.extent, 'EPSG:4490', this.ctx.viewProjection()), { maxZoom: 17, duration: 250 });
      else if (found.lonLat) {
        const view = this.ctx.map.getView();
        view.animate({ center: this.ctx.fromLonLat(found.lonLat), zoom: Math.max(view.getZoom() ?? 0, 16), duration: 250 });
      }
    });
    return item;
  }

  message(text) {
    const item = document.createElement('li');
    item.className = 'search-message';
    item.textContent = text;
    this.list.replaceChildren(item);
    this.list.hidden = false;
  }
}

function groupHeading(text) {
  const heading = document.createElement('li');
  heading.className = 'search-group';
  heading.textContent = text;
  return heading;
}
