/** Small DOM helpers of the query tools. */

/**
 * An element with properties (`ariaLabel` and `role` set as attributes, `dataset` merged) and
 * children.
 */
export function el(tag, props = {}, children = []) {
  const e = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'ariaLabel') e.setAttribute('aria-label', value);
    else if (key === 'role') e.setAttribute('role', value);
    else if (key === 'dataset') Object.assign(e.dataset, value);
    else e[key] = value;
  }
  e.append(...children);
  return e;
}

/** Replaces a select's options with [value, text] pairs. */
export function options(select, pairs) {
  select.replaceChildren(...pairs.map(([value, text]) => el('option', { value: String(value), textContent: text })));
}
