import Overlay from 'ol/Overlay.js';
import { api } from './api.js';
import { toLonLat } from './viewCoords.js';
import { LEVEL_LABELS, REVERSE, SHELL, UNIT_LABELS } from './messages.js';

/** A touch held this long without moving is a phone's right-click. */
const LONG_PRESS_MS = 600;
const LONG_PRESS_SLOP_PX = 8;

/**
 * Right-click (or a long press on a touch screen) on the map: what address is here (nearest
 * standard addresses and containing units).
 */
export class ReversePopup {
  /**
   * @param {import('ol/Map.js').default} map
   * @param {HTMLElement} element
   */
  constructor(map, element) {
    this.element = element;
    this.overlay = new Overlay({ element, autoPan: { animation: { duration: 200 } }, positioning: 'bottom-center', offset: [0, -10] });
    map.addOverlay(this.overlay);
    const viewport = map.getViewport();
    let lastLongPress = 0;
    viewport.addEventListener('contextmenu', async (event) => {
      event.preventDefault();
      // The browser's own long-press menu event follows ours: one lookup per press.
      if (Date.now() - lastLongPress < 1500) return;
      const coordinate = map.getEventCoordinate(event);
      await this.lookup(toLonLat(map, coordinate), coordinate);
    });
    let press = null;
    const cancel = () => {
      if (press) clearTimeout(press.timer);
      press = null;
    };
    viewport.addEventListener('pointerdown', (event) => {
      if (event.pointerType !== 'touch' || !event.isPrimary) return cancel();
      const start = { x: event.clientX, y: event.clientY };
      const coordinate = map.getEventCoordinate(event);
      press = {
        start,
        timer: setTimeout(() => {
          press = null;
          lastLongPress = Date.now();
          this.lookup(toLonLat(map, coordinate), coordinate);
        }, LONG_PRESS_MS),
      };
    });
    viewport.addEventListener('pointermove', (event) => {
      if (press && Math.hypot(event.clientX - press.start.x, event.clientY - press.start.y) > LONG_PRESS_SLOP_PX) cancel();
    });
    for (const type of ['pointerup', 'pointercancel', 'pointerleave']) viewport.addEventListener(type, cancel);
  }

  /** @param {number[]} lonLat where to look (EPSG:4490) @param {number[]} [at] popup anchor in view coordinates */
  async lookup([x, y], at = [x, y]) {
    this.element.replaceChildren(title(REVERSE.at(x, y)), text(REVERSE.searching));
    this.element.hidden = false;
    this.overlay.setPosition(at);
    try {
      const r = await api.reverse(x, y, 100);
      const body = [closeButton(() => this.hide()), title(REVERSE.title)];
      const units = r.containing.map((u) => `${UNIT_LABELS[u.kind] ?? u.kind}：${u.name}（${u.code}）`);
      if (units.length) body.push(list(units, 'reverse-units'));
      if (r.nearest.length === 0) body.push(text(REVERSE.none));
      else
        body.push(
          list(
            r.nearest.map((a) => REVERSE.nearest(a.address, LEVEL_LABELS[a.level] ?? a.level, a.distance)),
            'reverse-nearest',
          ),
        );
      this.element.replaceChildren(...body);
    } catch (error) {
      this.element.replaceChildren(closeButton(() => this.hide()), text(error.status === 429 ? REVERSE.tooMany : error.message));
    }
  }

  hide() {
    this.element.hidden = true;
    this.overlay.setPosition(undefined);
  }
}

function title(value) {
  const h = document.createElement('h4');
  h.textContent = value;
  return h;
}

function text(value) {
  const p = document.createElement('p');
  p.textContent = value;
  return p;
}

function list(items, className) {
  const ul = document.createElement('ul');
  ul.className = className;
  for (const value of items) {
    const li = document.createElement('li');
    li.textContent = value;
    ul.append(li);
  }
  return ul;
}

function closeButton(onClick) {
  const b = document.createElement('button');
  b.className = 'popup-close';
  b.textContent = '×';
  b.title = SHELL.close;
  b.addEventListener('click', onClick);
  return b;
}
