/**
 * The PostGIS backend for production: PostgreSQL 15 + PostGIS 3.3. Bulk loads use COPY; the spatial
 * index is GiST.
 */
package cn.onemap.core.store.postgis;
