package cn.onemap.workflow.attach;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Test images made in code: a JPEG or PNG whose left half is red and right half blue (as stored),
 * an EXIF APP1 segment built by hand (big-endian TIFF with IFD0 Orientation, Exif IFD
 * DateTimeOriginal/OffsetTimeOriginal and a GPS IFD), and headers patched to claim other sizes.
 */
final class TestPhotos {
  private TestPhotos() {}

  /** Left half red, right half blue. */
  static BufferedImage halves(int w, int h, int type) {
    var img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h);
    g.setColor(Color.BLUE);
    g.fillRect(w / 2, 0, w - w / 2, h);
    g.dispose();
    return img;
  }

  static byte[] jpeg(int w, int h) {
    return encode(halves(w, h, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  static byte[] png(int w, int h) {
    return encode(halves(w, h, BufferedImage.TYPE_INT_ARGB), "png");
  }

  static byte[] encode(BufferedImage img, String format) {
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** EXIF facts to write; null leaves a tag out. */
  record Exif(
      Integer orientation, Double lat, Double lon, String dateTimeOriginal, String offset) {}

  /** {@code jpeg} with an APP1 Exif segment right after SOI. */
  static byte[] withExif(byte[] jpeg, Exif exif) {
    byte[] tiff = tiff(exif);
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int length = 2 + header.length + tiff.length;
    ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
    out.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) length);
    out.put(header).put(tiff).put(jpeg, 2, jpeg.length - 2);
    return out.array();
  }

  private record Entry(int tag, int type, int count, byte[] value) {}

  private static final int BYTE = 1;
  private static final int ASCII = 2;
  private static final int SHORT = 3;
  private static final int LONG = 4;
  private static final int RATIONAL = 5;

  private static byte[] tiff(Exif e) {
    List<Entry> ifd0 = new ArrayList<>();
    List<Entry> exifIfd = new ArrayList<>();
    List<Entry> gps = new ArrayList<>();
    if (e.orientation() != null) {
      ifd0.add(new Entry(0x0112, SHORT, 1, shortValue(e.orientation())));
    }
    if (e.dateTimeOriginal() != null) {
      exifIfd.add(ascii(0x9003, e.dateTimeOriginal()));
    }
    if (e.offset() != null) {
      exifIfd.add(ascii(0x9011, e.offset()));
    }
    if (e.lat() != null) {
      gps.add(new Entry(0x0000, BYTE, 4, new byte[] {2, 3, 0, 0}));
      gps.add(ascii(0x0001, e.lat() >= 0 ? "N" : "S"));
      gps.add(new Entry(0x0002, RATIONAL, 3, dms(Math.abs(e.lat()))));
      gps.add(ascii(0x0003, e.lon() >= 0 ? "E" : "W"));
      gps.add(new Entry(0x0004, RATIONAL, 3, dms(Math.abs(e.lon()))));
    }
    int n0 = ifd0.size() + (exifIfd.isEmpty() ? 0 : 1) + (gps.isEmpty() ? 0 : 1);
    int exifAt = 8 + size(n0);
    int gpsAt = exifAt + (exifIfd.isEmpty() ? 0 : size(exifIfd.size()));
    int dataAt = gpsAt + (gps.isEmpty() ? 0 : size(gps.size()));
    if (!exifIfd.isEmpty()) {
      ifd0.add(new Entry(0x8769, LONG, 1, intValue(exifAt)));
    }
    if (!gps.isEmpty()) {
      ifd0.add(new Entry(0x8825, LONG, 1, intValue(gpsAt)));
    }
    ifd0.sort(Comparator.comparingInt(Entry::tag));
    var ifds = new ByteArrayOutputStream();
    var data = new ByteArrayOutputStream();
    for (List<Entry> ifd : List.of(ifd0, exifIfd, gps)) {
      if (ifd.isEmpty()) {
        continue;
      }
      ByteBuffer b = ByteBuffer.allocate(size(ifd.size())).putShort((short) ifd.size());
      for (Entry x : ifd) {
        b.putShort((short) x.tag()).putShort((short) x.type()).putInt(x.count());
        if (x.value().length <= 4) {
          b.put(Arrays.copyOf(x.value(), 4));
        } else {
          b.putInt(dataAt + data.size());
          data.writeBytes(x.value());
        }
      }
      b.putInt(0);
      ifds.writeBytes(b.array());
    }
    ByteBuffer out = ByteBuffer.allocate(8 + ifds.size() + data.size());
    out.put(new byte[] {'M', 'M', 0, 42}).putInt(8).put(ifds.toByteArray()).put(data.toByteArray());
    return out.array();
  }

  private static int size(int entries) {
    return 2 + 12 * entries + 4;
  }

  private static Entry ascii(int tag, String s) {
    byte[] v = (s + "\0").getBytes(StandardCharsets.US_ASCII);
    return new Entry(tag, ASCII, v.length, v);
  }

  private static byte[] shortValue(int v) {
    return ByteBuffer.allocate(2).putShort((short) v).array();
  }

  private static byte[] intValue(int v) {
    return ByteBuffer.allocate(4).putInt(v).array();
  }

  /** Degrees, minutes, seconds as three rationals (seconds to 1/10000). */
  private static byte[] dms(double degrees) {
    int d = (int) degrees;
    double minutes = (degrees - d) * 60;
    int m = (int) minutes;
    long s = Math.round((minutes - m) * 60 * 10_000);
    return ByteBuffer.allocate(24)
        .putInt(d)
        .putInt(1)
        .putInt(m)
        .putInt(1)
        .putInt((int) s)
        .putInt(10_000)
        .array();
  }

  /** {@code png} claiming {@code w × h} in its IHDR, with a correct CRC. */
  static byte[] pngClaiming(byte[] png, int w, int h) {
    byte[] out = png.clone();
    ByteBuffer b = ByteBuffer.wrap(out);
    b.putInt(16, w).putInt(20, h);
    var crc = new CRC32();
    crc.update(out, 12, 17);
    b.putInt(29, (int) crc.getValue());
    return out;
  }

  /** {@code jpeg} claiming {@code w × h} in its SOF0 segment. */
  static byte[] jpegClaiming(byte[] jpeg, int w, int h) {
    byte[] out = jpeg.clone();
    for (int i = 2; i + 9 < out.length; i++) {
      if ((out[i] & 0xff) == 0xff && (out[i + 1] & 0xff) == 0xc0) {
        ByteBuffer.wrap(out).putShort(i + 5, (short) h).putShort(i + 7, (short) w);
        return out;
      }
    }
    throw new IllegalStateException("no SOF0 segment");
  }
}
