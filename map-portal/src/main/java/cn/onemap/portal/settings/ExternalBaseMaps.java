package cn.onemap.portal.settings;

import cn.onemap.portal.security.ContentSources;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.stereotype.Component;

/** The stored external WMTS base map ({@code om_setting} row {@value #SETTING}). */
@Component
public class ExternalBaseMaps implements ContentSources {
  static final String SETTING = "basemap.external";

  private final PortalSettings settings;
  private final ObjectMapper json;

  ExternalBaseMaps(PortalSettings settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  public ExternalBaseMap current() {
    return settings
        .get(SETTING)
        .map(
            s -> {
              try {
                return json.readValue(s, ExternalBaseMap.class);
              } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored external base map is not JSON", e);
              }
            })
        .orElseGet(ExternalBaseMap::none);
  }

  /** The origins the page loads tiles from (for the CSP); empty when none is enabled. */
  @Override
  public List<String> origins() {
    return current().origins();
  }

  public ExternalBaseMap save(ExternalBaseMap base, String by) {
    ExternalBaseMap checked = base.validated();
    try {
      settings.put(SETTING, json.writeValueAsString(checked), by);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return checked;
  }
}
