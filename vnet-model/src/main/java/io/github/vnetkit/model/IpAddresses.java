package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parsing of single IP addresses (DNS servers, next-hop addresses, flow destinations), strict in
 * the same way as {@link Cidr}: IPv4 must be a dotted quad without leading zeros.
 *
 * <pre>{@code
 * IPv4Address dns = IpAddresses.parseIpv4("10.0.0.4");
 * IpAddresses.parse("2001:db8::1");
 * IpAddresses.parseIpv4("10.0.0.4/32"); // IllegalArgumentException: not a single address
 * }</pre>
 */
public final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private IpAddresses() {}

  /**
   * Parses a single IPv4 or IPv6 address without prefix length.
   *
   * @throws IllegalArgumentException if {@code text} is not a single IP address; the message quotes
   *     it
   */
  public static IPAddress parse(String text) {
    requireNonNull(text, "text");
    if (IPV4.matcher(text).matches()) {
      return parseIpv4(text);
    }
    checkArgument(
        text.contains(":") && !text.contains("/"),
        "address '%s' is not a single IP address; expected a dotted-quad IPv4 address such as"
            + " 10.0.0.4 (no leading zeros) or an IPv6 address",
        text);
    IPAddress address = toAddress(text);
    checkArgument(
        address.isIPv6() && !address.isMultiple(), "address '%s' is not a single IP address", text);
    return address;
  }

  /**
   * Parses a single dotted-quad IPv4 address such as {@code 10.0.0.4}.
   *
   * @throws IllegalArgumentException if {@code text} is not one; the message quotes it
   */
  public static IPv4Address parseIpv4(String text) {
    requireNonNull(text, "text");
    checkArgument(
        IPV4.matcher(text).matches(),
        "address '%s' is not an IPv4 address; expected a dotted quad such as 10.0.0.4 (no leading"
            + " zeros, no prefix length)",
        text);
    return toAddress(text).toIPv4();
  }

  /** Like {@link #parse(String)}, but returns empty instead of throwing. */
  public static Optional<IPAddress> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static IPAddress toAddress(String text) {
    try {
      return new IPAddressString(text).toAddress();
    } catch (AddressStringException e) {
      throw new IllegalArgumentException(
          "address '" + text + "' is not a valid IP address: " + e.getMessage(), e);
    }
  }
}
