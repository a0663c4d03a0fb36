import { CASES } from '../../messages.js';

/**
 * Working time left as Chinese text: "剩余 2小时30分", "超时 1天3小时" (a working day is 8 hours,
 * as the case clock counts them), or 暂停计时 when the stage has no deadline (suspended).
 * @param {number|null|undefined} seconds remaining working seconds, negative when overdue
 */
export function remainingText(seconds) {
  if (seconds === null || seconds === undefined) return CASES.paused;
  const text = duration(Math.abs(seconds));
  return seconds < 0 ? CASES.over(text) : CASES.left(text);
}

/** A duration of working time: minutes, hours, or 8-hour working days above two days. */
export function duration(seconds) {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours >= 16) return CASES.days(Math.floor(hours / 8), hours % 8);
  return CASES.hours(hours, minutes % 60);
}

/** Tasks by deadline: soonest (most overdue) first; those without one (suspended) last. */
export function byDeadline(a, b) {
  const ra = a.remainingSeconds ?? Number.POSITIVE_INFINITY;
  const rb = b.remainingSeconds ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return String(a.createdAt).localeCompare(String(b.createdAt));
}

/** Whether an outcome needs a note (reject, return, suspend, fail, back; extend asks why). */
export const needsNote = (outcome) => CASES.needsNote.includes(outcome);
