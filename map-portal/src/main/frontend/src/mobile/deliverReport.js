/**
 * Delivers one outbox item to the server: files the case (POST /api/cases with the item's key, so
 * a resend returns the same case), then attaches its photo (stage REPORT; the server stores the
 * same bytes once). Returns what the app shows after sending: the case number, the address and the
 * grid the server filed it under.
 * @type {import('./Outbox.js').Deliver}
 */
import { mobileApi } from './mobileApi.js';

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
