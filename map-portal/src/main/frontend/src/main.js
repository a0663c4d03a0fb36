// The page's entry, kept tiny: the first requests (boot.js) leave as soon as the page is parsed,
// while the shell and OpenLayers (shell.js, most of the code) are still being fetched and evaluated.
import './boot.js';
import 'ol/ol.css';
import './style.css';
import { STATUS } from './messages.js';

import('./shell.js').catch((e) => {
  document.getElementById('status').textContent = STATUS.loadFailed(e.message);
});
