package cn.onemap.loaders;

import cn.onemap.core.crs.CrsCodes;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.loaders.crs.CoordinateGuesser;
import cn.onemap.loaders.crs.CrsGuess;
import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.source.FeatureSource;
import cn.onemap.loaders.source.SourceFormat;
import cn.onemap.loaders.source.SourceRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Decides the source CRS: the request's, else the file's declaration, else a guess from the sample.
 * The guess is a majority vote over the sampled rows' own extents, so a few stray rows (0/0
 * coordinates, one swapped point) do not spoil it.
 */
final class CrsResolver {
  private final CrsRegistry registry;
  private final CoordinateGuesser guesser;

  CrsResolver(CrsRegistry registry, CoordinateGuesser guesser) {
    this.registry = registry;
    this.guesser = guesser;
  }

  DetectedCrs resolve(ImportRequest request, FeatureSource source, List<SourceRecord> sample) {
    if (request.crs().isPresent()) {
      String code = CrsCodes.canonical(request.crs().get());
      registry.info(code); // UnknownCrsException for unsupported systems
      return new DetectedCrs(code, DetectedCrs.How.REQUEST, request.crs().get());
    }
    if (source.declaredCrs().isPresent()) {
      return source.declaredCrs().get();
    }
    CrsGuess guess = vote(sample);
    if (guess.code().isPresent() && !guess.needsConfirmation()) {
      String code = guess.code().get();
      if (source.format() == SourceFormat.GEOJSON && code.equals("EPSG:4490")) {
        return new DetectedCrs(code, DetectedCrs.How.RFC7946_DEFAULT, guess.reason());
      }
      return new DetectedCrs(code, DetectedCrs.How.GUESSED, guess.reason());
    }
    String code = guess.candidates().isEmpty() ? "CRS_UNKNOWN" : "CRS_CONFIRMATION_REQUIRED";
    throw new ImportAbort(
        code,
        "the file declares no CRS; " + guess.reason(),
        Map.of("candidates", guess.candidates()));
  }

  private CrsGuess vote(List<SourceRecord> sample) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, CrsGuess> guesses = new HashMap<>();
    Envelope all = new Envelope();
    for (SourceRecord r : sample) {
      if (r.geometry().isEmpty() || r.geometry().get().isEmpty()) {
        continue;
      }
      Envelope e = r.geometry().get().getEnvelopeInternal();
      all.expandToInclude(e);
      CrsGuess g = guesser.guess(e);
      String id = g.code().orElse("?") + g.candidates();
      votes.merge(id, 1, Integer::sum);
      guesses.putIfAbsent(id, g);
    }
    return votes.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> guesses.get(e.getKey()))
        .orElseGet(() -> guesser.guess(all));
  }

  static Optional<String> note(DetectedCrs crs) {
    return crs.how() == DetectedCrs.How.GUESSED || crs.how() == DetectedCrs.How.RFC7946_DEFAULT
        ? Optional.of("CRS " + crs.describe())
        : Optional.empty();
  }
}
