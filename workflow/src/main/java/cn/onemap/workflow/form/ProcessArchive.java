package cn.onemap.workflow.form;

import cn.onemap.workflow.WorkflowException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded process with its forms: a ZIP of exactly one {@code *.bpmn20.xml} (at the top) and
 * {@code forms/<key>.json}. Read with limits — at most {@value #MAX_ENTRIES} entries, {@value
 * #MAX_ENTRY_BYTES} bytes inflated per entry and {@value #MAX_TOTAL_BYTES} in all (zip bombs) — and
 * no other names (no paths out of the archive, no other files). Refused: INVALID_PROCESS.
 *
 * @param bpmn the process document
 * @param forms the form schemas by form key
 */
public record ProcessArchive(byte[] bpmn, Map<String, byte[]> forms) {
  public static final int MAX_ENTRIES = 64;
  public static final int MAX_ENTRY_BYTES = 1 << 20;
  public static final int MAX_TOTAL_BYTES = 4 << 20;
  private static final Pattern BPMN = Pattern.compile("[A-Za-z0-9_.-]{1,100}\\.bpmn20\\.xml");
  private static final Pattern FORM = Pattern.compile("forms/([A-Za-z0-9_-]{1,64})\\.json");

  public ProcessArchive {
    forms = Map.copyOf(forms);
  }

  /** Reads a ZIP archive. */
  public static ProcessArchive read(byte[] zip) {
    byte[] bpmn = null;
    Map<String, byte[]> forms = new LinkedHashMap<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw refused("has more than " + MAX_ENTRIES + " entries");
        }
        String name = e.getName();
        if (e.isDirectory()) {
          if (!name.equals("forms/")) {
            throw refused("has a folder other than forms/: " + name);
          }
          continue;
        }
        byte[] data = readAtMost(in, name);
        total += data.length;
        if (total > MAX_TOTAL_BYTES) {
          throw refused("inflates to more than " + MAX_TOTAL_BYTES + " bytes");
        }
        var form = FORM.matcher(name);
        if (BPMN.matcher(name).matches()) {
          if (bpmn != null) {
            throw refused("has more than one *.bpmn20.xml");
          }
          bpmn = data;
        } else if (form.matches()) {
          forms.put(form.group(1), data);
        } else {
          throw refused(
              "holds " + name + "; only one *.bpmn20.xml and forms/<key>.json are accepted");
        }
      }
    } catch (IOException | IllegalArgumentException ex) {
      throw refused("is not a readable ZIP: " + ex.getMessage());
    }
    if (bpmn == null) {
      throw refused("has no *.bpmn20.xml");
    }
    return new ProcessArchive(bpmn, forms);
  }

  private static byte[] readAtMost(InputStream in, String name) throws IOException {
    byte[] data = in.readNBytes(MAX_ENTRY_BYTES + 1);
    if (data.length > MAX_ENTRY_BYTES) {
      throw refused("entry " + name + " inflates to more than " + MAX_ENTRY_BYTES + " bytes");
    }
    return data;
  }

  private static WorkflowException refused(String why) {
    return new WorkflowException("INVALID_PROCESS", "the process archive " + why, Map.of());
  }
}
