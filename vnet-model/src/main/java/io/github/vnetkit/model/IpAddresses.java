package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressStringParameters;
import inet.ipaddr.ipv6.IPv6AddressStringParameters;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parsing of single IP addresses (DNS servers, next-hop addresses, flow destinations), strict in
 * the same way as {@link Cidr}: IPv4 must be a dotted quad without leading zeros (also when
 * embedded in IPv6, as in {@code ::ffff:10.0.0.1}); wildcards, ranges, masks and IPv6 zones are
 * rejected.
 *
 * <pre>{@code
 * IPv4Address dns = IpAddresses.parseIpv4("10.0.0.4");
 * IpAddresses.parse("2001:db8::1");
 * IpAddresses.parseIpv4("10.0.0.4/32"); // IllegalArgumentException: ... no prefix length
 * }</pre>
 */
public final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  /**
   * IPAddress parsing options shared with {@link Cidr}: plain addresses with an optional prefix
   * length only. IPAddress's defaults also accept wildcards and ranges ({@code 2001:db8::*}),
   * masks, zones, base-85, binary and inet_aton forms, and read a leading zero in an embedded IPv4
   * address as octal ({@code ::ffff:010.0.0.1} is {@code ::ffff:8.0.0.1}).
   */
  static final IPAddressStringParameters STRICT = strictParameters();

  private IpAddresses() {}

  private static IPAddressStringParameters strictParameters() {
    IPAddressStringParameters.Builder builder =
        new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .allowMask(false)
            .allowPrefixOnly(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .allow_inet_aton(false);
    strictIpv4(builder.getIPv4AddressParametersBuilder());
    IPv6AddressStringParameters.Builder ipv6 = builder.getIPv6AddressParametersBuilder();
    ipv6.allowZone(false)
        .allowEmptyZone(false)
        .allowBase85(false)
        .allowBinary(false)
        .allow_mixed_inet_aton(false)
        .allowPrefixesBeyondAddressSize(false)
        .allowWildcardedSeparator(false)
        .setRangeOptions(RangeParameters.NO_RANGE);
    strictIpv4(ipv6.getEmbeddedIPv4AddressParametersBuilder());
    return builder.toParams();
  }

  private static void strictIpv4(IPv4AddressStringParameters.Builder ipv4) {
    ipv4.allow_inet_aton(false)
        .allowBinary(false)
        .allowLeadingZeros(false)
        .allowPrefixesBeyondAddressSize(false)
        .allowWildcardedSeparator(false)
        .setRangeOptions(RangeParameters.NO_RANGE);
  }

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
      return new IPAddressString(text, STRICT).toAddress();
    } catch (AddressStringException e) {
      throw new IllegalArgumentException(
          "address '" + text + "' is not a valid IP address: " + e.getMessage(), e);
    }
  }
}
