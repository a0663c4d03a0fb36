/**
 * City parts (管理部件, GB/T 30428.2) with 16-digit ids: covers on the pipe manholes and valves they
 * close, and kerbside parts (trees, lamps, bins, bus stops, signs, parking bays), each with its
 * BGID.
 */
package cn.onemap.sample.parts;
