import { BatchPanel } from './BatchPanel.js';

/** Batch geocoding of an uploaded CSV (signed-in callers). */
export default function create() {
  const element = document.createElement('section');
  new BatchPanel(element);
  return { element };
}
