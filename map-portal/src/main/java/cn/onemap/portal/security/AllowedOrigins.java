package cn.onemap.portal.security;

import java.util.List;

/**
 * The live list of origins allowed for CORS, read on every cross-origin request (the settings
 * module stores it; {@link CorsProperties} is the boot-time default).
 */
public interface AllowedOrigins {
  /** Normalized origins ({@code scheme://host[:port]}); empty allows no other origin. */
  List<String> current();
}
