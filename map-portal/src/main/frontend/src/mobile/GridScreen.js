import { MOBILE } from '../messages.js';
import { h } from './dom.js';
import { GridMap } from './GridMap.js';
import { PatrolControl } from './PatrolControl.js';
import { offlineLevels, prefetchTiles, tileUrls } from './offlineTiles.js';

/**
 * 我的网格: the map with the user's grids, position and cases; 定位到我, and 下载离线地图, which
 * caches the base map tiles over the grids' extent at a few levels for use without a network.
 */
export class GridScreen {
  /** @param {{id: string, projection: string, tileGrid: import('ol/tilegrid/WMTS.js').default}} grid */
  constructor(grid, recorder = null) {
    this.grid = grid;
    this.mapElement = h('div', { class: 'm-map', id: 'm-map' });
    this.title = h('div', { class: 'm-grid-title' });
    this.banner = h('div', { class: 'm-banner', hidden: true }, MOBILE.report.pickHint);
    this.offlineStatus = h('span', { class: 'm-offline-status', role: 'status' });
    this.offlineButton = h('button', { type: 'button', class: 'm-offline-map', onclick: () => this.downloadOffline() }, MOBILE.offlineMap);
    this.element = h(
      'section',
      { class: 'm-screen m-grid' },
      this.mapElement,
      this.banner,
      h('div', { class: 'm-map-bar' }, this.title, this.offlineStatus),
      h(
        'div',
        { class: 'm-map-actions' },
        h('button', { type: 'button', class: 'm-locate', onclick: () => this.locate() }, MOBILE.locate),
        this.offlineButton,
      ),
    );
    this.map = new GridMap(this.mapElement, grid);
    /** @type {string[]} */
    this.codes = [];
    if (recorder) {
      // 开始巡查 / 结束巡查 above the other actions, its line under the grid's title.
      this.patrol = new PatrolControl(recorder, this.map, () => this.codes);
      this.element.querySelector('.m-map-bar').append(this.patrol.status);
      this.element.querySelector('.m-map-actions').before(h('div', { class: 'm-patrol-bar' }, this.patrol.button));
    }
    /** @type {{lon: number, lat: number, accuracy: number}|null} */
    this.position = null;
  }

  /** @param {string[]} codes @param {object} collection GeoJSON of the grids */
  setGrids(codes, collection) {
    this.codes = codes;
    this.title.textContent = codes.length ? MOBILE.myGrids(codes) : MOBILE.noGrids;
    this.offlineButton.disabled = codes.length === 0;
    this.map.setGrids(collection);
    this.map.fitGrids();
  }

  setPosition(position) {
    const first = !this.position;
    this.position = position;
    this.map.setPosition(position);
    if (first && this.map.grids.getFeatures().length === 0) this.map.centerOn(position.lon, position.lat);
  }

  locate() {
    if (this.position) this.map.centerOn(this.position.lon, this.position.lat);
    else this.offlineStatus.textContent = MOBILE.positionDenied;
  }

  /** Shows the map in pick mode; the next tap gives the position. */
  pick(done) {
    this.banner.hidden = false;
    this.picking = true;
    this.map.pickOnce((p) => {
      this.picking = false;
      this.banner.hidden = true;
      this.map.setPicked(p);
      done(p);
    });
  }

  show() {
    this.map.resize();
  }

  async downloadOffline() {
    if (!('caches' in globalThis)) {
      this.offlineStatus.textContent = MOBILE.offlineMapUnsupported;
      return;
    }
    const extent = this.map.gridsExtent();
    const urls = tileUrls(this.grid, extent, offlineLevels(this.grid.tileGrid, extent));
    this.offlineButton.disabled = true;
    try {
      const { cached, failed } = await prefetchTiles(urls, (done, total) => {
        this.offlineStatus.textContent = MOBILE.offlineMapProgress(done, total);
      });
      this.offlineStatus.textContent = failed ? MOBILE.offlineMapFailed(failed) : MOBILE.offlineMapDone(cached);
    } finally {
      this.offlineButton.disabled = false;
    }
  }
}
