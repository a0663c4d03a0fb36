import { ReviewPanel } from './ReviewPanel.js';

/** The address review queue (data stewards): refreshed each time it opens. */
export default function create() {
  const element = document.createElement('section');
  const panel = new ReviewPanel(element);
  return { element, open: () => panel.refresh() };
}
