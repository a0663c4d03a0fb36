import { mobileApi } from './mobileApi.js';

/**
 * Delivers one outbox item to the server: files the case (POST /api/cases with the item's key, so
 * a resend returns the same case), then attaches its photo (stage REPORT; the server stores the
 * same bytes once). Returns what the app shows after sending: the case number, the address and the
 * grid the server filed it under.
 * @param {import('./Outbox.js').OutboxItem} item
 * @param {(patch: object) => Promise<void>} save
 * @param {typeof mobileApi} [api] the REST calls (a fake in the tests)
 * @returns {Promise<{caseNo: string, filed?: {address?: string, grid?: string}}>}
 */
export async function deliverReport(item, save, api = mobileApi) {
  let caseNo = item.caseNo;
  let filed = item.filed;
  if (!caseNo) {
    const view = await api.report(item.report);
    caseNo = view.caseNo;
    filed = { address: view.attributes?.address, grid: view.attributes?.bgid };
    await save({ caseNo, filed });
  }
  if (item.photo && !item.photoSent) {
    await api.uploadPhoto(caseNo, 'REPORT', item.photo);
    await save({ photoSent: true });
  }
  return { caseNo, filed };
}
