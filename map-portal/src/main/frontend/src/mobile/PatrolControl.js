import { getDistance } from 'ol/sphere.js';
import { MOBILE } from '../messages.js';
import { h } from './dom.js';
import { mobileApi } from './mobileApi.js';

/**
 * 开始巡查 / 结束巡查 on the grid screen: while recording, the live track on the map and a line
 * "巡查中 · N 个点 · 320 米"; after the upload, the grid's covered part of today shaded and
 * "覆盖率 63%". Offline, the patrol waits in the recorder's store and is uploaded when the phone
 * is online again (App calls flush()).
 */
export class PatrolControl {
  /**
   * @param {import('./PatrolRecorder.js').PatrolRecorder} recorder
   * @param {import('./GridMap.js').GridMap} map
   * @param {() => string[]} grids the user's grid codes
   */
  constructor(recorder, map, grids) {
    this.recorder = recorder;
    this.map = map;
    this.grids = grids;
    this.button = h('button', { type: 'button', class: 'm-patrol m-primary', onclick: () => this.toggle() }, MOBILE.patrol.start);
    this.status = h('div', { class: 'm-patrol-status', role: 'status' });
    recorder.addEventListener('change', () => this.render());
  }

  async toggle() {
    this.button.disabled = true;
    try {
      if (this.recorder.recording) await this.finish();
      else await this.begin();
    } finally {
      this.button.disabled = false;
      this.render();
    }
  }

  async begin() {
    const grids = this.grids();
    if (!grids.length) {
      this.say(MOBILE.patrol.noGrid, true);
      return;
    }
    this.map.setCoverage(null);
    // With several grids the server files the patrol with the one the track runs longest in.
    await this.recorder.start(grids.length === 1 ? grids[0] : null);
  }

  async finish() {
    this.say(MOBILE.patrol.uploading);
    const done = await this.recorder.stop();
    this.map.setTrack([]);
    this.afterUpload(done);
  }

  /** Shows what became of an uploaded (or queued) patrol. */
  async afterUpload(record) {
    if (!record) return;
    if (record.state === 'sent') {
      const track = record.result?.track?.coordinates ?? [];
      this.map.setTrack(track);
      this.say(MOBILE.patrol.coverage(record.result?.coverage ?? 0));
      await this.showCoverage(record.grid ?? record.result?.grid);
    } else if (record.state === 'failed') {
      this.say(MOBILE.patrol.failed(record.error ?? ''), true);
    } else {
      this.say(MOBILE.patrol.queued);
    }
  }

  /** The grid's coverage of today, shaded, with the patrol's own ratio kept in the line. */
  async showCoverage(grid) {
    if (!grid) return;
    try {
      const c = await mobileApi.coverage(grid, 'today');
      this.map.setCoverage(c.covered);
      this.status.dataset.coverage = String(c.ratio);
      if (this.recorder.recording) return;
      const before = this.status.textContent;
      this.say(`${before ? `${before}\n` : ''}${MOBILE.patrol.todayCoverage(c.ratio, c.patrols)}`);
    } catch {
      // offline: the line says what the upload said
    }
  }

  say(text, error = false) {
    this.status.textContent = text;
    this.status.classList.toggle('m-error', error);
  }

  render() {
    const recording = this.recorder.recording;
    this.button.textContent = recording ? MOBILE.patrol.stop : MOBILE.patrol.start;
    this.button.classList.toggle('m-danger', recording);
    this.button.classList.toggle('m-primary', !recording);
    document.body.dataset.patrol = recording ? 'recording' : 'idle';
    if (recording) {
      const coordinates = this.recorder.fixes.map((f) => [f.lon, f.lat]);
      this.map.setTrack(coordinates);
      let metres = 0;
      for (let i = 1; i < coordinates.length; i++) metres += getDistance(coordinates[i - 1], coordinates[i]);
      this.say(MOBILE.patrol.recording(coordinates.length, metres));
    }
  }
}
