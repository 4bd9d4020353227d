package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An IP prefix in CIDR notation whose address is the network address of the block, such as {@code
 * 10.0.1.0/26} or {@code 2001:db8::/64}.
 *
 * <p>All address arithmetic is done by <a href="https://seancfoley.github.io/IPAddress/">IPAddress
 * </a>; {@link #block()} exposes the prefix block for callers that need more. IPv4 text must be a
 * plain dotted quad without leading zeros ({@code 010.0.0.0/8} and {@code 10.1/16} are rejected,
 * because platforms read them differently), and so must an IPv4 address embedded in IPv6; IPv6
 * wildcards, ranges, masks and zones are rejected too. Instances compare IPv4 before IPv6, then by
 * network address, then shorter prefix first, so sorted collections of prefixes are deterministic.
 *
 * <pre>{@code
 * Cidr subnet = Cidr.parse("10.0.1.0/26");
 * subnet.prefixLength();                   // 26
 * subnet.addressCount();                   // 64
 * subnet.contains(Cidr.parse("10.0.1.0/28")); // true
 * Cidr.parse("10.0.1.5/26"); // IllegalArgumentException: ... did you mean 10.0.1.0/26?
 * }</pre>
 */
public final class Cidr implements Comparable<Cidr> {

  private static final Pattern IPV4_CIDR =
      Pattern.compile(
          "(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})"
              + "\\.(0|[1-9][0-9]{0,2})/(0|[1-9][0-9]?)");

  private static final Comparator<Cidr> ORDER =
      Comparator.<Cidr, Boolean>comparing(c -> !c.isIpv4())
          .thenComparing(c -> c.block.getLower().getValue())
          .thenComparingInt(Cidr::prefixLength);

  private final IPAddress block;

  private Cidr(IPAddress block) {
    this.block = block;
  }

  /**
   * Parses CIDR text such as {@code "10.0.1.0/26"} or {@code "2001:db8::/64"}.
   *
   * @throws IllegalArgumentException if {@code text} is not an IP prefix with an explicit prefix
   *     length, or if host bits are set ({@code "10.0.1.5/26"}); the message quotes the text and,
   *     for host bits, suggests the network address
   */
  public static Cidr parse(String text) {
    requireNonNull(text, "text");
    Matcher ipv4 = IPV4_CIDR.matcher(text);
    IPAddress address;
    if (ipv4.matches()) {
      for (int group = 1; group <= 4; group++) {
        checkArgument(
            Integer.parseInt(ipv4.group(group)) <= 255,
            "prefix '%s' is not a valid IPv4 prefix: octet %s is out of range 0..255",
            text,
            ipv4.group(group));
      }
      checkArgument(
          Integer.parseInt(ipv4.group(5)) <= 32,
          "prefix '%s' is not a valid IPv4 prefix: prefix length (%s) must be between 0 and 32",
          text,
          ipv4.group(5));
      address = strictParse(text);
    } else {
      checkArgument(
          text.contains(":"),
          "prefix '%s' is not a valid IP prefix: expected CIDR notation such as 10.0.1.0/26"
              + " (dotted-quad IPv4 without leading zeros) or 2001:db8::/64",
          text);
      address = strictParse(text);
      checkArgument(
          address.isIPv6(),
          "prefix '%s' is not a valid IP prefix: expected CIDR notation such as 10.0.1.0/26",
          text);
    }
    return of(address, text);
  }

  /** Like {@link #parse(String)}, but returns empty instead of throwing for invalid text. */
  public static Optional<Cidr> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the prefix for an IPAddress prefix block, such as {@code new
   * IPAddressString("10.0.0.0/8").getAddress()}.
   *
   * @throws IllegalArgumentException if {@code block} has no prefix length, or is not the whole
   *     block of its prefix (host bits set), or is a range that is not a single prefix block
   */
  public static Cidr of(IPAddress block) {
    requireNonNull(block, "block");
    return of(block, block.toString());
  }

  /**
   * Returns the prefix of length {@code prefixLength} that contains {@code address}: {@code
   * Cidr.containing(10.0.1.77, 26)} is {@code 10.0.1.64/26}.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is out of range for the address
   *     version, or {@code address} is not a single address
   */
  public static Cidr containing(IPAddress address, int prefixLength) {
    requireNonNull(address, "address");
    checkArgument(!address.isMultiple(), "address '%s' must be a single address", address);
    checkArgument(
        prefixLength >= 0 && prefixLength <= address.getBitCount(),
        "prefixLength (%s) must be between 0 and %s for %s",
        prefixLength,
        address.getBitCount(),
        address);
    return new Cidr(address.setPrefixLength(prefixLength, false).toPrefixBlock());
  }

  private static IPAddress strictParse(String text) {
    try {
      return new IPAddressString(text, IpAddresses.STRICT).toAddress();
    } catch (AddressStringException e) {
      throw new IllegalArgumentException(
          "prefix '" + text + "' is not a valid IP prefix: " + e.getMessage(), e);
    }
  }

  private static Cidr of(IPAddress address, String text) {
    Integer prefix = address.getNetworkPrefixLength();
    checkArgument(
        prefix != null,
        "prefix '%s' has no prefix length: expected CIDR notation such as 10.0.1.0/26",
        text);
    IPAddress lower = address.getLower();
    IPAddress expected = lower.toPrefixBlock();
    checkArgument(
        address.isPrefixBlock() && address.equals(expected),
        "prefix '%s' is not a network address; did you mean %s?",
        text,
        expected.toCanonicalString());
    return new Cidr(expected);
  }

  /** The IPAddress prefix block, for callers that need IPAddress's full API. */
  public IPAddress block() {
    return block;
  }

  /** The network (first) address of the block, without prefix length. */
  public IPAddress networkAddress() {
    return block.getLower().withoutPrefixLength();
  }

  /** The last address of the block (the broadcast address for IPv4), without prefix length. */
  public IPAddress lastAddress() {
    return block.getUpper().withoutPrefixLength();
  }

  /** The prefix length: 26 for {@code 10.0.1.0/26}. */
  public int prefixLength() {
    Integer prefix = block.getNetworkPrefixLength();
    return prefix == null ? block.getBitCount() : prefix;
  }

  /** Whether this is an IPv4 prefix. */
  public boolean isIpv4() {
    return block.isIPv4();
  }

  /** Whether this is an IPv6 prefix. */
  public boolean isIpv6() {
    return block.isIPv6();
  }

  /**
   * Returns this prefix's block as an IPv4 address.
   *
   * @throws IllegalStateException if this is an IPv6 prefix
   */
  public IPv4Address toIpv4Block() {
    if (!block.isIPv4()) {
      throw new IllegalStateException("prefix '" + this + "' is IPv6; an IPv4 prefix was expected");
    }
    return block.toIPv4();
  }

  /**
   * Returns this prefix after checking that it is IPv4.
   *
   * @param what names the value in the exception message, such as {@code "subnet addressPrefix"}
   * @throws IllegalArgumentException if this is an IPv6 prefix
   */
  public Cidr requireIpv4(String what) {
    checkArgument(isIpv4(), "%s '%s' is IPv6; an IPv4 prefix was expected", what, this);
    return this;
  }

  /** The number of addresses in the block: 64 for a /26. */
  public BigInteger addressCount() {
    return block.getCount();
  }

  /** Whether {@code other} lies entirely inside this prefix (a prefix contains itself). */
  public boolean contains(Cidr other) {
    return block.getIPVersion() == other.block.getIPVersion() && block.contains(other.block);
  }

  /** Whether {@code address} lies inside this prefix. */
  public boolean contains(IPAddress address) {
    return block.getIPVersion() == address.getIPVersion() && block.contains(address);
  }

  /** Whether the two prefixes share any address (for prefix blocks: one contains the other). */
  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  @Override
  public int compareTo(Cidr other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Cidr other && other.block.equals(block);
  }

  @Override
  public int hashCode() {
    return block.hashCode();
  }

  /** The canonical CIDR text, such as {@code 10.0.1.0/26} or {@code 2001:db8::/64}. */
  @Override
  public String toString() {
    return block.toCanonicalString();
  }
}
