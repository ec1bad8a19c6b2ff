package nl.migstat.fetch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 address or CIDR range of a {@code no_proxy} entry ({@code 10.0.0.0/8}), as curl reads it.
 */
final class Ipv4Range {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");

  private Ipv4Range() {}

  /** Whether {@code host} is an IPv4 address inside the address or range {@code entry}. */
  static boolean contains(String entry, String host) {
    Matcher range = IPV4.matcher(entry);
    Matcher address = IPV4.matcher(host);
    if (!range.matches() || !address.matches() || address.group(5) != null) {
      return false;
    }
    int bits = range.group(5) == null ? 32 : Integer.parseInt(range.group(5));
    if (bits > 32) {
      return false;
    }
    long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
    long net = value(range);
    long ip = value(address);
    return net >= 0 && ip >= 0 && (net & mask) == (ip & mask);
  }

  private static long value(Matcher m) {
    long v = 0;
    for (int i = 1; i <= 4; i++) {
      int octet = Integer.parseInt(m.group(i));
      if (octet > 255) {
        return -1;
      }
      v = (v << 8) | octet;
    }
    return v;
  }
}
