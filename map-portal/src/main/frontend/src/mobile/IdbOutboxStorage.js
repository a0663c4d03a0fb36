/**
 * The outbox's storage in IndexedDB (database `onemap-m`, store `outbox`, keyed by the idempotency
 * key), so queued reports and their photo blobs survive closing the app or restarting the phone.
 * @implements {import('./Outbox.js').OutboxStorage}
 */
export class IdbOutboxStorage {
  constructor(name = 'onemap-m') {
    this.name = name;
    /** @type {Promise<IDBDatabase>|null} */
    this.db = null;
  }

  /** @private */
  open() {
    if (!this.db) {
      this.db = new Promise((resolve, reject) => {
        const request = indexedDB.open(this.name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('outbox', { keyPath: 'key' });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    return this.db;
  }

  /** @private */
  async run(mode, fn) {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction('outbox', mode);
      const request = fn(tx.objectStore('outbox'));
      tx.oncomplete = () => resolve(request?.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }

  all() {
    return this.run('readonly', (store) => store.getAll());
  }

  async put(item) {
    await this.run('readwrite', (store) => store.put(item));
  }

  async remove(key) {
    await this.run('readwrite', (store) => store.delete(key));
  }
}
