/**
 * Reading a task's form (the JSON Schema 2020-12 the server validates a completion against) for
 * the desk: its actions with their Chinese titles, its fields, and which fields an action
 * requires — top-level `required`, and `allOf` entries `if {outcome: const|enum} then {required}`.
 */

/** @returns {Array<{value: string, title: string}>} the step's actions */
export function outcomesOf(schema) {
  const o = schema?.properties?.outcome ?? {};
  const titles = o['x-enumTitles'] ?? {};
  return (o.enum ?? []).map((value) => ({ value, title: titles[value] ?? value }));
}

/**
 * The form's fields other than outcome.
 * @returns {Array<{name: string, title: string, type: string, minimum?: number, maximum?: number, maxLength?: number}>}
 */
export function fieldsOf(schema) {
  return Object.entries(schema?.properties ?? {})
    .filter(([name]) => name !== 'outcome')
    .map(([name, p]) => ({ name, title: p.title ?? name, type: p.type ?? 'string', minimum: p.minimum, maximum: p.maximum, maxLength: p.maxLength }));
}

/** Whether the `if` of a conditional holds for an outcome. */
function holds(condition, outcome) {
  const o = condition?.properties?.outcome;
  if (!o) return false;
  if ('const' in o) return o.const === outcome;
  return Array.isArray(o.enum) && o.enum.includes(outcome);
}

/** @returns {Set<string>} the fields an action requires */
export function requiredFor(schema, outcome) {
  const out = new Set((schema?.required ?? []).filter((n) => n !== 'outcome'));
  for (const rule of schema?.allOf ?? []) {
    if (rule.if && holds(rule.if, outcome)) for (const n of rule.then?.required ?? []) out.add(n);
  }
  return out;
}

/** @returns {'always' | string[]} when a field is required: always, or for these actions */
export function whenRequired(schema, name) {
  if ((schema?.required ?? []).includes(name)) return 'always';
  return outcomesOf(schema)
    .filter((o) => requiredFor(schema, o.value).has(name))
    .map((o) => o.value);
}
