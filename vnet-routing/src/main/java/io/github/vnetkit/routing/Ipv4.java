package io.github.vnetkit.routing;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;

/**
 * IPv4 arithmetic on plain numbers: an address is an {@code int} (its 32 bits) or, where unsigned
 * order matters, a {@code long} in 0..2^32-1.
 */
final class Ipv4 {

  /** The largest address, 255.255.255.255, as an unsigned long. */
  static final long MAX = 0xFFFF_FFFFL;

  private Ipv4() {}

  /** The address as an unsigned long. */
  static long value(IPv4Address address) {
    return address.longValue();
  }

  /** The first address of an IPv4 prefix, as an unsigned long. */
  static long first(Cidr prefix) {
    return prefix.toIpv4Block().getLower().longValue();
  }

  /** The last address of an IPv4 prefix, as an unsigned long. */
  static long last(Cidr prefix) {
    return prefix.toIpv4Block().getUpper().longValue();
  }

  /** The address for an unsigned value. */
  static IPv4Address address(long value) {
    return new IPv4Address((int) value);
  }

  /** Whether {@code address} (32 bits) lies in RFC 1918 private space. */
  static boolean isRfc1918(int address) {
    return (address & 0xFF00_0000) == 0x0A00_0000
        || (address & 0xFFF0_0000) == 0xAC10_0000
        || (address & 0xFFFF_0000) == 0xC0A8_0000;
  }

  /** The RFC 1918 block containing {@code address}; only for addresses where isRfc1918 holds. */
  static int rfc1918Block(int address) {
    if ((address & 0xFF00_0000) == 0x0A00_0000) {
      return 0;
    }
    return (address & 0xFFF0_0000) == 0xAC10_0000 ? 1 : 2;
  }

  /** Whether {@code address} lies in 100.64.0.0/10 (RFC 6598 shared address space). */
  static boolean isSharedAddressSpace(int address) {
    return (address & 0xFFC0_0000) == 0x6440_0000;
  }
}
