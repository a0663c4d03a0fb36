package cn.onemap.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.address.reverse.ContainingUnit;
import cn.onemap.address.reverse.ReverseResult;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine on {@link TinyCity} in a real H2GIS store: one behaviour per test. */
class AddressEngineIT {
  private static StoreFixture fixture;
  private static TinyCity city;
  private static AddressEngine engine;

  @BeforeAll
  static void load() {
    fixture = StoreFixture.open(Backend.H2GIS);
    city = TinyCity.write(fixture.store());
    engine = AddressEngine.load(fixture.store());
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static Candidate best(String q) {
    return engine.geocode(q).best().orElseThrow(() -> new AssertionError("no candidate for " + q));
  }

  @Test
  void aCleanAddressMatchesItsDoorPlateWithItsPartsAndCodes() {
    GeocodeResult r = engine.geocode("广东省梅州市梅江区江南街道梅龙社区凌风路3号");
    Candidate c = r.best().orElseThrow();
    assertThat(c.code()).isEqualTo(city.codes.get("凌风路3号"));
    assertThat(c.address()).isEqualTo("广东省梅州市梅江区江南街道梅龙社区凌风路3号");
    assertThat(c.level()).isEqualTo(MatchLevel.DOOR);
    assertThat(c.confidence()).isGreaterThan(0.95);
    assertThat(c.interpolated()).isFalse();
    assertThat(c.part(MatchLevel.COUNTY))
        .hasValueSatisfying(
            p -> {
              assertThat(p.name()).isEqualTo("梅江区");
              assertThat(p.code()).isEqualTo("441402");
              assertThat(p.how()).isEqualTo(PartMatch.EXACT);
            });
    assertThat(c.part(MatchLevel.TOWN).orElseThrow().code()).isEqualTo("441402004");
    assertThat(c.part(MatchLevel.COMMUNITY).orElseThrow().code()).isEqualTo(TinyCity.MEILONG);
    assertThat(c.part(MatchLevel.STREET).orElseThrow().code()).isEqualTo(TinyCity.LINGFENG);
    assertThat(c.part(MatchLevel.DOOR).orElseThrow().name()).isEqualTo("3号");
    assertThat(c.position().orElseThrow().x()).isCloseTo(116.1015, within(1e-9));
    assertThat(r.status()).isEqualTo(MatchStatus.MATCHED);
  }

  @Test
  void descendsToTheRoomThroughCompoundBuildingAndUnit() {
    Candidate c = best("凌风路五号金利花园二幢1门202房");
    assertThat(c.code()).isEqualTo(city.codes.get("金利花园2栋1单元202室"));
    assertThat(c.level()).isEqualTo(MatchLevel.ROOM);
    assertThat(c.address()).endsWith("凌风路5号金利花园2栋1单元202室");
    assertThat(c.part(MatchLevel.BUILDING).orElseThrow().code())
        .isEqualTo(city.codes.get("金利花园2栋"));
    // in the wrong order, without the street
    assertThat(best("2栋1单元202室金利花园").code()).isEqualTo(city.codes.get("金利花园2栋1单元202室"));
    // a room the registry lacks: the unit, with a note
    Candidate unit = best("金利花园2栋1单元909室");
    assertThat(unit.code()).isEqualTo(city.codes.get("金利花园2栋1单元"));
    assertThat(unit.notes()).anyMatch(n -> n.contains("909室"));
  }

  @Test
  void aRenamedStreetUnderItsFormerNameGivesTodaysAddress() {
    Candidate c = best("梅江区红旗路2号");
    assertThat(c.code()).isEqualTo(city.codes.get("彬芳大道2号"));
    assertThat(c.address()).contains("彬芳大道2号");
    Part street = c.part(MatchLevel.STREET).orElseThrow();
    assertThat(street.name()).isEqualTo("彬芳大道");
    assertThat(street.how()).isEqualTo(PartMatch.FORMER_NAME);
    assertThat(street.asWritten()).isEqualTo("红旗路");
    assertThat(c.notes()).anyMatch(n -> n.contains("曾用名"));
    assertThat(engine.info().formerNames()).isEqualTo(1);
  }

  @Test
  void oneWrongOrMissingCharacterInAStreetNameIsCorrected() {
    Candidate wrong = best("陵风路3号");
    assertThat(wrong.code()).isEqualTo(city.codes.get("凌风路3号"));
    assertThat(wrong.part(MatchLevel.STREET).orElseThrow().how()).isEqualTo(PartMatch.FUZZY);
    assertThat(best("斌芳大道1号").code()).isEqualTo(city.codes.get("彬芳大道1号"));
    assertThat(best("梅江区彬大道1号").code()).isEqualTo(city.codes.get("彬芳大道1号"));
    assertThat(best("金利花圆1栋").code()).isEqualTo(city.codes.get("金利花园1栋"));
  }

  @Test
  void aMissingDoorNumberIsInterpolatedOnItsSide() {
    Candidate c = best("凌风路7号");
    assertThat(c.interpolated()).isTrue();
    assertThat(c.level()).isEqualTo(MatchLevel.DOOR);
    assertThat(c.confidence()).isLessThanOrEqualTo(0.6);
    assertThat(c.address()).endsWith("凌风路7号");
    Position p = c.position().orElseThrow();
    // halfway between 5 (116.1025) and 9 (116.1045), on the odd (north) side
    assertThat(p.x()).isCloseTo(116.1035, within(2e-5));
    assertThat(p.y()).isGreaterThan(24.3000);
    // even side, between 4 and 6: none registered above 6, so 8 is not interpolated
    Candidate beyond = best("凌风路8号");
    assertThat(beyond.interpolated()).isFalse();
    assertThat(beyond.level()).isEqualTo(MatchLevel.STREET);
    assertThat(beyond.code()).isEqualTo(TinyCity.LINGFENG);
  }

  @Test
  void addressesElsewhereGetTheirCountyCodeNotAMeizhouAddress() {
    GeocodeResult r = engine.geocode("广东省广州市天河区体育西路12号");
    assertThat(r.status()).isEqualTo(MatchStatus.OUT_OF_AREA);
    Candidate c = r.best().orElseThrow();
    assertThat(c.code()).isEqualTo("440106");
    assertThat(c.level()).isEqualTo(MatchLevel.COUNTY);
    assertThat(c.position()).isEmpty();
    assertThat(c.countyCode()).hasValue("440106");
    assertThat(best("江西省赣州市章贡区红旗大道5号").countyCode()).hasValue("360702");
    // a street of the registry in another county of Meizhou is not taken
    GeocodeResult dabu = engine.geocode("广东省梅州市大埔县凌风路3号");
    assertThat(dabu.best().orElseThrow().code()).isEqualTo("441422");
    assertThat(dabu.status()).isEqualTo(MatchStatus.OUT_OF_AREA);
  }

  @Test
  void aMergedCountyResolvesUnderItsFormerName() {
    Candidate c = best("梅县华侨路2号");
    assertThat(c.code()).isEqualTo(city.codes.get("华侨路2号"));
    Part county = c.part(MatchLevel.COUNTY).orElseThrow();
    assertThat(county.code()).isEqualTo("441403");
    assertThat(county.name()).isEqualTo("梅县区");
    assertThat(county.how()).isEqualTo(PartMatch.FORMER_NAME);
    Candidate only = best("广东省梅州市梅县");
    assertThat(only.code()).isEqualTo("441403");
  }

  @Test
  void contactDetailsAndLandmarksDoNotStopAMatch() {
    Candidate c = best("王建华 13812345678 凌风路金利花园旁边");
    assertThat(c.code()).isEqualTo(city.codes.get("金利花园"));
    assertThat(c.approximate()).isTrue();
    assertThat(c.level()).isEqualTo(MatchLevel.DOOR);
  }

  @Test
  void ambiguousTextGivesSeveralCandidatesAndNeedsReview() {
    // a bare door number names nothing
    GeocodeResult r = engine.geocode("3号");
    assertThat(r.candidates()).isEmpty();
    // two streets named, both with a 1号
    GeocodeResult two = engine.geocode("梅江区凌风路彬芳大道1号", 5);
    assertThat(two.candidates()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(two.candidates().get(0).confidence()).isLessThan(0.8);
    assertThat(two.status()).isEqualTo(MatchStatus.REVIEW);
  }

  @Test
  void badInputIsRefusedWithAStableCode() {
    assertThatThrownBy(() -> engine.geocode(""))
        .isInstanceOf(AddressException.class)
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("EMPTY_ADDRESS");
    assertThatThrownBy(() -> engine.geocode("路".repeat(10_000)))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("ADDRESS_TOO_LONG");
    assertThatThrownBy(() -> engine.geocode("\u0001\u0002binary"))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("INVALID_ADDRESS_CHARACTERS");
    assertThatThrownBy(() -> engine.geocode("凌风路3号", 0))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("INVALID_LIMIT");
    assertThatThrownBy(() -> engine.reverse(116.1, 24.3, 0, 5))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("INVALID_RADIUS");
    assertThatThrownBy(() -> engine.reverse(200, 24.3, 50, 5))
        .extracting(e -> ((AddressException) e).code())
        .isEqualTo("INVALID_POSITION");
  }

  @Test
  void reverseGeocodingFindsTheNearestPlatesAndTheCountyAround() {
    ReverseResult r = engine.reverse(116.1015, 24.3002, 60, 3);
    assertThat(r.nearest()).isNotEmpty();
    assertThat(r.nearest().get(0).code()).isEqualTo(city.codes.get("凌风路3号"));
    assertThat(r.nearest().get(0).distanceMetres()).isCloseTo(11.1, within(0.5));
    assertThat(r.nearest()).allMatch(a -> a.distanceMetres() <= 60);
    assertThat(r.nearest())
        .isSortedAccordingTo(
            java.util.Comparator.comparingDouble(
                cn.onemap.address.reverse.NearbyAddress::distanceMetres));
    assertThat(r.containing())
        .extracting(ContainingUnit::kind, ContainingUnit::code, ContainingUnit::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("county", "441402", "梅江区"));
    assertThat(engine.reverse(116.2, 24.5, 100, 5).nearest()).isEmpty();
  }

  @Test
  void codesResolveToCandidates() {
    assertThat(engine.byCode(city.codes.get("金利花园1栋")))
        .hasValueSatisfying(
            c -> {
              assertThat(c.level()).isEqualTo(MatchLevel.BUILDING);
              assertThat(c.confidence()).isEqualTo(1.0);
            });
    assertThat(engine.byCode("441402").orElseThrow().address()).isEqualTo("广东省梅州市梅江区");
    assertThat(engine.byCode("99999999999999999999")).isEmpty();
  }
}
