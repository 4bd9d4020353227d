package io.github.vnetkit.planner;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Finds free, aligned blocks for new integration subnets in a virtual network's IPv4 address
 * spaces, lowest address first, given the subnets that already exist.
 *
 * <p>The carver is an immutable index of the free space. Building it sorts the existing subnets
 * once and records the gaps between them inside each address space, with the largest aligned block
 * each gap holds, in a max segment tree. A query descends the tree to the first gap that holds a
 * block of the requested size, aligns to the block size within it, and hands just the range of the
 * blocks it takes to IPAddress's prefix-block operations ({@code spanWithPrefixBlocks}, {@code
 * prefixBlockIterator}); no address or candidate block is scanned one by one.
 *
 * <p>Cost: building is O(n log n) for n existing subnets (plus O(s log s) for s address spaces);
 * {@link #nextFree(int)} is O(log g) for g gaps (g &le; n + s); {@link #carve(int, int)} of k
 * blocks is O(k + j log g), where j is the number of gaps it takes blocks from; {@link
 * #isFree(Cidr)} is O(log g). Memory is O(n + s). For scale: with 10,000 existing subnets in a /8,
 * {@code nextFree(26)} takes microseconds once built (see {@code CarveBenchmark} in
 * vnet-benchmarks).
 *
 * <p>Thread-safety: instances are immutable after construction and safe to share and query from any
 * number of threads without synchronisation.
 *
 * <p>Inconsistent input (existing subnets that overlap, or lie outside the address spaces) is
 * reported by {@link #overlaps()} and {@link #outsideAddressSpaces()} and in every {@link
 * CarveResult}; every existing subnet still counts as taken.
 *
 * <pre>{@code
 * SubnetCarver carver = SubnetCarver.of(vnet);      // or of(addressSpaces, existingSubnets)
 * carver.nextFree(26);                              // Optional[10.0.2.0/26]
 * CarveResult r = carver.carve(28, 3);              // the three lowest free /28 blocks
 * r.exhausted();                                    // true if fewer than three were free
 * carver.isFree(Cidr.parse("10.0.9.0/26"));         // inside a space and overlapping nothing
 * }</pre>
 */
public final class SubnetCarver {

  /** The largest subnets carved: /2, Azure's largest subnet (CAP-7). */
  private static final int MIN_PREFIX = SubnetPlanner.LARGEST_AZURE_PREFIX_LENGTH;

  /** The smallest subnets carved: /28, the smallest integration subnet (CAP-7). */
  private static final int MAX_PREFIX = SubnetPlanner.EXISTING_SUBNET_MINIMUM_PREFIX_LENGTH;

  /** Sort keys pack (start, prefix length, input index); the index gets the low bits. */
  private static final int INDEX_BITS = 25;

  private final ImmutableList<Cidr> addressSpaces;
  private final ImmutableList<Cidr> existingSubnets;
  private final ImmutableList<SubnetOverlap> overlaps;
  private final ImmutableList<Cidr> outside;

  /** Free gaps, sorted and disjoint: [gapLo[i], gapHi[i]], unsigned addresses as longs. */
  private final long[] gapLo;

  private final long[] gapHi;

  /** Max segment tree over the gaps of log2(largest aligned block in the gap); -1 for padding. */
  private final byte[] tree;

  private final int leaves;

  private SubnetCarver(List<Cidr> spaces, List<Cidr> subnets) {
    checkArgument(
        subnets.size() < (1 << INDEX_BITS) && spaces.size() < (1 << INDEX_BITS),
        "existing subnets (%s) and address spaces (%s) must each be fewer than %s",
        subnets.size(),
        spaces.size(),
        1 << INDEX_BITS);
    // address spaces: sorted by start, no overlaps
    long[] spaceKeys = new long[spaces.size()];
    for (int i = 0; i < spaces.size(); i++) {
      spaceKeys[i] = sortKey(spaces.get(i), i);
    }
    Arrays.sort(spaceKeys);
    ImmutableList.Builder<Cidr> sortedSpaces = ImmutableList.builder();
    long[] spaceLo = new long[spaces.size()];
    long[] spaceHi = new long[spaces.size()];
    for (int i = 0; i < spaceKeys.length; i++) {
      Cidr space = spaces.get(indexOf(spaceKeys[i]));
      sortedSpaces.add(space);
      spaceLo[i] = spaceKeys[i] >>> (INDEX_BITS + 6);
      spaceHi[i] = spaceLo[i] + (1L << (32 - ((spaceKeys[i] >>> INDEX_BITS) & 63))) - 1;
      if (i > 0) {
        checkArgument(
            spaceLo[i] > spaceHi[i - 1],
            "address spaces %s and %s overlap",
            sortedSpaces.build().get(i - 1),
            space);
      }
    }
    this.addressSpaces = sortedSpaces.build();

    // existing subnets: sorted by start, containing blocks first; overlaps and strays reported
    long[] keys = new long[subnets.size()];
    for (int i = 0; i < subnets.size(); i++) {
      keys[i] = sortKey(subnets.get(i), i);
    }
    Arrays.sort(keys);
    ImmutableList.Builder<Cidr> sorted = ImmutableList.builderWithExpectedSize(keys.length);
    ImmutableList.Builder<SubnetOverlap> overlapping = ImmutableList.builder();
    ImmutableList.Builder<Cidr> strays = ImmutableList.builder();
    long[] takenLo = new long[keys.length];
    long[] takenHi = new long[keys.length];
    int taken = 0;
    Cidr cover = null;
    long coverHi = -1;
    int space = -1;
    for (long key : keys) {
      Cidr subnet = subnets.get(indexOf(key));
      sorted.add(subnet);
      long lo = key >>> (INDEX_BITS + 6);
      long hi = lo + (1L << (32 - ((key >>> INDEX_BITS) & 63))) - 1;
      if (cover != null && lo <= coverHi) {
        overlapping.add(SubnetOverlap.of(cover, subnet));
      }
      if (hi > coverHi) {
        coverHi = hi;
        cover = subnet;
      }
      while (space + 1 < spaceLo.length && spaceLo[space + 1] <= lo) {
        space++; // the last space starting at or before lo: both lists are sorted
      }
      if (space < 0 || spaceLo[space] > lo || hi > spaceHi[space]) {
        strays.add(subnet);
      }
      if (taken > 0 && lo <= takenHi[taken - 1]) {
        takenHi[taken - 1] = Math.max(takenHi[taken - 1], hi);
      } else {
        takenLo[taken] = lo;
        takenHi[taken] = hi;
        taken++;
      }
    }
    this.existingSubnets = sorted.build();
    this.overlaps = overlapping.build();
    this.outside = strays.build();

    // gaps: the free ranges inside each address space
    long[] lo = new long[taken + spaceLo.length];
    long[] hi = new long[taken + spaceLo.length];
    int gaps = 0;
    for (int s = 0; s < spaceLo.length; s++) {
      long cursor = spaceLo[s];
      // the first taken range that ends at or after the space's start
      int t = firstEndingAtOrAfter(takenHi, taken, spaceLo[s]);
      for (; t < taken && takenLo[t] <= spaceHi[s]; t++) {
        if (takenLo[t] > cursor) {
          lo[gaps] = cursor;
          hi[gaps] = takenLo[t] - 1;
          gaps++;
        }
        cursor = Math.max(cursor, takenHi[t] + 1);
      }
      if (cursor <= spaceHi[s]) {
        lo[gaps] = cursor;
        hi[gaps] = spaceHi[s];
        gaps++;
      }
    }
    this.gapLo = Arrays.copyOf(lo, gaps);
    this.gapHi = Arrays.copyOf(hi, gaps);

    int size = 1;
    while (size < Math.max(gaps, 1)) {
      size <<= 1;
    }
    this.leaves = size;
    this.tree = new byte[2 * size];
    Arrays.fill(tree, (byte) -1);
    for (int i = 0; i < gaps; i++) {
      tree[size + i] = (byte) largestAlignedBlockBits(gapLo[i], gapHi[i]);
    }
    for (int i = size - 1; i >= 1; i--) {
      tree[i] = (byte) Math.max(tree[2 * i], tree[2 * i + 1]);
    }
  }

  /**
   * A carver over {@code vnet}'s IPv4 address spaces and its subnets. IPv6 address spaces are
   * ignored: integration subnets are IPv4 (SPEC NET-2).
   */
  public static SubnetCarver of(VirtualNetwork vnet) {
    // VirtualNetwork guarantees disjoint spaces and subnets inside them, so nothing to report
    requireNonNull(vnet, "vnet");
    List<Cidr> spaces = new ArrayList<>();
    for (Cidr space : vnet.addressSpaces()) {
      if (space.isIpv4()) {
        spaces.add(space);
      }
    }
    List<Cidr> subnets = new ArrayList<>(vnet.subnets().size());
    for (Subnet subnet : vnet.subnets()) {
      subnets.add(subnet.addressPrefix());
    }
    return new SubnetCarver(spaces, subnets);
  }

  /**
   * A carver over IPv4 {@code addressSpaces}, with {@code existingSubnets} taken. Existing subnets
   * that overlap each other or lie outside the address spaces are accepted and reported (see {@link
   * #overlaps()}, {@link #outsideAddressSpaces()}).
   *
   * @throws IllegalArgumentException if a prefix is IPv6, two address spaces overlap, or there are
   *     2^25 or more existing subnets
   */
  public static SubnetCarver of(Collection<Cidr> addressSpaces, Collection<Cidr> existingSubnets) {
    requireNonNull(addressSpaces, "addressSpaces");
    requireNonNull(existingSubnets, "existingSubnets");
    List<Cidr> spaces = new ArrayList<>(addressSpaces.size());
    for (Cidr space : addressSpaces) {
      spaces.add(requireNonNull(space, "address space").requireIpv4("address space"));
    }
    List<Cidr> subnets = new ArrayList<>(existingSubnets.size());
    for (Cidr subnet : existingSubnets) {
      subnets.add(requireNonNull(subnet, "existing subnet").requireIpv4("existing subnet"));
    }
    return new SubnetCarver(spaces, subnets);
  }

  /** The IPv4 address spaces, sorted by address. */
  public List<Cidr> addressSpaces() {
    return addressSpaces;
  }

  /** The existing subnets, sorted by address (containing blocks first). */
  public List<Cidr> existingSubnets() {
    return existingSubnets;
  }

  /** Existing subnets that overlap each other, sorted by the inner subnet's address. */
  public List<SubnetOverlap> overlaps() {
    return overlaps;
  }

  /** Existing subnets that do not lie inside any address space, sorted by address. */
  public List<Cidr> outsideAddressSpaces() {
    return outside;
  }

  /** Whether the input was consistent: no overlaps, every subnet inside an address space. */
  public boolean inputConsistent() {
    return overlaps.isEmpty() && outside.isEmpty();
  }

  /**
   * The lowest free aligned /{@code prefixLength} block, or empty if none is left.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not between 2 and 28
   */
  public Optional<Cidr> nextFree(int prefixLength) {
    List<Cidr> blocks = carve(prefixLength, 1).blocks();
    return blocks.isEmpty() ? Optional.empty() : Optional.of(blocks.get(0));
  }

  /**
   * The {@code count} lowest free aligned /{@code prefixLength} blocks, lowest address first, or as
   * many as are free ({@link CarveResult#exhausted()} then says so). The blocks lie inside the
   * address spaces and overlap no existing subnet and no other block.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not between 2 and 28 (integration
   *     subnets are /28 or larger, Azure subnets at most /2; CAP-7) or {@code count} is below 1
   */
  public CarveResult carve(int prefixLength, int count) {
    checkArgument(
        prefixLength >= MIN_PREFIX && prefixLength <= MAX_PREFIX,
        "prefixLength (%s) must be between %s and %s: integration subnets are /%s or larger and"
            + " Azure subnets at most /%s (CAP-7)",
        prefixLength,
        MIN_PREFIX,
        MAX_PREFIX,
        MAX_PREFIX,
        MIN_PREFIX);
    checkArgument(count >= 1, "count (%s) must be at least 1", count);
    int bits = 32 - prefixLength;
    List<Cidr> blocks = new ArrayList<>(Math.min(count, 1024));
    for (int gap = firstGapHolding(0, bits);
        gap >= 0 && blocks.size() < count;
        gap = firstGapHolding(gap + 1, bits)) {
      takeBlocks(gap, prefixLength, count, blocks);
    }
    return CarveResult.builder()
        .prefixLength(prefixLength)
        .requested(count)
        .blocks(blocks)
        .overlaps(overlaps)
        .outsideAddressSpaces(outside)
        .build();
  }

  /**
   * Whether {@code block} is free: inside one address space and overlapping no existing subnet.
   *
   * @throws IllegalArgumentException if {@code block} is IPv6
   */
  public boolean isFree(Cidr block) {
    requireNonNull(block, "block").requireIpv4("block");
    long lo = lower(block);
    int gap = lastAtOrBefore(gapLo, gapLo.length, lo);
    return gap >= 0 && upper(block) <= gapHi[gap];
  }

  /**
   * Adds the aligned /prefixLength blocks of gap {@code gap} to {@code out}, lowest first, up to
   * {@code count} in all. Only the range of the blocks taken is handed to IPAddress, so the cost
   * follows the number of blocks taken, not the size of the gap.
   */
  private void takeBlocks(int gap, int prefixLength, int count, List<Cidr> out) {
    long size = 1L << (32 - prefixLength);
    long first = (gapLo[gap] + size - 1) & -size; // first aligned start inside the gap
    long last = ((gapHi[gap] + 1) & -size) - size; // last aligned start whose block fits
    long wanted = count - out.size();
    long end = Math.min(last, first + (wanted - 1) * size) + size - 1;
    IPv4Address lower = new IPv4Address((int) first);
    IPv4Address upper = new IPv4Address((int) end);
    // [first, end] is aligned to the block size, so every span is a /prefixLength or larger
    for (IPv4Address span : lower.spanWithPrefixBlocks(upper)) {
      Iterator<IPv4Address> it = span.setPrefixLength(prefixLength, false).prefixBlockIterator();
      while (it.hasNext()) {
        out.add(Cidr.containing(it.next().getLower().withoutPrefixLength(), prefixLength));
      }
    }
  }

  /** The first gap at index {@code from} or later holding an aligned 2^bits block, or -1. */
  private int firstGapHolding(int from, int bits) {
    if (from >= gapLo.length) {
      return -1;
    }
    return descend(1, 0, leaves - 1, from, bits);
  }

  private int descend(int node, int nodeLo, int nodeHi, int from, int bits) {
    if (nodeHi < from || tree[node] < bits) {
      return -1;
    }
    if (nodeLo == nodeHi) {
      return nodeLo;
    }
    int mid = (nodeLo + nodeHi) >>> 1;
    int left = descend(2 * node, nodeLo, mid, from, bits);
    return left >= 0 ? left : descend(2 * node + 1, mid + 1, nodeHi, from, bits);
  }

  /** log2 of the largest aligned block inside [lo, hi]. */
  static int largestAlignedBlockBits(long lo, long hi) {
    for (int bits = 32; bits > 0; bits--) {
      long size = 1L << bits;
      long start = (lo + size - 1) & -size;
      if (start + size - 1 <= hi) {
        return bits;
      }
    }
    return 0;
  }

  /** The index of the last of {@code sorted[0..n)} that is {@code <= value}, or -1. */
  private static int lastAtOrBefore(long[] sorted, int n, long value) {
    int i = Arrays.binarySearch(sorted, 0, n, value);
    return i >= 0 ? i : -i - 2;
  }

  /** The index of the first of {@code sorted[0..n)} that is {@code >= value}, or n. */
  private static int firstEndingAtOrAfter(long[] sorted, int n, long value) {
    int i = Arrays.binarySearch(sorted, 0, n, value);
    return i >= 0 ? i : -i - 1;
  }

  private static long lower(Cidr cidr) {
    return cidr.toIpv4Block().longValue();
  }

  private static long upper(Cidr cidr) {
    return cidr.toIpv4Block().upperLongValue();
  }

  /**
   * Start address, then shorter prefix first, then input position: {@code start << 31 | prefix <<
   * 25 | index}. The start and the prefix length are read back from the key.
   */
  private static long sortKey(Cidr cidr, int index) {
    return ((lower(cidr) << 6 | cidr.prefixLength()) << INDEX_BITS) | index;
  }

  private static int indexOf(long key) {
    return (int) (key & ((1L << INDEX_BITS) - 1));
  }

  @Override
  public String toString() {
    return "SubnetCarver"
        + addressSpaces
        + " with "
        + existingSubnets.size()
        + " existing subnets, "
        + gapLo.length
        + " free ranges"
        + (inputConsistent() ? "" : " (inconsistent input)");
  }
}
