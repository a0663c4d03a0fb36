package cn.onemap.portal.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarding headers the portal believes ({@code onemap.proxy.trusted}),
 * as the regular expression Tomcat's {@code RemoteIpValve} matches peer addresses with. Entries are
 * IPv4 or IPv6 addresses and IPv4 CIDR blocks ({@code 10.0.0.0/8}, {@code 172.16.0.0/12}); a
 * block's partial octet becomes an alternation of its values, so any prefix length works.
 */
public final class TrustedProxies {
  private TrustedProxies() {}

  /** The pattern for the entries, or empty when there are none (nothing is trusted). */
  public static java.util.Optional<String> regex(List<String> entries) {
    List<String> parts = new ArrayList<>();
    for (String raw : entries) {
      String entry = raw.strip();
      if (!entry.isEmpty()) {
        parts.add(entry.contains("/") ? cidr(entry) : Pattern.quote(address(entry)));
      }
    }
    return parts.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(String.join("|", parts));
  }

  /** The address as Tomcat reports a peer (IPv6 in full, uncompressed form). */
  private static String address(String entry) {
    if (!entry.matches("[0-9A-Fa-f:.]+")) {
      throw invalid(entry, "not an IP address (host names are not resolved)");
    }
    try {
      return InetAddress.getByName(entry).getHostAddress();
    } catch (UnknownHostException e) {
      throw invalid(entry, "not an IP address");
    }
  }

  private static String cidr(String entry) {
    String[] halves = entry.split("/", -1);
    int bits;
    try {
      bits = Integer.parseInt(halves[1]);
    } catch (NumberFormatException e) {
      throw invalid(entry, "the prefix length is not a number");
    }
    String[] octets = halves[0].split("\\.", -1);
    if (octets.length != 4 || bits < 0 || bits > 32) {
      throw invalid(entry, "only IPv4 blocks a.b.c.d/0-32 are supported");
    }
    int[] value = new int[4];
    for (int k = 0; k < 4; k++) {
      try {
        value[k] = Integer.parseInt(octets[k]);
      } catch (NumberFormatException e) {
        throw invalid(entry, "octet " + octets[k] + " is not a number");
      }
      if (value[k] < 0 || value[k] > 255) {
        throw invalid(entry, "octet " + value[k] + " is out of range");
      }
    }
    StringBuilder regex = new StringBuilder();
    for (int k = 0; k < 4; k++) {
      if (k > 0) {
        regex.append("\\.");
      }
      int fixed = Math.max(0, Math.min(8, bits - 8 * k));
      if (fixed == 8) {
        regex.append(value[k]);
      } else if (fixed == 0) {
        regex.append("\\d{1,3}");
      } else {
        int mask = 0xFF << (8 - fixed) & 0xFF;
        int low = value[k] & mask;
        List<String> values = new ArrayList<>();
        for (int v = low; v <= (low | ~mask & 0xFF); v++) {
          values.add(Integer.toString(v));
        }
        regex.append('(').append(String.join("|", values)).append(')');
      }
    }
    return regex.toString();
  }

  private static IllegalArgumentException invalid(String entry, String why) {
    return new IllegalArgumentException(
        "onemap.proxy.trusted: '" + entry + "' is " + why + "; give addresses or IPv4 CIDR blocks");
  }
}
