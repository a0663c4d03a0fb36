package cn.onemap.bench;

import cn.onemap.core.crs.CoordinateTransform;
import cn.onemap.core.crs.Transforms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bulk CGCS2000 → Gauss-Krüger CM 117E (EPSG:4490 → EPSG:4548) throughput: One Map's transform
 * against PROJ's {@code cs2cs} on the same pseudo-random points over Meizhou, in one run, printed
 * as one table.
 *
 * <p>Rows: cs2cs reading and writing text files (its only mode); our end-to-end equivalent inside
 * this JVM (read + parse the same file, transform, format + write, streaming in blocks, 1 thread);
 * and our in-memory bulk transform on a {@code double[]} (1 thread and the parallel variant). Each
 * figure is the median of several timed runs after a warm-up run. JVM start-up (~0.5 s) is not
 * counted for us, while cs2cs's process start-up (~20 ms) is counted for it; both are small next to
 * 1M points.
 *
 * <p>Usage: {@code TransformBench [--points N] [--seed S] [--runs R] [--dir DIR] [--cs2cs PATH]}.
 */
public final class TransformBench {
  private record Row(String method, int points, double seconds) {}

  private TransformBench() {}

  public static void main(String[] args) throws Exception {
    int points = 1_000_000;
    long seed = 20_261_121L;
    int runs = 5;
    Path dir = Path.of("bench/out");
    String cs2cs = "cs2cs";
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--points" -> points = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--cs2cs" -> cs2cs = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    Path input = dir.resolve("points_4490.txt");
    Path ours = dir.resolve("onemap_4548.txt");
    Path theirs = dir.resolve("cs2cs_4548.txt");

    PointsText.write(input, PointsText.meizhou(points, seed), points, 9);
    // every method transforms exactly what cs2cs reads: the 9-decimal text, parsed back
    double[] lonLat = PointsText.parse(Files.readAllBytes(input), points);
    System.out.printf(
        Locale.ROOT,
        "%,d points over Meizhou (lon 115.2..117.0, lat 23.2..24.9, seed %d) -> %s%n",
        points,
        seed,
        input);

    CoordinateTransform t = Transforms.get("EPSG:4490", "EPSG:4548"); // decode outside timing
    List<Row> rows = new ArrayList<>();
    final int n = points;

    double[] out = new double[2 * n];
    rows.add(
        new Row(
            "onemap in-memory bulk, 1 thread",
            n,
            median(runs, () -> t.transform(lonLat, 0, out, 0, n))));
    double[] outPar = new double[2 * n];
    rows.add(
        new Row(
            "onemap in-memory bulk, parallel ("
                + Runtime.getRuntime().availableProcessors()
                + " cores)",
            n,
            median(runs, () -> t.transformParallel(lonLat, 0, outPar, 0, n))));
    rows.add(
        new Row(
            "onemap file->file (read, parse, transform, write), 1 thread",
            n,
            median(runs, () -> endToEnd(t, input, ours, n))));
    String[] command = {cs2cs, "-r", "-s", "-f", "%.6f", "EPSG:4490", "EPSG:4548"};
    Row proj =
        new Row(
            "cs2cs " + projVersion(cs2cs) + " file->file",
            n,
            median(Math.max(1, runs / 2 + 1), () -> runCs2cs(command, input, theirs)));
    rows.add(0, proj);

    // agreement: our in-memory result, our written file and cs2cs's file
    double[] cs = PointsText.parse(Files.readAllBytes(theirs), n);
    double[] written = PointsText.parse(Files.readAllBytes(ours), n);
    if (cs.length != out.length || written.length != out.length) {
      throw new IllegalStateException("cs2cs wrote " + cs.length / 2 + " points, expected " + n);
    }
    double maxVsProj = maxAbsDiff(out, cs);
    double maxFileVsProj = maxAbsDiff(written, cs);
    if (!Arrays.equals(out, outPar)) {
      throw new IllegalStateException("parallel and sequential results differ");
    }

    System.out.println();
    System.out.printf("cs2cs command: %s < %s > %s%n", String.join(" ", command), input, theirs);
    System.out.printf(
        Locale.ROOT,
        "max |onemap - cs2cs| over %,d points: %.4f mm in memory, %.4f mm file vs file"
            + " (cs2cs prints 1e-3 mm)%n%n",
        n,
        maxVsProj * 1000,
        maxFileVsProj * 1000);
    printTable(rows, proj.seconds());
  }

  private static void endToEnd(CoordinateTransform t, Path in, Path out, int expected) {
    try {
      long n = StreamingFileTransform.run(t, in, out, 6);
      if (n != expected) {
        throw new IllegalStateException("transformed " + n + " points, expected " + expected);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void runCs2cs(String[] command, Path in, Path out) {
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("cs2cs exited with " + p.exitValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command[0] + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String projVersion(String cs2cs) {
    try {
      Process p = new ProcessBuilder(cs2cs).redirectErrorStream(true).start();
      String first =
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .findFirst()
              .orElse("");
      p.waitFor();
      return first.startsWith("Rel. ")
          ? "(PROJ " + first.substring(5, first.indexOf(',')) + ")"
          : "(PROJ)";
    } catch (IOException | InterruptedException | RuntimeException e) {
      return "(PROJ)";
    }
  }

  /** One warm-up run, then the median wall time of {@code runs} timed runs, in seconds. */
  private static double median(int runs, Runnable body) {
    body.run();
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      body.run();
      seconds[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }

  private static double maxAbsDiff(double[] a, double[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }

  private static void printTable(List<Row> rows, double projSeconds) {
    int w = rows.stream().mapToInt(r -> r.method().length()).max().orElse(10);
    String fmt = "%-" + w + "s | %,9d | %8.3f | %,12.0f | %7.2fx%n";
    System.out.printf(
        Locale.ROOT,
        "%-" + w + "s | %9s | %8s | %12s | %s%n",
        "method",
        "points",
        "seconds",
        "points/s",
        "vs cs2cs");
    System.out.println(
        "-".repeat(w)
            + "-+-"
            + "-".repeat(9)
            + "-+-"
            + "-".repeat(8)
            + "-+-"
            + "-".repeat(12)
            + "-+---------");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          fmt,
          r.method(),
          r.points(),
          r.seconds(),
          r.points() / r.seconds(),
          projSeconds / r.seconds());
    }
  }
}
