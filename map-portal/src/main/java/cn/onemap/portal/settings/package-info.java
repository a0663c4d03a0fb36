/**
 * Settings an administrator changes at run time and every portal node reads: the origins allowed
 * for CORS ({@link cn.onemap.portal.settings.CorsOrigins}) and the external WMTS base map ({@link
 * cn.onemap.portal.settings.ExternalBaseMap}), stored in {@code om_setting} and read through a
 * short cache ({@link cn.onemap.portal.settings.PortalSettings}).
 */
package cn.onemap.portal.settings;
