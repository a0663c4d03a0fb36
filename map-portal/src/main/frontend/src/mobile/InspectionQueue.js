/**
 * Part inspections made while offline: kept in the patrol store (IndexedDB) with the time they
 * were made, sent when the phone is online again. The server takes the same part, user and time
 * once, so a resend after a lost answer records nothing twice.
 */
export class InspectionQueue extends EventTarget {
  /**
   * @param {import('./PatrolStore.js').IdbPatrolStore} store
   * @param {(objId: string, result: string, note: string|undefined, inspectedAt: string) => Promise<object>} send
   */
  constructor(store, send) {
    super();
    this.store = store;
    this.send = send;
    this.flushing = null;
  }

  /** @param {{objId: string, result: string, note?: string, inspectedAt: string}} inspection */
  async add(inspection) {
    await this.store.putQueued({ key: `${inspection.objId}|${inspection.inspectedAt}`, ...inspection });
    this.dispatchEvent(new Event('change'));
  }

  /** @returns {Promise<{key: string, objId: string, result: string, note?: string, inspectedAt: string}[]>} */
  async waiting() {
    return (await this.store.queued()).sort((a, b) => a.inspectedAt.localeCompare(b.inspectedAt));
  }

  /** Sends what waits, oldest first; stops at a retryable failure, drops refused ones. */
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
    let sent = 0;
    for (const item of await this.waiting()) {
      try {
        await this.send(item.objId, item.result, item.note, item.inspectedAt);
        sent++;
      } catch (e) {
        if (e?.retryable) break;
      }
      await this.store.removeQueued(item.key);
    }
    if (sent) this.dispatchEvent(new Event('change'));
    return sent;
  }
}
