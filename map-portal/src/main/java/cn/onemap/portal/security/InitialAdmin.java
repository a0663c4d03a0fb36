package cn.onemap.portal.security;

import cn.onemap.portal.config.PortalProperties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no accounts yet) creates the administrator {@code admin}. The password
 * is the configured one ({@code onemap.security.initial-admin-password}) or a random one printed
 * once to the console; it is never hard-coded and only its hash is stored.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  private final AccountRepository accounts;
  private final AccountService service;
  private final PortalProperties properties;

  InitialAdmin(AccountRepository accounts, AccountService service, PortalProperties properties) {
    this.accounts = accounts;
    this.service = service;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.countUsers() > 0) {
      return;
    }
    String configured = properties.security().initialAdminPassword();
    String password = configured.isBlank() ? service.randomPassword() : configured;
    service.createUser("admin", password, "系统管理员", "", Set.of(Role.ADMIN));
    if (configured.isBlank()) {
      String banner =
          "\n=================================================================\n"
              + " 初始管理员账号 (first start) — shown once, store it safely:\n"
              + "   user: admin\n"
              + "   password: "
              + password
              + "\n"
              + "=================================================================";
      System.out.println(banner);
    } else {
      log.info("created the administrator 'admin' with the configured initial password");
    }
  }
}
