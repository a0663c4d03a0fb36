package cn.onemap.loaders.shapefile;

import cn.onemap.loaders.text.DetectedEncoding;
import cn.onemap.loaders.text.TextEncodings;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides how a DBF's text is encoded: the request's charset, else the .cpg file beside it, else
 * detection on the field names and the text fields of the first records (up to {@value
 * #SAMPLE_BYTES} bytes): strict UTF-8, then GBK. Chinese bureau Shapefiles without a .cpg are
 * nearly always GBK (ArcGIS on Chinese Windows), which is what the detection finds.
 */
final class DbfEncoding {
  static final int SAMPLE_BYTES = 8 << 20;

  private DbfEncoding() {}

  static DetectedEncoding decide(Path dbf, Optional<Path> cpg, Optional<Charset> requested)
      throws IOException {
    if (requested.isPresent()) {
      return new DetectedEncoding(requested.get(), DetectedEncoding.How.REQUEST);
    }
    if (cpg.isPresent()) {
      String name = Files.readString(cpg.get(), StandardCharsets.ISO_8859_1).strip();
      Optional<Charset> cs = TextEncodings.fromCodePageName(name);
      if (cs.isPresent()) {
        return new DetectedEncoding(cs.get(), DetectedEncoding.How.CPG);
      }
    }
    byte[] sample = textSample(dbf);
    return TextEncodings.detect(sample, sample.length, true);
  }

  /** Field-name bytes and C-field bytes of the first records, each value followed by a newline. */
  private static byte[] textSample(Path dbf) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(dbf), 1 << 16))) {
      DbfReader.Header h = DbfReader.readHeader(in);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (byte[] name : h.rawNames()) {
        out.write(name);
        out.write('\n');
      }
      in.skipNBytes(h.headerLength() - 32 - 32L * h.layout().size() - 1);
      byte[] record = new byte[h.recordLength()];
      for (int r = 0; r < h.records() && out.size() < SAMPLE_BYTES; r++) {
        if (in.readNBytes(record, 0, record.length) < record.length) {
          break;
        }
        for (DbfField f : h.layout()) {
          if (f.type() == 'C') {
            out.write(record, 1 + f.offset(), f.length());
            out.write('\n');
          }
        }
      }
      return out.toByteArray();
    }
  }
}
