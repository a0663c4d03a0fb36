/**
 * The outbox of reports made on the phone: each is stored (JSON, photo blob, the idempotency key
 * made when 提交 was pressed) before anything is sent, then delivered when the phone is online.
 * Delivery is at most one at a time per page (and per device where the Web Locks API exists); the
 * server files a key once, so a report resent after a crash or a lost response is still one case.
 *
 * Storage and delivery are injected (IdbOutboxStorage and deliverReport in the app; plain objects
 * in the tests).
 *
 * @typedef {'pending'|'sending'|'sent'|'failed'} OutboxState
 * @typedef {{
 *   key: string, report: object, photo: Blob|null, createdAt: number, state: OutboxState,
 *   attempts: number, caseNo?: string, photoSent?: boolean, filed?: {address?: string, grid?: string},
 *   error?: string, sentAt?: number
 * }} OutboxItem
 * @typedef {{all(): Promise<OutboxItem[]>, put(item: OutboxItem): Promise<void>, remove(key: string): Promise<void>}} OutboxStorage
 * @typedef {(item: OutboxItem, save: (patch: Partial<OutboxItem>) => Promise<void>) => Promise<Partial<OutboxItem>>} Deliver
 *   sends one item; calls save({caseNo}) once the case exists so a later retry only sends what is
 *   missing; resolves with the final fields (caseNo, filed); rejects with an error whose
 *   `retryable` is true when the phone should simply try again later (offline, 5xx, signed out).
 */
export class Outbox extends EventTarget {
  /**
   * @param {OutboxStorage} storage
   * @param {Deliver} deliver
   * @param {{now?: () => number, lock?: (fn: () => Promise<void>) => Promise<void>}} [options]
   */
  constructor(storage, deliver, { now = Date.now, lock = (fn) => fn() } = {}) {
    super();
    this.storage = storage;
    this.deliver = deliver;
    this.now = now;
    this.lock = lock;
    /** @type {Promise<void>|null} */
    this.flushing = null;
  }

  /**
   * Stores a report to send. The caller made `key` when the user pressed 提交.
   * @returns {Promise<OutboxItem>}
   */
  async add(key, report, photo = null) {
    if (!key) throw new Error('an outbox item needs its idempotency key');
    const existing = (await this.storage.all()).find((i) => i.key === key);
    if (existing) return existing;
    const item = { key, report: { ...report, idempotencyKey: key }, photo, createdAt: this.now(), state: 'pending', attempts: 0 };
    await this.storage.put(item);
    this.changed();
    return item;
  }

  /** Every item, newest first. */
  async items() {
    const all = await this.storage.all();
    return all.sort((a, b) => b.createdAt - a.createdAt);
  }

  /** How many items still wait (pending, sending or failed). */
  async waiting() {
    return (await this.storage.all()).filter((i) => i.state !== 'sent').length;
  }

  /**
   * Sends what waits, oldest first. A call while a flush runs returns that flush. A retryable
   * failure (offline) stops the flush and leaves the item pending; a refusal (400/403) marks the
   * item failed and goes on with the next. Items left 'sending' by a closed page are sent again.
   * @param {{retryFailed?: boolean}} [options] retryFailed: also resend items that were refused
   */
  flush({ retryFailed = false } = {}) {
    if (!this.flushing) {
      this.flushing = this.lock(() => this.sendAll(retryFailed)).finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  /** @private */
  async sendAll(retryFailed) {
    const queue = (await this.storage.all())
      .filter((i) => i.state === 'pending' || i.state === 'sending' || (retryFailed && i.state === 'failed'))
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const stored of queue) {
      let item = { ...stored, state: 'sending', attempts: stored.attempts + 1, error: undefined };
      await this.save(item);
      const patch = async (fields) => {
        item = { ...item, ...fields };
        await this.save(item);
      };
      try {
        const result = await this.deliver(item, patch);
        // The photo is on the server now: the phone need not keep its copy.
        await this.save({ ...item, ...result, state: 'sent', photo: null, photoSent: true, sentAt: this.now() });
      } catch (e) {
        const retryable = Boolean(e && e.retryable);
        await this.save({ ...item, state: retryable ? 'pending' : 'failed', error: String(e?.message ?? e) });
        if (retryable) return;
      }
    }
  }

  /** Removes an item (the user gave up on a refused report, or clears a sent one). */
  async remove(key) {
    await this.storage.remove(key);
    this.changed();
  }

  /** @private */
  async save(item) {
    await this.storage.put(item);
    this.changed();
  }

  /** @private */
  changed() {
    this.dispatchEvent(new Event('change'));
  }
}

/** An in-memory OutboxStorage (tests; a browser without IndexedDB, where a reload loses the queue). */
export class MemoryOutboxStorage {
  constructor() {
    /** @type {Map<string, OutboxItem>} */
    this.map = new Map();
  }

  async all() {
    return [...this.map.values()].map((i) => ({ ...i }));
  }

  async put(item) {
    this.map.set(item.key, { ...item });
  }

  async remove(key) {
    this.map.delete(key);
  }
}
