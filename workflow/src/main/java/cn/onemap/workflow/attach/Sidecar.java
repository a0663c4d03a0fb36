package cn.onemap.workflow.attach;

import cn.onemap.workflow.WorkflowException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The sidecar of an attachment, a UTF-8 properties file: {@code stage}, {@code uploadedBy}, {@code
 * uploadedAt} (ISO-8601 UTC), {@code width}, {@code height}, {@code sha256} and, when the upload
 * had a GPS fix, {@code exif.lon} / {@code exif.lat}. Id and case come from the file's place.
 */
final class Sidecar {
  private Sidecar() {}

  static byte[] write(Attachment a) {
    var text = new StringBuilder("# photo of case ").append(a.caseNo()).append('\n');
    line(text, "stage", a.stage().name());
    line(text, "uploadedBy", a.uploadedBy());
    line(text, "uploadedAt", a.uploadedAt().toString());
    line(text, "width", Integer.toString(a.width()));
    line(text, "height", Integer.toString(a.height()));
    line(text, "sha256", a.sha256());
    a.exif()
        .ifPresent(
            fix -> {
              line(text, "exif.lon", Double.toString(fix.lon()));
              line(text, "exif.lat", Double.toString(fix.lat()));
            });
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static Attachment read(String caseNo, String id, byte[] bytes, Path file) {
    var p = new Properties();
    try {
      p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
      Optional<GpsFix> exif =
          p.containsKey("exif.lon")
              ? Optional.of(
                  new GpsFix(
                      Double.parseDouble(p.getProperty("exif.lon")),
                      Double.parseDouble(p.getProperty("exif.lat"))))
              : Optional.empty();
      return new Attachment(
          id,
          caseNo,
          PhotoStage.valueOf(required(p, "stage")),
          required(p, "uploadedBy"),
          Instant.parse(required(p, "uploadedAt")),
          Integer.parseInt(required(p, "width")),
          Integer.parseInt(required(p, "height")),
          required(p, "sha256"),
          exif);
    } catch (IOException | RuntimeException e) {
      throw new WorkflowException(
          "ATTACHMENT_CORRUPT",
          "unreadable attachment sidecar " + file + ": " + e.getMessage(),
          Map.of("caseNo", caseNo, "id", id),
          e);
    }
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return v;
  }

  /** key=value with the properties escapes a value needs (\, leading blanks, line breaks). */
  private static void line(StringBuilder text, String key, String value) {
    text.append(key).append('=');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        case '\f' -> text.append("\\f");
        case ' ' -> text.append(i == 0 ? "\\ " : " ");
        default -> text.append(c);
      }
    }
    text.append('\n');
  }
}
