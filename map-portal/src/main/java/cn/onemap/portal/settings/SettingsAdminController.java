package cn.onemap.portal.settings;

import cn.onemap.portal.audit.AuditLog;
import cn.onemap.portal.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Run-time settings for administrators ({@code /api/admin/**} is ADMIN only): the CORS origins and
 * the external WMTS base map. Every change is audited and is live on every node within seconds.
 */
@RestController
@Tag(name = "管理 Administration")
class SettingsAdminController {
  private final CorsOrigins cors;
  private final ExternalBaseMaps baseMaps;
  private final AuditLog audit;

  SettingsAdminController(CorsOrigins cors, ExternalBaseMaps baseMaps, AuditLog audit) {
    this.cors = cors;
    this.baseMaps = baseMaps;
    this.audit = audit;
  }

  /**
   * The CORS origins.
   *
   * @param origins the live list
   * @param stored whether an administrator saved it (else the boot-time default applies)
   * @param defaults {@code onemap.cors.allowed-origins}
   */
  record CorsView(List<String> origins, boolean stored, List<String> defaults) {}

  record CorsChange(List<String> origins) {}

  @GetMapping("/api/admin/settings/cors")
  @Operation(summary = "Origins allowed to call the portal across origins (with credentials)")
  CorsView cors() {
    return new CorsView(cors.current(), cors.stored(), cors.defaults());
  }

  @PutMapping("/api/admin/settings/cors")
  @Operation(
      summary =
          "Replace the allowed origins (scheme://host[:port]; no wildcards); live at once. Answers"
              + " 400 for a malformed origin")
  CorsView saveCors(@RequestBody CorsChange change, HttpServletRequest request) {
    List<String> saved = cors.save(change == null ? null : change.origins(), Callers.actor());
    audit.record(
        Callers.actor(), "CORS_UPDATED", "cors", String.join(" ", saved), request.getRemoteAddr());
    return cors();
  }

  @GetMapping("/api/admin/settings/basemap")
  @Operation(summary = "The external WMTS base map, with its key")
  ExternalBaseMap baseMap() {
    return baseMaps.current();
  }

  @PutMapping("/api/admin/settings/basemap")
  @Operation(
      summary =
          "Set the external WMTS base map (URL template, layer, matrix set, grid, tk); the page's"
              + " Content-Security-Policy then allows its hosts. Answers 400 for a bad template")
  ExternalBaseMap saveBaseMap(@RequestBody ExternalBaseMap base, HttpServletRequest request) {
    if (base == null) {
      throw new IllegalArgumentException("a base map is required");
    }
    ExternalBaseMap saved = baseMaps.save(base, Callers.actor());
    audit.record(
        Callers.actor(),
        "BASEMAP_UPDATED",
        "basemap",
        (saved.enabled() ? "enabled " : "disabled ") + String.join(" ", saved.origins()),
        request.getRemoteAddr());
    return saved;
  }
}
