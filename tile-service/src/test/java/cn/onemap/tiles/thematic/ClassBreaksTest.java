package cn.onemap.tiles.thematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassBreaksTest {
  // three clusters: 1-3, 10-12, 20-22 (and an unsorted input)
  static final double[] CLUSTERS = {12, 1, 2, 3, 10, 11, 20, 21, 22};

  @Test
  void equalIntervalSplitsTheRangeEvenly() {
    assertThat(ClassBreaks.of(new double[] {0, 3, 7, 10}, 5, ClassMethod.EQUAL_INTERVAL))
        .containsExactly(0, 2, 4, 6, 8, 10);
  }

  @Test
  void quantileBoundsAreDataValuesAtEvenRanks() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8};
    // ranks 0, 2, 4, 6 of 8 → 1, 3, 5, 7; upper bound the maximum
    assertThat(ClassBreaks.of(v, 4, ClassMethod.QUANTILE)).containsExactly(1, 3, 5, 7, 8);
  }

  @Test
  void jenksFindsTheNaturalClusters() {
    assertThat(ClassBreaks.of(CLUSTERS, 3, ClassMethod.JENKS)).containsExactly(1, 10, 20, 22);
  }

  @Test
  void jenksMatchesTheTextbookExample() {
    // values of the classic Jenks example (e.g. Simple Statistics' test): breaks at the gaps
    double[] v = {1, 2, 4, 5, 7, 9, 10, 20};
    assertThat(ClassBreaks.of(v, 3, ClassMethod.JENKS)).containsExactly(1, 7, 20, 20);
  }

  @Test
  void coincidingBreaksAreMerged() {
    double[] v = {5, 5, 5, 5, 5, 5, 9};
    assertThat(ClassBreaks.of(v, 4, ClassMethod.QUANTILE)).containsExactly(5, 9);
    assertThat(ClassBreaks.of(new double[] {3, 3}, 5, ClassMethod.EQUAL_INTERVAL))
        .containsExactly(3, 3);
  }

  @Test
  void noValuesIsAnError() {
    assertThatThrownBy(
            () -> ClassBreaks.of(new double[] {Double.NaN}, 3, ClassMethod.EQUAL_INTERVAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void classOfUsesHalfOpenClassesWithAClosedLastOne() {
    double[] b = {0, 10, 20};
    assertThat(ThematicStyles.classOf(b, 0)).isEqualTo(0);
    assertThat(ThematicStyles.classOf(b, 9.99)).isEqualTo(0);
    assertThat(ThematicStyles.classOf(b, 10)).isEqualTo(1);
    assertThat(ThematicStyles.classOf(b, 20)).isEqualTo(1);
  }
}
