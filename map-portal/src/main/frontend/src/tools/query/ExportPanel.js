import { ApiError } from '../../api.js';
import { EXPORT } from '../../messages.js';
import { el, options } from './dom.js';

const FORMATS = ['csv', 'geojson', 'kml', 'gpkg', 'shp'];
const CRSS = ['EPSG:4490', 'EPSG:4326', 'EPSG:3857', 'EPSG:4548'];

/**
 * Export of the attribute table's current filter or of the selection, through the features
 * endpoint's downloads: `f=` (CSV with BOM, GeoJSON, KML, GeoPackage, zipped Shapefile), `crs=`,
 * `charset=` (the Shapefile's DBF and .cpg) and `ids=` for the selection. The file is fetched
 * first so that a refusal (too many features, a bad filter) is shown in Chinese, not saved.
 */
export class ExportPanel {
  /**
   * @param {object} ctx the workbench context
   * @param {() => {layer: object, ecql: string}} current the table's layer and applied filter
   */
  constructor(ctx, current) {
    this.ctx = ctx;
    this.current = current;
    this.format = el('select', { className: 'export-format', ariaLabel: EXPORT.format });
    options(this.format, FORMATS.map((f) => [f, EXPORT.formats[f]]));
    this.crs = el('select', { className: 'export-crs', ariaLabel: EXPORT.crs });
    options(this.crs, CRSS.map((c) => [c, EXPORT.crsNames[c]]));
    this.charset = el('select', { className: 'export-charset', ariaLabel: EXPORT.charset });
    options(this.charset, [['UTF-8', 'UTF-8'], ['GBK', 'GBK']]);
    this.charsetLabel = el('label', { hidden: true }, [el('span', { textContent: EXPORT.charset }), this.charset]);
    this.format.addEventListener('change', () => (this.charsetLabel.hidden = this.format.value !== 'shp'));
    this.scope = el('select', { className: 'export-scope', ariaLabel: EXPORT.scope });
    options(this.scope, [['filter', EXPORT.scopeFilter], ['selection', EXPORT.scopeSelection]]);
    const button = el('button', { type: 'button', className: 'export-download', textContent: EXPORT.download });
    button.addEventListener('click', () => this.download(button));
    this.message = el('p', { className: 'export-message', role: 'status' });
    this.element = el('details', { className: 'export-panel' }, [
      el('summary', { textContent: EXPORT.heading }),
      el('div', { className: 'export-fields' }, [
        el('label', {}, [el('span', { textContent: EXPORT.scope }), this.scope]),
        el('label', {}, [el('span', { textContent: EXPORT.format }), this.format]),
        el('label', {}, [el('span', { textContent: EXPORT.crs }), this.crs]),
        this.charsetLabel,
      ]),
      button,
      this.message,
    ]);
  }

  /** The download URL of the current choice, or throws an Error with a Chinese message. */
  url() {
    const { layer, ecql } = this.current();
    const params = new URLSearchParams({ f: this.format.value, crs: this.crs.value });
    if (this.format.value === 'shp') params.set('charset', this.charset.value);
    if (this.scope.value === 'selection') {
      const ids = (this.ctx.selection.all().get(layer.id) ?? []).map((f) => String(f.id));
      if (ids.length === 0) throw new Error(EXPORT.noneSelected);
      params.set('ids', ids.join(','));
    } else if (ecql) {
      params.set('filter', ecql);
    }
    if (this.ctx.time.asOf() && layer.versioned) params.set('asOf', this.ctx.time.asOf());
    return `/api/layers/${encodeURIComponent(layer.id)}/features?${params}`;
  }

  async download(button) {
    button.disabled = true;
    this.message.classList.remove('error');
    try {
      const response = await fetch(this.url(), { credentials: 'same-origin', headers: { 'X-OneMap-Client': 'portal' } });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
      const blob = await response.blob();
      const name = fileName(response.headers.get('Content-Disposition')) ?? `${this.current().layer.id}.${this.format.value}`;
      const link = el('a', { href: URL.createObjectURL(blob), download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      this.message.textContent = EXPORT.done(name);
    } catch (e) {
      this.message.textContent = EXPORT.failed(e.message);
      this.message.classList.add('error');
    } finally {
      button.disabled = false;
    }
  }
}

/** The file name of a Content-Disposition header (RFC 6266 filename* first). */
function fileName(header) {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : null;
}
