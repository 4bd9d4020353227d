package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The source or destination of a network security rule: any address ({@code *}), an IPv4 prefix (a
 * single address is a {@code /32}), or a service tag such as {@code VirtualNetwork} or {@code
 * Storage.WestEurope}.
 *
 * <pre>{@code
 * SecurityRuleAddress.parse("*").isAny();                 // true
 * SecurityRuleAddress.parse("10.0.0.4").prefix();         // Optional[10.0.0.4/32]
 * SecurityRuleAddress.parse("10.1.0.0/16").prefix();      // Optional[10.1.0.0/16]
 * SecurityRuleAddress.parse("Storage").serviceTag();      // Optional[Storage]
 * SecurityRuleAddress.parse("10.1.0.1/16");               // IllegalArgumentException
 * }</pre>
 */
public final class SecurityRuleAddress implements Comparable<SecurityRuleAddress> {

  private static final SecurityRuleAddress ANY = new SecurityRuleAddress(null, null);

  private final @Nullable Cidr prefix;
  private final @Nullable ServiceTag tag;

  private SecurityRuleAddress(@Nullable Cidr prefix, @Nullable ServiceTag tag) {
    this.prefix = prefix;
    this.tag = tag;
  }

  /** Any address ({@code *}). */
  public static SecurityRuleAddress any() {
    return ANY;
  }

  /**
   * The IPv4 prefix {@code prefix}.
   *
   * @throws IllegalArgumentException if {@code prefix} is IPv6
   */
  public static SecurityRuleAddress of(Cidr prefix) {
    requireNonNull(prefix, "prefix").requireIpv4("security rule address prefix");
    return new SecurityRuleAddress(prefix, null);
  }

  /** The service tag {@code tag}. */
  public static SecurityRuleAddress of(ServiceTag tag) {
    return new SecurityRuleAddress(null, requireNonNull(tag, "tag"));
  }

  /**
   * Parses {@code *}, an IPv4 prefix ({@code 10.1.0.0/16}), a single IPv4 address ({@code
   * 10.0.0.4}, read as a {@code /32}) or a service tag name.
   *
   * @throws IllegalArgumentException if {@code text} is none of these; the message quotes it
   */
  public static SecurityRuleAddress parse(String text) {
    requireNonNull(text, "text");
    if (text.equals("*")) {
      return ANY;
    }
    if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
      if (text.contains("/")) {
        return of(Cidr.parse(text));
      }
      return of(Cidr.containing(IpAddresses.parseIpv4(text), 32));
    }
    Optional<ServiceTag> tag = ServiceTag.tryParse(text);
    checkArgument(
        tag.isPresent(),
        "security rule address '%s' is not valid; expected '*', an IPv4 prefix such as"
            + " 10.1.0.0/16, an IPv4 address or a service tag such as VirtualNetwork",
        text);
    return of(tag.get());
  }

  /** Whether this is any address ({@code *}). */
  public boolean isAny() {
    return prefix == null && tag == null;
  }

  /** The IPv4 prefix, if this is one. */
  public Optional<Cidr> prefix() {
    return Optional.ofNullable(prefix);
  }

  /** The service tag, if this is one. */
  public Optional<ServiceTag> serviceTag() {
    return Optional.ofNullable(tag);
  }

  private int rank() {
    return isAny() ? 0 : prefix != null ? 1 : 2;
  }

  /** Any first, then prefixes in {@link Cidr} order, then tags by name. */
  @Override
  public int compareTo(SecurityRuleAddress other) {
    int c = Integer.compare(rank(), other.rank());
    if (c != 0) {
      return c;
    }
    if (prefix != null && other.prefix != null) {
      return prefix.compareTo(other.prefix);
    }
    if (tag != null && other.tag != null) {
      return tag.compareTo(other.tag);
    }
    return 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SecurityRuleAddress other
        && Objects.equals(other.prefix, prefix)
        && Objects.equals(other.tag, tag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prefix, tag);
  }

  /** {@code *}, the prefix ({@code 10.1.0.0/16}) or the tag name. */
  @Override
  public String toString() {
    if (prefix != null) {
      return prefix.toString();
    }
    return tag != null ? tag.toString() : "*";
  }
}
