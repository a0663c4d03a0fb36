import DoubleClickZoom from 'ol/interaction/DoubleClickZoom.js';
import Draw from 'ol/interaction/Draw.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import WKT from 'ol/format/WKT.js';
import { transformExtent } from 'ol/proj.js';
import { Fill, Stroke, Style } from 'ol/style.js';
import { FILTER, QUERY } from '../../messages.js';
import { and, condition, spatialCondition } from './ecql.js';
import { el, options } from './dom.js';

const OWNER = 'table-filter';
const SHAPE_STYLE = new Style({ stroke: new Stroke({ color: '#7048e8', width: 2, lineDash: [6, 4] }), fill: new Fill({ color: 'rgba(112,72,232,0.08)' }) });

/**
 * The filter builder of the attribute table: attribute conditions (field, operator, value; the
 * value picked from the code list where the attribute has one), and one spatial condition: in the
 * current view, in a polygon drawn on the map (map clicks claimed while drawing), or within N m
 * of the selected feature. `ecql()` is the AND of all of them.
 */
export class FilterBuilder {
  /**
   * @param {object} ctx the workbench context
   * @param {() => void} onApply called when the user applies or clears the conditions
   */
  constructor(ctx, onApply) {
    this.ctx = ctx;
    this.onApply = onApply;
    this.layer = null;
    this.rows = [];
    this.spatial = { kind: 'none', metres: 100 };
    this.source = new VectorSource();
    this.shapeLayer = new VectorLayer({ source: this.source, style: SHAPE_STYLE, zIndex: 60, properties: { layerId: 'table-shape' } });
    ctx.map.addLayer(this.shapeLayer);
    ctx.on('view-projection', () => this.redrawShape());

    this.list = el('div', { className: 'filter-rows' });
    const add = el('button', { type: 'button', className: 'filter-add', textContent: FILTER.addAttribute });
    add.addEventListener('click', () => this.addRow());
    this.spatialSelect = el('select', { className: 'filter-spatial', ariaLabel: FILTER.spatial });
    options(this.spatialSelect, [
      ['none', FILTER.spatialNone],
      ['view', FILTER.inView],
      ['shape', FILTER.inShape],
      ['near', FILTER.nearSelected],
    ]);
    this.spatialSelect.addEventListener('change', () => {
      this.spatial.kind = this.spatialSelect.value;
      this.renderSpatial();
    });
    this.spatialExtra = el('div', { className: 'filter-spatial-extra' });
    this.message = el('p', { className: 'filter-message', role: 'alert' });
    const apply = el('button', { type: 'button', className: 'filter-apply', textContent: FILTER.apply });
    apply.addEventListener('click', () => this.apply());
    const clear = el('button', { type: 'button', className: 'filter-clear', textContent: FILTER.clear });
    clear.addEventListener('click', () => this.clear());
    this.element = el('details', { className: 'filter-builder' }, [
      el('summary', { textContent: FILTER.heading }),
      this.list,
      add,
      el('label', { className: 'filter-spatial-label' }, [el('span', { textContent: FILTER.spatial }), this.spatialSelect]),
      this.spatialExtra,
      el('div', { className: 'filter-buttons' }, [apply, clear]),
      this.message,
    ]);
  }

  setLayer(layer) {
    this.layer = layer;
    this.rows = [];
    this.list.replaceChildren();
    this.applied = '';
  }

  addRow(initial = {}) {
    const row = { field: initial.field ?? this.layer.attributes[0]?.name, op: initial.op ?? '=', value: initial.value ?? '' };
    const field = el('select', { className: 'filter-field', ariaLabel: FILTER.field });
    options(field, this.layer.attributes.map((a) => [a.name, a.label]));
    field.value = row.field;
    const op = el('select', { className: 'filter-op', ariaLabel: FILTER.operator });
    options(op, Object.entries(FILTER.operators));
    op.value = row.op;
    const valueBox = el('span', { className: 'filter-value-box' });
    const remove = el('button', { type: 'button', className: 'filter-remove icon-button', textContent: '×', title: FILTER.remove, ariaLabel: FILTER.remove });
    const line = el('div', { className: 'filter-row' }, [field, op, valueBox, remove]);
    const renderValue = () => {
      const attribute = this.layer.attributes.find((a) => a.name === row.field);
      let input;
      if (attribute?.codeList) {
        input = el('select', { className: 'filter-value', ariaLabel: FILTER.value });
        options(input, attribute.codeList.entries.map((e) => [e.code, `${e.name}（${e.code}）`]));
      } else if (attribute?.type === 'BOOLEAN') {
        input = el('select', { className: 'filter-value', ariaLabel: FILTER.value });
        options(input, [['true', QUERY.yes], ['false', QUERY.no]]);
      } else {
        input = el('input', { className: 'filter-value', ariaLabel: FILTER.value, type: 'text', inputMode: ['INTEGER', 'LONG', 'DOUBLE'].includes(attribute?.type) ? 'decimal' : 'text' });
      }
      if (row.value !== '') input.value = row.value;
      row.value = input.value;
      input.addEventListener('input', () => (row.value = input.value));
      input.addEventListener('change', () => (row.value = input.value));
      input.addEventListener('keydown', (e) => e.key === 'Enter' && this.apply());
      valueBox.replaceChildren(input);
      valueBox.hidden = row.op === 'null';
    };
    field.addEventListener('change', () => {
      row.field = field.value;
      row.value = '';
      renderValue();
    });
    op.addEventListener('change', () => {
      row.op = op.value;
      valueBox.hidden = row.op === 'null';
    });
    remove.addEventListener('click', () => {
      this.rows = this.rows.filter((r) => r !== row);
      line.remove();
    });
    renderValue();
    this.rows.push(row);
    this.list.append(line);
    return line;
  }

