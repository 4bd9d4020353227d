package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places IPv4 blocks of given prefix lengths inside an address space without overlap: largest
 * blocks first, each at the next aligned position, after up to {@code gap} skipped blocks of its
 * own size when room remains. Because sizes are powers of two placed in decreasing order, every
 * position is aligned and the blocks fit whenever their total size does. Cost: O(n log n).
 */
final class SubnetAllocator {

  private SubnetAllocator() {}

  /**
   * Allocates one block per prefix length.
   *
   * @param gaps blocks to skip before each block, same order as {@code prefixes}; clamped so that
   *     everything still fits
   * @return the blocks, in the order of {@code prefixes}
   * @throws IllegalArgumentException if the blocks cannot fit inside {@code space}
   */
  static List<Cidr> allocate(Cidr space, List<Integer> prefixes, List<Integer> gaps) {
    checkArgument(space.isIpv4(), "address space %s must be IPv4", space);
    long spaceSize = 1L << (32 - space.prefixLength());
    long total = 0;
    for (int p : prefixes) {
      checkArgument(
          p >= space.prefixLength() && p <= 32,
          "subnet prefix /%s does not fit inside address space %s",
          p,
          space);
      total += 1L << (32 - p);
    }
    checkArgument(
        total <= spaceSize,
        "subnets of prefix lengths %s need %s addresses; address space %s has %s",
        prefixes,
        total,
        space,
        spaceSize);
    Integer[] order = new Integer[prefixes.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(prefixes::get));
    long base = space.toIpv4Block().getLower().longValue();
    Cidr[] placed = new Cidr[prefixes.size()];
    long cursor = 0;
    long remaining = total;
    for (int i : order) {
      long size = 1L << (32 - prefixes.get(i));
      long gap = i < gaps.size() ? Math.max(0, gaps.get(i)) : 0;
      long maxGap = (spaceSize - cursor - remaining) / size;
      long start = cursor + Math.min(gap, maxGap) * size;
      placed[i] = Cidr.containing(new IPv4Address((int) (base + start)), prefixes.get(i));
      cursor = start + size;
      remaining -= size;
    }
    return new ArrayList<>(Arrays.asList(placed));
  }
}
