package io.github.vnetkit.benchmarks;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * The naive baseline of {@link CarveBenchmark}: tries every aligned candidate block in address
 * order and checks it against every existing subnet. It keeps the existing subnets as primitive
 * ranges in input order, so it measures the scan, not object overhead.
 */
final class NaiveCarver {

  private final long[] spaceLo;
  private final long[] spaceHi;
  private final long[] lo;
  private final long[] hi;

  NaiveCarver(List<Cidr> addressSpaces, List<Cidr> existing) {
    List<Cidr> spaces = addressSpaces.stream().sorted().toList();
    spaceLo = spaces.stream().mapToLong(c -> c.toIpv4Block().longValue()).toArray();
    spaceHi = spaces.stream().mapToLong(c -> c.toIpv4Block().upperLongValue()).toArray();
    lo = existing.stream().mapToLong(c -> c.toIpv4Block().longValue()).toArray();
    hi = existing.stream().mapToLong(c -> c.toIpv4Block().upperLongValue()).toArray();
  }

  /** The lowest free aligned /prefixLength block, found by scanning candidates one by one. */
  Optional<Cidr> nextFree(int prefixLength) {
    long size = 1L << (32 - prefixLength);
    for (int s = 0; s < spaceLo.length; s++) {
      for (long start = (spaceLo[s] + size - 1) & -size;
          start + size - 1 <= spaceHi[s];
          start += size) {
        if (isFree(start, start + size - 1)) {
          return Optional.of(Cidr.containing(new IPv4Address((int) start), prefixLength));
        }
      }
    }
    return Optional.empty();
  }

  private boolean isFree(long start, long end) {
    for (int i = 0; i < lo.length; i++) {
      if (lo[i] <= end && hi[i] >= start) {
        return false;
      }
    }
    return true;
  }
}
