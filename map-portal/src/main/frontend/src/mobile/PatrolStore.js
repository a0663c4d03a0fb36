/**
 * Where a patrol lives while it is recorded and until the server has it: IndexedDB database
 * `onemap-m-patrol` with a store `patrols` (one record per patrol: id, grid, state, times) and a
 * store `points` (one record per GPS fix, keyed [patrolId, seq]), so adding a fix writes a few
 * bytes and a reload or a crash loses nothing; a store `inspections` holds part inspections made
 * offline until they are sent. MemoryPatrolStore does the same in memory (tests).
 *
 * @typedef {{lon: number, lat: number, t: number, accuracy: number}} Fix t in epoch milliseconds
 * @typedef {{id: string, grid: string|null, state: 'recording'|'pending'|'sent'|'failed',
 *   startedAt: number, endedAt?: number, count: number, result?: object, error?: string}} PatrolRecord
 */
export class IdbPatrolStore {
  constructor(name = 'onemap-m-patrol') {
    this.name = name;
    /** @type {Promise<IDBDatabase>|null} */
    this.db = null;
  }

  /** @private */
  open() {
    if (!this.db) {
      this.db = new Promise((resolve, reject) => {
        const request = indexedDB.open(this.name, 2);
        request.onupgradeneeded = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('patrols')) db.createObjectStore('patrols', { keyPath: 'id' });
          if (!db.objectStoreNames.contains('points')) db.createObjectStore('points', { keyPath: ['patrolId', 'seq'] });
          if (!db.objectStoreNames.contains('inspections')) db.createObjectStore('inspections', { keyPath: 'key' });
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    return this.db;
  }

  /** @private */
  async run(stores, mode, fn) {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      const request = fn(tx);
      tx.oncomplete = () => resolve(request?.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }

  /** @returns {Promise<PatrolRecord[]>} */
  patrols() {
    return this.run(['patrols'], 'readonly', (tx) => tx.objectStore('patrols').getAll());
  }

  /** @param {PatrolRecord} record */
  async putPatrol(record) {
    await this.run(['patrols'], 'readwrite', (tx) => tx.objectStore('patrols').put(record));
  }

  /** Appends a fix and the patrol's new count in one transaction. */
  async addFix(record, seq, fix) {
    await this.run(['patrols', 'points'], 'readwrite', (tx) => {
      tx.objectStore('points').put({ patrolId: record.id, seq, ...fix });
      return tx.objectStore('patrols').put(record);
    });
  }

  /** @returns {Promise<Fix[]>} in order */
  async fixes(patrolId) {
    const rows = await this.run(['points'], 'readonly', (tx) =>
      tx.objectStore('points').getAll(IDBKeyRange.bound([patrolId, 0], [patrolId, Number.MAX_SAFE_INTEGER])),
    );
    return rows.map(({ lon, lat, t, accuracy }) => ({ lon, lat, t, accuracy }));
  }

  /** Forgets a patrol's fixes (after the server stored it). */
  async dropFixes(patrolId) {
    await this.run(['points'], 'readwrite', (tx) =>
      tx.objectStore('points').delete(IDBKeyRange.bound([patrolId, 0], [patrolId, Number.MAX_SAFE_INTEGER])),
    );
  }

  /** Part inspections waiting to be sent: {key, objId, result, note, inspectedAt}. */
  queued() {
    return this.run(['inspections'], 'readonly', (tx) => tx.objectStore('inspections').getAll());
  }

  async putQueued(item) {
    await this.run(['inspections'], 'readwrite', (tx) => tx.objectStore('inspections').put(item));
  }

  async removeQueued(key) {
    await this.run(['inspections'], 'readwrite', (tx) => tx.objectStore('inspections').delete(key));
  }
}

/** The same in memory. */
export class MemoryPatrolStore {
  constructor() {
    this.records = new Map();
    this.points = new Map();
  }

  async patrols() {
    return [...this.records.values()].map((r) => ({ ...r }));
  }

  async putPatrol(record) {
    this.records.set(record.id, { ...record });
  }

  async addFix(record, seq, fix) {
    const list = this.points.get(record.id) ?? [];
    list[seq] = { ...fix };
    this.points.set(record.id, list);
    await this.putPatrol(record);
  }

  async fixes(patrolId) {
    return (this.points.get(patrolId) ?? []).filter(Boolean).map((f) => ({ ...f }));
  }

  async dropFixes(patrolId) {
    this.points.delete(patrolId);
  }

  async queued() {
    return [...(this.inspections ?? new Map()).values()].map((i) => ({ ...i }));
  }

  async putQueued(item) {
    this.inspections ??= new Map();
    this.inspections.set(item.key, { ...item });
  }

  async removeQueued(key) {
    this.inspections?.delete(key);
  }
}
