// The geocoding labels live in messages.js (one file of everything users read).
export { JOB_STATES, LEVEL_LABELS, STATUS_LABELS, UNIT_LABELS, percent } from './messages.js';
