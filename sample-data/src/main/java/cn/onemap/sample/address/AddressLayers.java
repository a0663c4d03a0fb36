package cn.onemap.sample.address;

import static cn.onemap.core.catalog.AttributeType.INTEGER;
import static cn.onemap.core.catalog.AttributeType.STRING;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.CityModel;
import cn.onemap.sample.LayerSource;
import cn.onemap.sample.geo.Attrs;
import cn.onemap.sample.geo.Chunked;
import cn.onemap.sample.geo.Schema;
import cn.onemap.sample.roads.Street;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;

/**
 * The address layers: {@code address_streets} (街路巷, line per street, id = street code; renamed
 * streets are loaded under their former name, see {@link StreetRenames}) and {@code addresses}
 * (points of every 门牌, 小区, 楼栋, 单元 and 户室, id = 20-digit code), streamed.
 */
public final class AddressLayers {
  public static final String STREETS = "address_streets";
  public static final String ADDRESSES = "addresses";
  private static final int DOORS_PER_CHUNK = 2_000;

  private AddressLayers() {}

  public static List<LayerSource> sources(Addresses addresses) {
    return List.of(streets(addresses.plan().city()), addresses(addresses));
  }

  static LayerSource streets(CityModel city) {
    var def =
        LayerDefinition.of(
            STREETS,
            "街路巷",
            LayerKind.ADDRESS,
            GeometryType.LINESTRING,
            Schema.of()
                .req("code", STRING, "街路巷编码")
                .req("name", STRING, "名称")
                .req("kind", STRING, "类别")
                .req("county_code", STRING, "所属区县代码")
                .list());
    return new LayerSource(
        def,
        () -> {
          Map<String, String> former = new TreeMap<>();
          for (StreetRenames.Rename r : StreetRenames.of(city)) {
            former.put(r.streetCode(), r.oldName());
          }
          var out = new ArrayList<FeatureEdit.Insert>();
          for (Street st : city.roads().streets()) {
            if (st.bridge()) {
              continue;
            }
            Coordinate[] cs = new Coordinate[st.nodes().length];
            for (int k = 0; k < cs.length; k++) {
              cs[k] = city.roads().node(st.nodes()[k]);
            }
            String name = former.getOrDefault(st.code(), st.name());
            String kind = name.endsWith("巷") ? "巷" : name.endsWith("街") ? "街" : "路";
            Attrs a =
                Attrs.of()
                    .put("code", st.code())
                    .put("name", name)
                    .put("kind", kind)
                    .put("county_code", st.countyCode());
            var line =
                city.plane()
                    .toCgcs2000(
                        new org.locationtech.jts.geom.GeometryFactory().createLineString(cs));
            out.add(FeatureEdit.insert(st.code(), line, a.map()));
          }
          return out.iterator();
        });
  }

  static LayerSource addresses(Addresses addresses) {
    var def =
        LayerDefinition.of(
            ADDRESSES,
            "标准地址",
            LayerKind.ADDRESS,
            GeometryType.POINT,
            Schema.of()
                .req("code", STRING, "地址编码")
                .req("level", STRING, "地址级别")
                .req("full_address", STRING, "标准地址")
                .req("province", STRING, "省")
                .req("city", STRING, "市")
                .req("county", STRING, "区县")
                .req("town", STRING, "乡镇街道")
                .req("community", STRING, "社区村")
                .req("street", STRING, "街路巷")
                .req("street_code", STRING, "街路巷编码")
                .req("door_no", INTEGER, "门牌号")
                .opt("compound", STRING, "小区")
                .opt("building_no", INTEGER, "楼栋号")
                .opt("unit_no", INTEGER, "单元号")
                .opt("room_no", INTEGER, "户室号")
                .req("parent_code", STRING, "上级地址编码")
                .req("bgid", STRING, "单元网格代码")
                .list());
    return new LayerSource(
        def,
        () -> {
          CityModel city = addresses.plan().city();
          int doors = addresses.plan().doors().size();
          int doorChunks = (doors + DOORS_PER_CHUNK - 1) / DOORS_PER_CHUNK;
          int compounds = city.buildings().compounds().size();
          return new Chunked<>(
              doorChunks + compounds,
              chunk -> {
                var out = new ArrayList<FeatureEdit.Insert>();
                if (chunk < doorChunks) {
                  for (int d = chunk * DOORS_PER_CHUNK;
                      d < Math.min(doors, (chunk + 1) * DOORS_PER_CHUNK);
                      d++) {
                    out.add(insert(city, addresses.door(d)));
                  }
                } else {
                  for (StdAddress a : addresses.compoundTree(chunk - doorChunks)) {
                    out.add(insert(city, a));
                  }
                }
                return out;
              });
        });
  }

  private static FeatureEdit.Insert insert(CityModel city, StdAddress a) {
    Attrs attrs =
        Attrs.of()
            .put("code", a.code())
            .put("level", AddressPlan.LEVELS[a.level()])
            .put("full_address", a.text())
            .put("province", StdAddress.PROVINCE)
            .put("city", StdAddress.CITY)
            .put("county", a.county())
            .put("town", a.town())
            .put("community", a.community())
            .put("street", a.street())
            .put("street_code", a.streetCode())
            .put("door_no", a.doorNo())
            .put("compound", a.compound().orElse(null))
            .put("building_no", a.building() > 0 ? a.building() : null)
            .put("unit_no", a.unit() > 0 ? a.unit() : null)
            .put("room_no", a.room() > 0 ? a.room() : null)
            .put("parent_code", a.parentCode())
            .put("bgid", a.bgid());
    return FeatureEdit.insert(a.code(), city.plane().point(a.x(), a.y()), attrs.map());
  }
}
