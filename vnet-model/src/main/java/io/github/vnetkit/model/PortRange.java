package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An inclusive range of TCP/UDP ports, as a security rule writes it: {@code *} (every port, 0 to
 * 65535), one port ({@code 443}) or a range ({@code 1000-2000}).
 *
 * <pre>{@code
 * PortRange.parse("*").isAny();          // true
 * PortRange.parse("1000-2000").contains(1500); // true
 * PortRange.of(443).toString();          // "443"
 * PortRange.of(2000, 1000);              // IllegalArgumentException
 * }</pre>
 */
public final class PortRange implements Comparable<PortRange> {

  /** The highest port number. */
  public static final int MAX_PORT = 65535;

  private static final PortRange ANY = new PortRange(0, MAX_PORT);
  private static final Pattern RANGE = Pattern.compile("([0-9]{1,5})(?:-([0-9]{1,5}))?");
  private static final Comparator<PortRange> ORDER =
      Comparator.comparingInt(PortRange::from).thenComparingInt(PortRange::to);

  private final int from;
  private final int to;

  private PortRange(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /** Every port, 0 to 65535 ({@code *}). */
  public static PortRange any() {
    return ANY;
  }

  /**
   * The single port {@code port}.
   *
   * @throws IllegalArgumentException if {@code port} is not between 0 and 65535
   */
  public static PortRange of(int port) {
    return of(port, port);
  }

  /**
   * The ports {@code from} to {@code to}, both included.
   *
   * @throws IllegalArgumentException if a bound is not between 0 and 65535, or {@code from > to}
   */
  public static PortRange of(int from, int to) {
    checkPort(from, "from");
    checkPort(to, "to");
    checkArgument(from <= to, "port range %s-%s is empty: from must not exceed to", from, to);
    return from == 0 && to == MAX_PORT ? ANY : new PortRange(from, to);
  }

  /**
   * Parses {@code *}, {@code 443} or {@code 1000-2000}.
   *
   * @throws IllegalArgumentException if {@code text} is none of these, or a port is out of range;
   *     the message quotes the text
   */
  public static PortRange parse(String text) {
    requireNonNull(text, "text");
    if (text.equals("*")) {
      return ANY;
    }
    Matcher m = RANGE.matcher(text);
    checkArgument(
        m.matches(),
        "port range '%s' is not valid; expected '*', a port such as 443 or a range"
            + " such as 1000-2000",
        text);
    int from = Integer.parseInt(m.group(1));
    String toText = m.group(2);
    int to = toText == null ? from : Integer.parseInt(toText);
    checkArgument(
        from <= MAX_PORT && to <= MAX_PORT && from <= to,
        "port range '%s' is not valid; ports must be between 0 and 65535, lowest first",
        text);
    return of(from, to);
  }

  private static void checkPort(int port, String what) {
    checkArgument(
        port >= 0 && port <= MAX_PORT, "port %s (%s) must be between 0 and 65535", what, port);
  }

  /** The first port of the range. */
  public int from() {
    return from;
  }

  /** The last port of the range (included). */
  public int to() {
    return to;
  }

  /** Whether this is every port ({@code *}). */
  public boolean isAny() {
    return from == 0 && to == MAX_PORT;
  }

  /** Whether {@code port} lies in this range. */
  public boolean contains(int port) {
    return port >= from && port <= to;
  }

  @Override
  public int compareTo(PortRange other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PortRange other && other.from == from && other.to == to;
  }

  @Override
  public int hashCode() {
    return from * 65537 + to;
  }

  /** {@code *}, {@code 443} or {@code 1000-2000}. */
  @Override
  public String toString() {
    if (isAny()) {
      return "*";
    }
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
