package cn.onemap.portal.security;

import java.util.List;

/**
 * Other origins the page may load images and data from (an external WMTS base map's tile hosts):
 * the Content-Security-Policy allows exactly these beside our own origin.
 */
public interface ContentSources {
  /** Origins ({@code scheme://host[:port]}); empty for none. */
  List<String> origins();
}
