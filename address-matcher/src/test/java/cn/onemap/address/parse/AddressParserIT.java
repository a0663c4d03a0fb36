package cn.onemap.address.parse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.address.TinyCity;
import cn.onemap.address.gazetteer.AdminHistory;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.address.index.AddressRegistry;
import cn.onemap.address.index.RegistryLoader;
import cn.onemap.address.normalize.Normalizer;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser over the lexicon of the test registry ({@link TinyCity}). */
class AddressParserIT {
  private static StoreFixture fixture;
  private static Lexicon lexicon;

  @BeforeAll
  static void load() {
    fixture = StoreFixture.open(Backend.H2GIS);
    TinyCity.write(fixture.store());
    AddressRegistry reg =
        RegistryLoader.load(fixture.store(), "address_streets", "addresses", Divisions.load());
    lexicon = Lexicon.build(Divisions.load(), AdminHistory.load(), reg, "4414");
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static ParsedAddress parse(String text) {
    return AddressParser.parse(Normalizer.normalize(text, 500), lexicon);
  }

  @Test
  void levelsAndNumbersInAnyOrder() {
    ParsedAddress p = parse("金利花园3栋2单元1202室凌风路5号梅江区江南街道梅龙社区");
    assertThat(p.door()).isEqualTo(5);
    assertThat(p.building()).isEqualTo(3);
    assertThat(p.unit()).isEqualTo(2);
    assertThat(p.room()).isEqualTo(1202);
    assertThat(AddressParser.names(p))
        .containsEntry(Ref.Kind.COMPOUND, List.of("金利花园"))
        .containsEntry(Ref.Kind.STREET, List.of("凌风路"))
        .containsEntry(Ref.Kind.COUNTY, List.of("梅江区"))
        .containsEntry(Ref.Kind.TOWN, List.of("江南街道"))
        .containsEntry(Ref.Kind.COMMUNITY, List.of("梅龙社区"));
    assertThat(p.unknown()).isEmpty();
  }

  @Test
  void duplicatedLevelsAndATrailingRoomNumber() {
    ParsedAddress p = parse("梅州市梅州市梅江区梅江区凌风路5号金利花园1栋2单元202");
    assertThat(p.tokens(Ref.Kind.COUNTY)).hasSize(2);
    assertThat(p.room()).isEqualTo(202);
    assertThat(p.door()).isEqualTo(5);
  }

  @Test
  void formerNamesAndCountiesOfTheWholeCountry() {
    ParsedAddress p = parse("梅县红旗路2号");
    assertThat(p.tokens(Ref.Kind.COUNTY).get(0).refs())
        .anyMatch(r -> r.former() && r.code().equals("441403"));
    assertThat(p.tokens(Ref.Kind.STREET).get(0).refs()).anyMatch(Ref::former);
    ParsedAddress far = parse("四川省成都市武侯区人民南路四段9号");
    assertThat(far.tokens(Ref.Kind.COUNTY).get(0).refs()).anyMatch(r -> r.code().equals("510107"));
  }

  @Test
  void unmatchedStretchesAreLookedUpFuzzily() {
    ParsedAddress p = parse("梅江区斌芳大道1号");
    Token t = p.tokens(Ref.Kind.STREET).get(0);
    assertThat(t.fuzzy()).isTrue();
    assertThat(t.text()).isEqualTo("斌芳大道");
    assertThat(t.cost()).isEqualTo(0.25);
    assertThat(p.unknown()).containsExactly("斌芳大道");
  }
}
