import { SHELL } from '../messages.js';

/**
 * A file chooser that reads Chinese: Chromium's own input says "Choose File / No file chosen" in
 * the browser's language, whatever the page's. The native input stays in the form (and in the tab
 * order, for the keyboard) but is drawn as a 选择文件 button with the chosen file's name beside it.
 *
 * @param {{name: string, accept?: string, required?: boolean, multiple?: boolean, label?: string}} options
 * @returns {HTMLLabelElement} the labelled picker; its `input` is the native file input
 */
export function filePicker({ name, accept, required = false, multiple = false, label }) {
  const picker = document.createElement('label');
  picker.className = 'file-picker';
  const input = document.createElement('input');
  input.type = 'file';
  input.name = name;
  if (accept) input.accept = accept;
  input.required = required;
  input.multiple = multiple;
  const button = document.createElement('span');
  button.className = 'file-picker-button';
  button.textContent = SHELL.chooseFile;
  const chosen = document.createElement('span');
  chosen.className = 'file-picker-name';
  chosen.textContent = SHELL.noFileChosen;
  input.addEventListener('change', () => {
    chosen.textContent = input.files.length > 0 ? [...input.files].map((f) => f.name).join('，') : SHELL.noFileChosen;
  });
  if (label) {
    const caption = document.createElement('span');
    caption.className = 'file-picker-label';
    caption.textContent = label;
    picker.append(caption);
  }
  picker.append(input, button, chosen);
  picker.input = input;
  return picker;
}