  renderSpatial() {
    this.stopDrawing();
    this.spatialExtra.replaceChildren();
    this.source.clear();
    if (this.spatial.kind === 'shape') {
      const draw = el('button', { type: 'button', className: 'filter-draw', textContent: FILTER.draw });
      draw.addEventListener('click', () => this.startDrawing());
      this.shapeStatus = el('span', { className: 'filter-shape-status', textContent: this.spatial.ring ? FILTER.drawn : '' });
      this.spatialExtra.append(draw, this.shapeStatus);
      this.redrawShape();
    } else if (this.spatial.kind === 'near') {
      const metres = el('input', { className: 'filter-metres', type: 'number', min: '0', max: '50000', value: String(this.spatial.metres), ariaLabel: FILTER.metres });
      metres.addEventListener('input', () => (this.spatial.metres = metres.value));
      this.spatialExtra.append(el('label', {}, [el('span', { textContent: FILTER.metres }), metres]));
    }
  }

  startDrawing() {
    this.stopDrawing();
    this.source.clear();
    this.spatial.ring = null;
    this.ctx.claimClicks(OWNER);
    // The double click that ends the polygon must not zoom the map.
    this.zooms = this.ctx.map.getInteractions().getArray().filter((i) => i instanceof DoubleClickZoom && i.getActive());
    for (const zoom of this.zooms) zoom.setActive(false);
    this.shapeStatus.textContent = FILTER.drawing;
    this.draw = new Draw({ source: this.source, type: 'Polygon', style: SHAPE_STYLE });
    this.draw.on('drawend', (event) => {
      const ring = event.feature.getGeometry().getCoordinates()[0].map((c) => this.ctx.toLonLat(c));
      this.spatial.ring = ring;
      this.shapeStatus.textContent = FILTER.drawn;
      document.body.dataset.tableShape = String(ring.length);
      // The double click that ends the polygon must not identify: release after this event.
      setTimeout(() => this.stopDrawing(), 300);
    });
    this.ctx.map.addInteraction(this.draw);
  }

  stopDrawing() {
    if (this.draw) {
      this.ctx.map.removeInteraction(this.draw);
      this.draw = null;
    }
    this.ctx.releaseClicks(OWNER);
    for (const zoom of this.zooms ?? []) zoom.setActive(true);
    this.zooms = [];
  }

  redrawShape() {
    this.source.clear();
    if (this.spatial.kind !== 'shape' || !this.spatial.ring) return;
    const polygon = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [this.spatial.ring] } };
    this.source.addFeature(new GeoJSON().readFeature(polygon, { dataProjection: 'EPSG:4490', featureProjection: this.ctx.viewProjection() }));
  }

  /** The ECQL of the conditions as they stand; throws an Error with a Chinese message. */
  build() {
    const parts = [];
    for (const row of this.rows) {
      try {
        parts.push(condition(this.layer, row));
      } catch (e) {
        throw new Error(FILTER.badNumber(e.field?.label ?? row.field));
      }
    }
    const s = this.spatial;
    if (s.kind === 'view') {
      const extent = this.ctx.map.getView().calculateExtent(this.ctx.map.getSize());
      parts.push(spatialCondition({ kind: 'view', extent: transformExtent(extent, this.ctx.viewProjection(), 'EPSG:4490') }));
    } else if (s.kind === 'shape') {
      if (!s.ring) throw new Error(FILTER.noShape);
      parts.push(spatialCondition(s));
    } else if (s.kind === 'near') {
      const metres = Number(s.metres);
      if (!(metres >= 0 && metres <= 50000) || String(s.metres).trim() === '') throw new Error(FILTER.badMetres);
      const first = [...this.ctx.selection.all().values()].flat().find((f) => f.geometry);
      if (!first) throw new Error(FILTER.noSelection);
      const wkt = new WKT({ decimals: 8 }).writeGeometry(new GeoJSON().readGeometry(first.geometry));
      parts.push(spatialCondition({ kind: 'near', wkt, metres }));
    }
    return and(parts);
  }

  apply() {
    try {
      this.applied = this.build();
      this.message.textContent = '';
      this.element.dataset.ecql = this.applied;
      this.onApply();
    } catch (e) {
      this.message.textContent = e.message;
    }
  }

  clear() {
    this.setLayer(this.layer);
    this.spatial = { kind: 'none', metres: 100 };
    this.spatialSelect.value = 'none';
    this.renderSpatial();
    this.message.textContent = '';
    this.element.dataset.ecql = '';
    this.onApply();
  }

  /** The applied conditions' ECQL ('' for none). */
  ecql() {
    return this.applied ?? '';
  }

  close() {
    this.stopDrawing();
  }
}
