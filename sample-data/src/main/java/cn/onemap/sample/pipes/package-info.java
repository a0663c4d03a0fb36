/**
 * Underground pipelines per CJJ 61-2017: water supply, storm and foul drainage, gas, power and
 * telecom as survey points and segments with 8-digit codes, depths, diameters, materials and burial
 * methods; drainage laid as trees whose inverts fall towards outlets at the river.
 */
package cn.onemap.sample.pipes;
