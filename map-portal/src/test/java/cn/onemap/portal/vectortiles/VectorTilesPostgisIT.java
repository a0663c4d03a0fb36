package cn.onemap.portal.vectortiles;

import cn.onemap.portal.PostgisPortal;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link VectorTilesHttpBase} on PostGIS (tiles encoded by {@code ST_AsMVT}), in a schema of its
 * own in the PostGIS that {@code scripts/test.sh} starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VectorTilesPostgisIT extends VectorTilesHttpBase {
  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    PostgisPortal.register(registry, "vtiles", "none", ADMIN_PASSWORD);
  }
}
