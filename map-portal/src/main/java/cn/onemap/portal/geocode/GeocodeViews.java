package cn.onemap.portal.geocode;

import cn.onemap.address.Candidate;
import cn.onemap.address.GeocodeResult;
import cn.onemap.address.MatchLevel;
import cn.onemap.address.Part;
import cn.onemap.address.reverse.ContainingUnit;
import cn.onemap.address.reverse.NearbyAddress;
import cn.onemap.address.reverse.ReverseResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of the geocoding API (the contract other systems rely on). */
final class GeocodeViews {
  private GeocodeViews() {}

  @Schema(description = "Answer to a geocoding query: candidates best first")
  record Geocoded(
      @Schema(description = "the text as received") String query,
      @Schema(description = "the text after normalization (what was parsed)") String normalized,
      @Schema(description = "matched, review, partial, out_of_area or unmatched") String status,
      List<CandidateView> candidates) {

    static Geocoded of(GeocodeResult r) {
      return new Geocoded(
          r.query(),
          r.normalized(),
          r.status().key(),
          r.candidates().stream().map(CandidateView::of).toList());
    }
  }

  @Schema(description = "A standard address (or admin unit) the query may mean")
  record CandidateView(
      @Schema(description = "20-digit address code, or 6/9/12-digit admin code") String code,
      @Schema(description = "standard address text") String address,
      @Schema(description = "longitude, CGCS2000 (EPSG:4490); null for units outside the city")
          Double x,
      @Schema(description = "latitude, CGCS2000 (EPSG:4490)") Double y,
      @Schema(
              description = "finest level matched",
              allowableValues = {
                "province",
                "city",
                "county",
                "town",
                "community",
                "street",
                "door",
                "building",
                "unit",
                "room"
              })
          String level,
      @Schema(description = "calibrated probability that this is the address meant, 0–1")
          double confidence,
      @Schema(description = "door plate not in the registry: placed along the street")
          boolean interpolated,
      @Schema(description = "the query described a place near this one (…旁, …对面)")
          boolean approximate,
      @Schema(description = "levels matched, coarse to fine: LEVEL → {name, code, match}")
          Map<String, PartView> parts,
      @Schema(description = "remarks: former name used, typo corrected, conflicts")
          List<String> notes) {

    static CandidateView of(Candidate c) {
      var parts = new LinkedHashMap<String, PartView>();
      for (MatchLevel level : MatchLevel.values()) {
        c.part(level).ifPresent(p -> parts.put(level.key(), PartView.of(p)));
      }
      return new CandidateView(
          c.code(),
          c.address(),
          c.position().map(p -> p.x()).orElse(null),
          c.position().map(p -> p.y()).orElse(null),
          c.level().key(),
          Math.round(c.confidence() * 10_000) / 10_000.0,
          c.interpolated(),
          c.approximate(),
          parts,
          c.notes());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Schema(description = "One matched level")
  record PartView(
      String name,
      String code,
      @Schema(
              description =
                  "exact, inferred, fuzzy, former_name, alias, interpolated or conflict: how the"
                      + " query named it")
          String match,
      @Schema(description = "the query's text when it differs from name (former name, typo)")
          String asWritten) {
    static PartView of(Part p) {
      return new PartView(p.name(), p.code(), p.how().key(), p.asWritten());
    }
  }

  @Schema(description = "What is at a point")
  record Reversed(
      double x,
      double y,
      @Schema(description = "search radius, metres") double radius,
      @Schema(description = "standard addresses within the radius, nearest first")
          List<Nearby> nearest,
      @Schema(description = "county, town, community and unit grid containing the point")
          List<Unit> containing) {

    static Reversed of(ReverseResult r, boolean withGrid) {
      return new Reversed(
          r.point().x(),
          r.point().y(),
          r.radiusMetres(),
          r.nearest().stream().map(Nearby::of).toList(),
          r.containing().stream()
              .filter(u -> withGrid || !u.kind().equals("grid"))
              .map(Unit::of)
              .toList());
    }
  }

  record Nearby(
      String code,
      String address,
      double x,
      double y,
      String level,
      @Schema(description = "metres on the ellipsoid") double distance) {
    static Nearby of(NearbyAddress a) {
      return new Nearby(
          a.code(),
          a.address(),
          a.position().x(),
          a.position().y(),
          a.level().key(),
          Math.round(a.distanceMetres() * 10) / 10.0);
    }
  }

  record Unit(
      @Schema(description = "county, town, community or grid") String kind,
      String code,
      String name) {
    static Unit of(ContainingUnit u) {
      return new Unit(u.kind(), u.code(), u.name());
    }
  }
}
