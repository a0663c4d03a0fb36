import { COORDS } from './messages.js';
import { COORD_FORMATS, dms, gk } from './coordFormats.js';

const STORAGE_KEY = 'onemap.coordFormat';

/**
 * The cursor's coordinates in the status bar, in CGCS2000 decimal degrees, 度分秒 or the GK
 * plane (EPSG:4548 X north / Y east, metres). A click (or Enter) cycles the format; the choice
 * is remembered in localStorage.
 */
export class CoordinateReadout {
  /** @param {HTMLElement} element the status bar's #coords */
  constructor(element) {
    this.element = element;
    this.lonLat = null;
    this.format = COORD_FORMATS.includes(stored()) ? stored() : 'decimal';
    element.tabIndex = 0;
    element.setAttribute('role', 'button');
    element.title = COORDS.title;
    element.addEventListener('click', () => this.cycle());
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.cycle();
      }
    });
    this.render();
  }

  cycle() {
    this.format = COORD_FORMATS[(COORD_FORMATS.indexOf(this.format) + 1) % COORD_FORMATS.length];
    try {
      localStorage.setItem(STORAGE_KEY, this.format);
    } catch {
      // private mode: the choice lasts for this page only
    }
    this.render();
  }

  /** @param {number[]|null} lonLat CGCS2000 [lon, lat] under the cursor */
  show(lonLat) {
    this.lonLat = lonLat;
    this.render();
  }

  render() {
    const { element, format, lonLat } = this;
    element.dataset.format = format;
    element.setAttribute('aria-label', `${COORDS.title}（${COORDS.formats[format]}）`);
    if (!lonLat || !lonLat.every(Number.isFinite)) {
      element.textContent = COORDS.none[format];
      return;
    }
    const [x, y] = lonLat;
    if (format === 'dms') element.textContent = COORDS.dms(dms(x), dms(y));
    else if (format === 'gk') {
      const [e, n] = gk(lonLat);
      element.textContent = COORDS.gk(e, n);
    } else element.textContent = COORDS.decimal(x, y);
  }
}

function stored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
