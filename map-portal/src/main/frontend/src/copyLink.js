import { LINKS } from './messages.js';

/**
 * Copies `text` to the clipboard (the async Clipboard API, else a selected text area and
 * execCommand); resolves to the message to show.
 */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return LINKS.copied;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok ? LINKS.copied : LINKS.copyFailed;
  }
}
