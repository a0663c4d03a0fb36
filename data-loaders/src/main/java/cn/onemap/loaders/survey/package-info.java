/**
 * CJJ 61-2017 underground-pipeline survey tables: a points table and a segments table joined into a
 * pipe-points and a pipe-segments layer (segment geometry from its two points), with the QC checks
 * surveyors expect (duplicate point numbers, missing endpoints, 特征/附属物 both filled, negative or
 * implausible depths, diameter changes without a 变径, drainage inverts running uphill).
 */
package cn.onemap.loaders.survey;
