package cn.onemap.portal.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The last start-up runner: everything the portal serves is loaded, health turns UP. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupComplete implements ApplicationRunner {
  private final StartupStatus status;

  StartupComplete(StartupStatus status) {
    this.status = status;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (status.state() == StartupStatus.State.LOADING) {
      status.up();
    }
  }
}
