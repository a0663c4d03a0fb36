package cn.onemap.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.portal.config.StartupStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthControllerTest {
  private final StoreFixture fixture = StoreFixture.open(Backend.H2GIS);
  private final StartupStatus startup = new StartupStatus();
  private final HealthController controller = new HealthController(fixture.store(), startup);

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void loadingIsUnavailableWithTheCurrentStep() {
    startup.loading("道路 roads");

    var response = controller.health();

    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getBody().status()).isEqualTo("LOADING");
    assertThat(response.getBody().step()).isEqualTo("道路 roads");
  }

  @Test
  void upOnceLoadedAndAfterAFailureUnavailable() {
    startup.loading("道路 roads");
    startup.up();
    var up = controller.health();
    assertThat(up.getStatusCode().value()).isEqualTo(200);
    assertThat(up.getBody().status()).isEqualTo("UP");
    assertThat(up.getBody().step()).isNull();
    assertThat(up.getBody().backend()).isEqualTo("h2gis");

    startup.failed("boom");
    assertThat(controller.health().getStatusCode().value()).isEqualTo(503);
  }
}
