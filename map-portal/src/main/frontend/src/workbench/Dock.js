import { SHELL } from '../messages.js';

/**
 * The tool dock: one tool panel at a time, on the right on a desktop, a bottom sheet on a phone
 * (style.css). Tool modules are loaded on first open (code splitting), created once and kept.
 */
export class Dock {
  /**
   * @param {HTMLElement} element the #dock aside
   * @param {(entry: object) => Promise<object>} instantiate loads and creates a tool
   */
  constructor(element, instantiate) {
    this.element = element;
    this.title = element.querySelector('#dock-title');
    this.body = element.querySelector('#dock-body');
    this.instantiate = instantiate;
    this.current = null;
    this.listeners = new Set();
    const close = element.querySelector('#dock-close');
    close.textContent = '×';
    close.title = SHELL.close;
    close.setAttribute('aria-label', SHELL.close);
    close.addEventListener('click', () => this.close());
    element.setAttribute('aria-label', SHELL.dockLabel);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  /** Called with the open tool's id (or null) whenever it changes. */
  onChange(fn) {
    this.listeners.add(fn);
  }

  isOpen(id) {
    return this.current?.entry.id === id;
  }

  async open(entry, args) {
    if (this.current && this.current.entry.id !== entry.id) this.close();
    this.title.textContent = entry.title;
    this.element.hidden = false;
    this.element.dataset.tool = entry.id;
    let tool;
    if (!this.current) {
      const loading = document.createElement('p');
      loading.className = 'dock-loading';
      loading.textContent = SHELL.loadingTool;
      this.body.replaceChildren(loading);
      try {
        tool = await this.instantiate(entry);
      } catch (e) {
        loading.textContent = SHELL.toolFailed(e.message);
        loading.className = 'error';
        throw e;
      }
      this.current = { entry, tool };
      this.body.replaceChildren(tool.element);
    } else {
      tool = this.current.tool;
    }
    this.fire();
    await tool.open?.(args);
    return tool;
  }

  close() {
    if (!this.current) {
      this.element.hidden = true;
      return;
    }
    const { tool } = this.current;
    this.current = null;
    try {
      tool.close?.();
    } finally {
      this.body.replaceChildren();
      this.element.hidden = true;
      delete this.element.dataset.tool;
      this.fire();
    }
  }

  fire() {
    const id = this.current?.entry.id ?? null;
    for (const fn of this.listeners) fn(id);
  }
}
