package cn.onemap.portal;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Wkt;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on an empty embedded H2GIS with three small layers of every access level (public
 * roads, internal buildings, restricted gas pipes), short sign-in delays, a browser origin allowed
 * for CORS and trusted {@code X-Forwarded-Proto} from loopback. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SecurityTestBase {
  static final String ADMIN_PASSWORD = "admin-password-for-tests";
  static final Path dataDir = TestDirs.create("portal-security");

  /** The departmental web app's origin, allowed for CORS. */
  static final StaticOrigin APP = StaticOrigin.start();

  /** A page on an origin that is not listed. */
  static final StaticOrigin OTHER = StaticOrigin.start();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.security.initial-admin-password", () -> ADMIN_PASSWORD);
    registry.add("onemap.login.base-delay", () -> "50ms");
    registry.add("onemap.login.max-delay", () -> "2s");
    registry.add("onemap.cors.allowed-origins", APP::origin);
    // As behind a proxy on loopback that terminates HTTPS (Tomcat trusts 127/8 by default).
    registry.add("server.forward-headers-strategy", () -> "native");
  }

  @LocalServerPort int port;
  @Autowired FeatureStore store;

  @BeforeEach
  void layers() {
    synchronized (SecurityTestBase.class) {
      if (store.layer("gas_pipes").isPresent()) {
        return;
      }
      store.createLayer(
          LayerDefinition.of(
                  "roads",
                  "道路",
                  LayerKind.BASE,
                  GeometryType.LINESTRING,
                  List.of(AttributeDefinition.required("name", AttributeType.STRING, "道路名称")))
              .withAccessLevel(AccessLevel.PUBLIC));
      store.createLayer(
          LayerDefinition.of("buildings", "建筑物", LayerKind.BASE, GeometryType.POLYGON, List.of()));
      store.createLayer(
          LayerDefinition.of(
              "gas_pipes",
              "燃气管线",
              LayerKind.PIPELINE,
              GeometryType.LINESTRING,
              List.of(AttributeDefinition.optional("material", AttributeType.STRING, "材质"))));
      store.apply(
          "roads",
          List.of(
              FeatureEdit.insert(
                  "r1", Wkt.read("LINESTRING (116.1 24.3, 116.1 24.301)"), Map.of("name", "江南路"))),
          EditContext.by("setup"));
      store.apply(
          "buildings",
          List.of(
              FeatureEdit.insert(
                  "b1",
                  Wkt.read("POLYGON ((116.1 24.3, 116.101 24.3, 116.101 24.301, 116.1 24.3))"),
                  Map.of())),
          EditContext.by("setup"));
      store.apply(
          "gas_pipes",
          List.of(
              FeatureEdit.insert(
                  "g1", Wkt.read("LINESTRING (116.1 24.3, 116.2 24.3)"), Map.of("material", "PE"))),
          EditContext.by("setup"));
    }
  }

  Http admin() {
    return new Http(port).basic("admin", ADMIN_PASSWORD);
  }

  /** Creates a user through the admin API. */
  void createUser(String name, String password, String roles) {
    var r =
        admin()
            .postJson(
                "/api/admin/users",
                "{\"username\":\""
                    + name
                    + "\",\"password\":\""
                    + password
                    + "\",\"displayName\":\"测试\",\"roles\":["
                    + roles
                    + "]}");
    if (r.status() != 201) {
      throw new AssertionError("creating " + name + ": " + r.status() + " " + r.body());
    }
  }
}
