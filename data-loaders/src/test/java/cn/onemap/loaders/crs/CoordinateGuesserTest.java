package cn.onemap.loaders.crs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class CoordinateGuesserTest {
  private final CoordinateGuesser guesser = CoordinateGuesser.meizhou();

  @Test
  void degreesInChinaAreCgcs2000EitherWayRound() {
    assertThat(guesser.guess(new Envelope(116.1, 116.2, 24.3, 24.4)).code()).contains("EPSG:4490");
    assertThat(guesser.guess(new Envelope(24.3, 24.4, 116.1, 116.2)).code()).contains("EPSG:4490");
  }

  @Test
  void zonePrefixedEastingNamesItsZone() {
    CrsGuess g = guesser.guess(new Envelope(39_408_000, 39_450_000, 2_680_000, 2_700_000));
    assertThat(g.code()).contains("EPSG:4527");
    assertThat(g.needsConfirmation()).isFalse();
    assertThat(guesser.guess(new Envelope(2_680_000, 2_700_000, 39_408_000, 39_450_000)).code())
        .contains("EPSG:4527");
    assertThat(guesser.guess(new Envelope(20_408_000, 20_450_000, 2_680_000, 2_700_000)).code())
        .contains("EPSG:4498"); // 6-degree zone 20
  }

  @Test
  void eastingWithoutPrefixNeedsTheZoneConfirmed() {
    CrsGuess g = guesser.guess(new Envelope(408_000, 450_000, 2_680_000, 2_700_000));
    assertThat(g.needsConfirmation()).isTrue();
    assertThat(g.code()).isEmpty();
    assertThat(g.candidates()).containsExactly("EPSG:4548", "EPSG:4547");
    assertThat(g.reason()).contains("--crs");
  }

  @Test
  void otherValuesAreUnknown() {
    CrsGuess g = guesser.guess(new Envelope(1, 2, 3, 4));
    assertThat(g.code()).isEmpty();
    assertThat(g.candidates()).isEmpty();
    assertThat(guesser.guess(new Envelope()).candidates()).isEmpty();
  }
}
