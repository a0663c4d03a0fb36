import { QUERY } from '../../messages.js';

/** How features and attribute values are named for people: names over codes, a title attribute over ids. */

const TITLE_ATTRIBUTE = /(^|_)(name|title|label|address)$|名称/i;

/** The attribute that names a layer's features (a name, else the first required text), or null. */
export function titleAttribute(layer) {
  const texts = (layer.attributes ?? []).filter((a) => a.type === 'STRING' && !a.codeList);
  return (texts.find((a) => TITLE_ATTRIBUTE.test(a.name)) ?? texts.find((a) => a.required) ?? texts[0])?.name ?? null;
}

/** The feature id without the `layer.` prefix WMS answers carry. */
export function plainId(layer, feature) {
  const id = String(feature.id);
  return id.startsWith(`${layer.id}.`) ? id.slice(layer.id.length + 1) : id;
}

/** A short label of a feature: its title attribute's value, else its id. */
export function featureLabel(layer, feature) {
  const name = titleAttribute(layer);
  const value = name ? feature.properties?.[name] : null;
  return value === null || value === undefined || value === '' ? plainId(layer, feature) : String(value);
}

/** The Chinese name of a coded value from the layer's code list, or null. */
export function codeName(attribute, value) {
  if (value === null || value === undefined || !attribute?.codeList) return null;
  const entry = attribute.codeList.entries?.find((e) => String(e.code) === String(value));
  return entry?.name ?? null;
}

/** A value as people read it: `名称（代码）` for coded values, '—' for none. */
export function displayValue(attribute, value, names) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? QUERY.yes : QUERY.no;
  const name = names?.[attribute.name] ?? codeName(attribute, value);
  return name ? `${name}（${value}）` : String(value);
}
