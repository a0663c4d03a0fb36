package cn.onemap.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.GisException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FeatureQueryBboxTest {
  @Test
  void nonFiniteOrInvertedBoxesAreRefused() {
    for (Runnable bad :
        new Runnable[] {
          () -> FeatureQuery.layer("roads").bbox(Double.NaN, 24.2, 116.2, 24.4),
          () -> FeatureQuery.layer("roads").bbox(116.0, 24.2, Double.POSITIVE_INFINITY, 24.4),
          () -> FeatureQuery.layer("roads").bbox(new Envelope(116.0, Double.NaN, 24.2, 24.4)),
          () -> FeatureQuery.layer("roads").bbox(116.2, 24.2, 116.0, 24.4)
        }) {
      assertThatThrownBy(bad::run)
          .isInstanceOfSatisfying(
              GisException.class, e -> assertThat(e.code()).isEqualTo("INVALID_BBOX"));
    }
    assertThat(FeatureQuery.layer("roads").bbox(116.0, 24.2, 116.0, 24.2).build().bbox())
        .contains(new Envelope(116.0, 116.0, 24.2, 24.2));
  }
}
