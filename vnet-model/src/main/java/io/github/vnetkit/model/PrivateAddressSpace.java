package io.github.vnetkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.IPAddress;
import java.util.List;

/**
 * The IPv4 private address ranges the platform treats specially: the RFC 1918 ranges, which enter
 * the VNet without application traffic routing (SPEC APP-2) and get a {@code None} system route
 * outside the VNet's space (NR-3), and the RFC 6598 shared address space, which gets the same
 * {@code None} route (NR-3) but is not RFC 1918.
 *
 * <p>The constants are immutable and the methods are pure, so the class is thread-safe.
 *
 * <pre>{@code
 * PrivateAddressSpace.RFC1918;            // [10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]
 * PrivateAddressSpace.isRfc1918(IpAddresses.parse("172.31.0.4"));  // true
 * PrivateAddressSpace.isRfc1918(IpAddresses.parse("100.64.0.1"));  // false: shared address space
 * PrivateAddressSpace.isRfc1918(Cidr.parse("192.168.4.0/24"));     // true: the whole block
 * }</pre>
 */
public final class PrivateAddressSpace {

  /**
   * The RFC 1918 ranges, in address order: {@code 10.0.0.0/8}, {@code 172.16.0.0/12} and {@code
   * 192.168.0.0/16} (SPEC APP-2, NR-3). The list is immutable.
   */
  public static final List<Cidr> RFC1918 =
      ImmutableList.of(
          Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));

  /**
   * The RFC 6598 shared address space {@code 100.64.0.0/10}: not RFC 1918, but routed to {@code
   * None} outside the VNet's space like the RFC 1918 ranges (SPEC NR-3).
   */
  public static final Cidr SHARED_ADDRESS_SPACE = Cidr.parse("100.64.0.0/10");

  private PrivateAddressSpace() {}

  /**
   * Whether {@code address} lies in one of the {@link #RFC1918} ranges; for an address block,
   * whether every address of it does. IPv6 addresses are never RFC 1918.
   *
   * @throws NullPointerException if {@code address} is null
   */
  public static boolean isRfc1918(IPAddress address) {
    requireNonNull(address, "address");
    for (Cidr range : RFC1918) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the whole of {@code prefix} lies in one of the {@link #RFC1918} ranges: {@code
   * 172.16.0.0/12} does, {@code 172.0.0.0/8} (which only overlaps one) does not.
   *
   * @throws NullPointerException if {@code prefix} is null
   */
  public static boolean isRfc1918(Cidr prefix) {
    requireNonNull(prefix, "prefix");
    for (Cidr range : RFC1918) {
      if (range.contains(prefix)) {
        return true;
      }
    }
    return false;
  }
}
