import { MOBILE } from '../messages.js';

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** Whole days between two instants' Beijing dates (0: the same day). */
export function daysBetween(then, now) {
  return Math.floor((now + BEIJING) / DAY) - Math.floor((then + BEIJING) / DAY);
}

/**
 * A part's last inspection in a few words: "3天前 完好", "今天 破损", or "从未巡检".
 * @param {{inspectedAt: string, result: string}|null|undefined} inspection
 * @param {number} now epoch milliseconds
 */
export function lastInspectionText(inspection, now = Date.now()) {
  if (!inspection) return MOBILE.parts.never;
  return `${MOBILE.parts.ago(daysBetween(Date.parse(inspection.inspectedAt), now))} ${inspection.result}`;
}
