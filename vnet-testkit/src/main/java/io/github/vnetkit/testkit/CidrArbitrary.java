package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import io.github.vnetkit.model.Cidr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates IP prefixes (network addresses, never host bits) inside a container prefix, by default
 * IPv4 inside {@code 10.0.0.0/8} with prefix lengths from the container's length to /29. Prefix
 * lengths /28 and /26 (the integration and multi-plan-join minimums, SPEC CAP-7) are drawn often;
 * shrinking goes towards /28 (or the bound of the range nearest to it) and towards the first block
 * of the container. Immutable: every knob returns a new arbitrary.
 *
 * <pre>{@code
 * VnetArbitraries.cidrs().withPrefixBetween(24, 28).inside(Cidr.parse("10.1.0.0/16"));
 * VnetArbitraries.cidrs().ipv6(); // inside 2001:db8::/32, /32 to /64
 * }</pre>
 */
public final class CidrArbitrary extends ArbitraryDecorator<Cidr> {

  static final Cidr DEFAULT_IPV4_CONTAINER = Cidr.parse("10.0.0.0/8");
  static final Cidr DEFAULT_IPV6_CONTAINER = Cidr.parse("2001:db8::/32");

  private final @Nullable Cidr container;
  private final int minPrefix;
  private final int maxPrefix;
  private final boolean explicitRange;

  CidrArbitrary() {
    this(null, 0, 0, false);
  }

  private CidrArbitrary(
      @Nullable Cidr container, int minPrefix, int maxPrefix, boolean explicitRange) {
    if (container != null && explicitRange) {
      int bits = container.isIpv4() ? 32 : 128;
      checkArgument(
          minPrefix >= container.prefixLength() && maxPrefix <= bits,
          "prefix lengths %s..%s do not fit inside container %s: they must lie between /%s and"
              + " /%s",
          minPrefix,
          maxPrefix,
          container,
          container.prefixLength(),
          bits);
    }
    this.container = container;
    this.minPrefix = minPrefix;
    this.maxPrefix = maxPrefix;
    this.explicitRange = explicitRange;
  }

  /**
   * Only prefix lengths from {@code min} to {@code max} inclusive. Without {@link #inside(Cidr)}, a
   * range beyond /32 means IPv6, and a range shorter than the default container widens it.
   *
   * @throws IllegalArgumentException if {@code min > max}, a bound is outside 0..128, or the range
   *     does not fit inside a container given with {@link #inside(Cidr)} or {@link #ipv6()}
   */
  public CidrArbitrary withPrefixBetween(int min, int max) {
    Genes.checkBounds("prefix lengths", min, max, 0, 128);
    return new CidrArbitrary(container, min, max, true);
  }

  /**
   * Only prefixes inside {@code container} (which may be IPv4 or IPv6).
   *
   * @throws IllegalArgumentException if a prefix range given with {@link #withPrefixBetween(int,
   *     int)} does not fit inside it
   */
  public CidrArbitrary inside(Cidr container) {
    requireNonNull(container, "container");
    return new CidrArbitrary(container, minPrefix, maxPrefix, explicitRange);
  }

  /**
   * IPv6 prefixes inside {@code 2001:db8::/32} (the documentation range), /32 to /64 by default:
   * the same as {@code inside(Cidr.parse("2001:db8::/32"))}.
   *
   * @throws IllegalArgumentException if a prefix range given with {@link #withPrefixBetween(int,
   *     int)} does not fit inside it
   */
  public CidrArbitrary ipv6() {
    return inside(DEFAULT_IPV6_CONTAINER);
  }

  /** The container: as given, else the default of the family the range implies. */
  Cidr effectiveContainer() {
    if (container != null) {
      return container;
    }
    if (explicitRange && maxPrefix > 32) {
      return minPrefix >= 32
          ? DEFAULT_IPV6_CONTAINER
          : Cidr.containing(DEFAULT_IPV6_CONTAINER.networkAddress(), minPrefix);
    }
    return explicitRange && minPrefix < 8
        ? Cidr.containing(DEFAULT_IPV4_CONTAINER.networkAddress(), minPrefix)
        : DEFAULT_IPV4_CONTAINER;
  }

  /** The effective shortest prefix length. */
  int effectiveMin() {
    return explicitRange ? minPrefix : effectiveContainer().prefixLength();
  }

  /** The effective longest prefix length. */
  int effectiveMax() {
    if (explicitRange) {
      return maxPrefix;
    }
    Cidr c = effectiveContainer();
    return Math.max(c.prefixLength(), c.isIpv4() ? 29 : 64);
  }

  @Override
  protected Arbitrary<Cidr> arbitrary() {
    Cidr c = effectiveContainer();
    Arbitrary<Integer> prefixes =
        prefixLengths(effectiveMin(), effectiveMax(), c.isIpv4() ? 28 : 64);
    return Combinators.combine(prefixes, blockIndexes())
        .as((prefix, index) -> block(c, prefix, index));
  }

  /**
   * Prefix lengths in {@code [min, max]}, shrinking towards {@code preferred} clamped to the range,
   * with /28 and /26 drawn often when they are in range.
   */
  static Arbitrary<Integer> prefixLengths(int min, int max, int preferred) {
    int target = Math.max(min, Math.min(max, preferred));
    List<Tuple2<Integer, Arbitrary<Integer>>> parts = new ArrayList<>();
    parts.add(Tuple.of(3, Arbitraries.just(target)));
    if (min <= 26 && 26 <= max && target != 26) {
      parts.add(Tuple.of(2, Arbitraries.just(26)));
    }
    if (min <= 28 && 28 <= max && target != 28) {
      parts.add(Tuple.of(2, Arbitraries.just(28)));
    }
    parts.add(Tuple.of(5, Arbitraries.integers().between(min, max).shrinkTowards(target)));
    return Arbitraries.frequencyOf(parts);
  }

  /** Block indexes; shrink to 0, the first block of the container. */
  static Arbitrary<Long> blockIndexes() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE);
  }

  /** The {@code index mod blocks}-th block of length {@code prefix} inside {@code container}. */
  static Cidr block(Cidr container, int prefix, long index) {
    int bits = container.isIpv4() ? 32 : 128;
    BigInteger blocks = BigInteger.ONE.shiftLeft(prefix - container.prefixLength());
    BigInteger offset = BigInteger.valueOf(index).mod(blocks).shiftLeft(bits - prefix);
    BigInteger value = container.networkAddress().getValue().add(offset);
    IPAddress address =
        container.isIpv4() ? new IPv4Address(value.intValue()) : new IPv6Address(value);
    return Cidr.containing(address, prefix);
  }
}
