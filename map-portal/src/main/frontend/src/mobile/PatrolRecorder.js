/**
 * 巡查: records the GPS fixes of a patrol while it runs (each kept at once in a PatrolStore, so a
 * reload goes on with the same patrol), then uploads it (POST /api/patrols with the patrol's own
 * id: a resend returns the stored patrol, so retrying after a lost answer or offline is safe).
 * A failed upload that may succeed later (offline, 5xx, signed out) stays pending and is retried
 * by flush(); a refusal (400/403) marks it failed.
 *
 * Events: 'change' after every fix and state change.
 */
export class PatrolRecorder extends EventTarget {
  /** Fixes above this count are not recorded (the server takes at most 20,000). */
  static MAX_FIXES = 20000;

  /**
   * @param {import('./PatrolStore.js').IdbPatrolStore} store
   * @param {(body: object) => Promise<object>} upload the REST call
   * @param {{now?: () => number, newId?: () => string}} [options]
   */
  constructor(store, upload, { now = Date.now, newId = () => crypto.randomUUID() } = {}) {
    super();
    this.store = store;
    this.upload = upload;
    this.now = now;
    this.newId = newId;
    /** @type {import('./PatrolStore.js').PatrolRecord|null} */
    this.current = null;
    /** @type {import('./PatrolStore.js').Fix[]} */
    this.fixes = [];
    /** @type {Promise<void>} */
    this.writes = Promise.resolve();
    this.flushing = null;
  }

  get recording() {
    return this.current?.state === 'recording';
  }

  /** Picks up a patrol a reload interrupted. */
  async resume() {
    const open = (await this.store.patrols()).find((p) => p.state === 'recording');
    if (open) {
      this.current = open;
      this.fixes = await this.store.fixes(open.id);
      this.changed();
    }
    return open ?? null;
  }

  /** @param {string|null} grid */
  async start(grid) {
    if (this.recording) return this.current;
    this.current = { id: this.newId(), grid, state: 'recording', startedAt: this.now(), count: 0 };
    this.fixes = [];
    await this.store.putPatrol(this.current);
    this.changed();
    return this.current;
  }

  /** Adds a GPS fix while recording (ignored otherwise, or past the maximum). */
  add({ lon, lat, accuracy, t }) {
    if (!this.recording || this.fixes.length >= PatrolRecorder.MAX_FIXES) return;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    const fix = { lon, lat, accuracy: Number.isFinite(accuracy) ? accuracy : null, t: t ?? this.now() };
    const last = this.fixes[this.fixes.length - 1];
    if (last && fix.t <= last.t) return; // the same fix again (watchPosition repeats)
    const seq = this.fixes.length;
    this.fixes.push(fix);
    this.current = { ...this.current, count: this.fixes.length };
    const record = this.current;
    this.writes = this.writes.then(() => this.store.addFix(record, seq, fix)).catch(() => {});
    this.changed();
  }

  /** Ends the patrol and uploads it; resolves with the stored patrol, or null when it waits. */
  async stop() {
    if (!this.recording) return null;
    await this.writes;
    this.current = { ...this.current, state: 'pending', endedAt: this.now() };
    await this.store.putPatrol(this.current);
    this.changed();
    await this.flush();
    return (await this.store.patrols()).find((p) => p.id === this.current.id) ?? null;
  }

  /** Uploads every pending patrol, oldest first; stops at the first retryable failure. */
  flush() {
    if (!this.flushing) {
      this.flushing = this.sendAll().finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  /** @private */
  async sendAll() {
    const pending = (await this.store.patrols()).filter((p) => p.state === 'pending').sort((a, b) => a.startedAt - b.startedAt);
    for (const record of pending) {
      const points = await this.store.fixes(record.id);
      try {
        const result = await this.upload({ patrolId: record.id, grid: record.grid ?? undefined, points: points.map((p) => ({ ...p, t: new Date(p.t).toISOString() })) });
        await this.save({ ...record, state: 'sent', result });
        await this.store.dropFixes(record.id);
      } catch (e) {
        if (e?.retryable) {
          await this.save({ ...record, error: String(e.message ?? e) });
          return;
        }
        await this.save({ ...record, state: 'failed', error: String(e?.message ?? e) });
      }
    }
  }

  /** @private */
  async save(record) {
    await this.store.putPatrol(record);
    if (this.current?.id === record.id) this.current = record;
    this.changed();
  }

  /** How many patrols wait to be uploaded. */
  async waiting() {
    return (await this.store.patrols()).filter((p) => p.state === 'pending').length;
  }

  /** @private */
  changed() {
    this.dispatchEvent(new Event('change'));
  }
}
