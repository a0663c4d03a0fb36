/** 城管 cases over two years, streamed one day at a time. */
package cn.onemap.sample.events;
