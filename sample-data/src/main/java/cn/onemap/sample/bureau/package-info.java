/**
 * Bureau records for evaluating a geocoder: CSV exports of five bureaus with messy address text and
 * an answer file per export naming the true address code and the corruptions applied.
 */
package cn.onemap.sample.bureau;
