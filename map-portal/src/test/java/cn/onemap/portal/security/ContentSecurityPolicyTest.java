package cn.onemap.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {
  @Test
  void theMobileAppsWorkerManifestAndPhotoPreviewsAreAllowedFromOurOriginOnly() {
    String policy = ContentSecurityPolicy.policy(List.of());
    assertThat(policy)
        .contains("default-src 'self'")
        .contains("img-src 'self' data: blob:;")
        .contains("worker-src 'self';")
        .contains("manifest-src 'self';")
        .contains("connect-src 'self';")
        .doesNotContain("script-src");
  }

  @Test
  void anExternalBaseMapsHostsAreAddedToImagesAndFetchesOnly() {
    String policy = ContentSecurityPolicy.policy(List.of("https://t0.tianditu.gov.cn"));
    assertThat(policy)
        .contains("img-src 'self' data: blob: https://t0.tianditu.gov.cn;")
        .contains("connect-src 'self' https://t0.tianditu.gov.cn;")
        .contains("worker-src 'self';");
  }
}
