import { SHELL } from '../messages.js';

/**
 * The top bar's tool menus: one button per group (时空, 查询, 分析 …) opening a menu of that
 * group's tools; a group with a single tool is a plain button. Tool buttons keep `data-tool`
 * wherever they are, and the group button holding the open tool shows it as pressed.
 */
export class Toolbar {
  /**
   * @param {HTMLElement} element the #tools nav
   * @param {{isOpen: (id: string) => boolean, toggle: (id: string) => void}} dock
   */
  constructor(element, dock) {
    this.element = element;
    this.dock = dock;
    this.openMenu = null;
    element.setAttribute('aria-label', SHELL.tools);
    document.addEventListener('pointerdown', (event) => {
      if (this.openMenu && !this.openMenu.parentElement.contains(event.target)) this.closeMenu();
    });
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.openMenu) {
        const button = this.openMenu.previousElementSibling;
        this.closeMenu();
        button.focus();
      }
    });
  }

  /** Draws the buttons of the tools the caller may use, grouped in registry order. */
  render(entries) {
    this.closeMenu();
    const groups = new globalThis.Map();
    for (const entry of entries) {
      const group = entry.group ?? 'other';
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(entry);
    }
    const items = [];
    for (const [group, tools] of groups) {
      if (tools.length === 1) {
        items.push(this.toolButton(tools[0], group));
        continue;
      }
      const wrapper = document.createElement('div');
      wrapper.className = 'tool-group';
      wrapper.dataset.group = group;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'tool-group-button';
      button.dataset.group = group;
      button.textContent = SHELL.toolGroups[group] ?? group;
      button.setAttribute('aria-haspopup', 'true');
      button.setAttribute('aria-expanded', 'false');
      const menu = document.createElement('div');
      menu.className = 'tool-menu';
      menu.setAttribute('role', 'menu');
      menu.hidden = true;
      for (const tool of tools) {
        const item = this.toolButton(tool, group);
        item.setAttribute('role', 'menuitemcheckbox');
        menu.append(item);
      }
      button.addEventListener('click', () => (menu.hidden ? this.showMenu(menu) : this.closeMenu()));
      menu.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        const buttons = [...menu.querySelectorAll('button')];
        const at = buttons.indexOf(document.activeElement);
        const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
        buttons[next].focus();
      });
      wrapper.append(button, menu);
      items.push(wrapper);
    }
    this.element.replaceChildren(...items);
    this.update();
  }

  toolButton(entry, group) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.tool = entry.id;
    button.dataset.group = group;
    button.textContent = entry.title;
    button.addEventListener('click', () => {
      this.closeMenu();
      this.dock.toggle(entry.id);
    });
    return button;
  }

  showMenu(menu) {
    this.closeMenu();
    menu.hidden = false;
    menu.previousElementSibling.setAttribute('aria-expanded', 'true');
    this.openMenu = menu;
    menu.querySelector('button')?.focus();
  }

  closeMenu() {
    if (!this.openMenu) return;
    this.openMenu.hidden = true;
    this.openMenu.previousElementSibling.setAttribute('aria-expanded', 'false');
    this.openMenu = null;
  }

  /** Marks the open tool and its group. */
  update() {
    for (const b of this.element.querySelectorAll('button[data-tool]')) {
      const open = this.dock.isOpen(b.dataset.tool);
      b.setAttribute(b.getAttribute('role') ? 'aria-checked' : 'aria-pressed', String(open));
    }
    for (const g of this.element.querySelectorAll('.tool-group')) {
      const open = [...g.querySelectorAll('button[data-tool]')].some((b) => this.dock.isOpen(b.dataset.tool));
      g.querySelector('.tool-group-button').setAttribute('aria-pressed', String(open));
    }
  }
}
