import Control from 'ol/control/Control.js';
import { LINKS } from './messages.js';
import { copyText } from './copyLink.js';

/** 复制链接 on the map: copies the permalink of the current view and says so in the status line. */
export class LinkControl extends Control {
  /**
   * @param {() => string} currentUrl the permalink, brought up to date
   * @param {(text: string) => void} say shows a message in the status line
   */
  constructor(currentUrl, say) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    // A chain link drawn in SVG (no emoji font is needed).
    button.innerHTML =
      '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round">' +
      '<path d="M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2"/><path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2"/></svg>';
    button.title = LINKS.copy;
    button.setAttribute('aria-label', LINKS.copy);
    const element = document.createElement('div');
    element.className = 'link-control ol-unselectable ol-control';
    element.append(button);
    super({ element });
    button.addEventListener('click', async () => say(await copyText(currentUrl())));
  }
}
