/**
 * The sample city's code lists (值域): CJJ 61-2017 pipeline categories, subcategories, burial methods
 * and materials, GB/T 30428.2 city-part classes, city-management case classes and states, GB/T
 * 21010 (三调 工作分类) land-use classes and road grades. They are written to the catalog before the
 * layers that name them, so the store checks every generated value against them.
 */
package cn.onemap.sample.codes;
