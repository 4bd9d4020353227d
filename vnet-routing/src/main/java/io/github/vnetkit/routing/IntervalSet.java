package io.github.vnetkit.routing;

import io.github.vnetkit.model.Cidr;
import java.util.Arrays;

/**
 * An immutable set of IPv4 addresses kept as sorted, disjoint, non-adjacent ranges of unsigned
 * values: what an NSG rule's addresses, a service tag or an address space stand for.
 *
 * <p>Membership is a binary search: O(log n) for n ranges. Immutable and thread-safe.
 */
final class IntervalSet {

  static final IntervalSet EMPTY = new IntervalSet(new long[0], new long[0]);
  static final IntervalSet ALL = new IntervalSet(new long[] {0}, new long[] {Ipv4.MAX});

  private final long[] firsts;
  private final long[] lasts;

  private IntervalSet(long[] firsts, long[] lasts) {
    this.firsts = firsts;
    this.lasts = lasts;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects ranges in any order, overlapping or not, and merges them. */
  static final class Builder {
    private long[] firsts = new long[16];
    private long[] lasts = new long[16];
    private int size;

    Builder add(long first, long last) {
      if (size == firsts.length) {
        firsts = Arrays.copyOf(firsts, size * 2);
        lasts = Arrays.copyOf(lasts, size * 2);
      }
      firsts[size] = first;
      lasts[size] = last;
      size++;
      return this;
    }

    Builder add(Cidr prefix) {
      return prefix.isIpv4() ? add(Ipv4.first(prefix), Ipv4.last(prefix)) : this;
    }

    Builder addAll(IntervalSet set) {
      for (int i = 0; i < set.size(); i++) {
        add(set.firsts[i], set.lasts[i]);
      }
      return this;
    }

    IntervalSet build() {
      if (size == 0) {
        return EMPTY;
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(firsts[a], firsts[b]));
      long[] outFirst = new long[size];
      long[] outLast = new long[size];
      int n = 0;
      for (int k = 0; k < size; k++) {
        long f = firsts[order[k]];
        long l = lasts[order[k]];
        if (n > 0 && f <= outLast[n - 1] + 1) {
          outLast[n - 1] = Math.max(outLast[n - 1], l);
        } else {
          outFirst[n] = f;
          outLast[n] = l;
          n++;
        }
      }
      return new IntervalSet(Arrays.copyOf(outFirst, n), Arrays.copyOf(outLast, n));
    }
  }

  static IntervalSet of(Cidr... prefixes) {
    Builder b = builder();
    for (Cidr p : prefixes) {
      b.add(p);
    }
    return b.build();
  }

  int size() {
    return firsts.length;
  }

  long first(int i) {
    return firsts[i];
  }

  long last(int i) {
    return lasts[i];
  }

  boolean isEmpty() {
    return firsts.length == 0;
  }

  /** The index of the range containing {@code value}, or -1. */
  private int find(long value) {
    int lo = 0;
    int hi = firsts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (firsts[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi >= 0 && value <= lasts[hi] ? hi : -1;
  }

  boolean contains(long value) {
    return find(value) >= 0;
  }

  /** Whether every address of {@code first..last} is in the set. */
  boolean covers(long first, long last) {
    int i = find(first);
    return i >= 0 && last <= lasts[i];
  }

  boolean covers(Cidr prefix) {
    return covers(Ipv4.first(prefix), Ipv4.last(prefix));
  }

  /** Whether any address of {@code first..last} is in the set. */
  boolean overlaps(long first, long last) {
    int lo = 0;
    int hi = firsts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (firsts[mid] <= last) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi >= 0 && lasts[hi] >= first;
  }

  boolean overlaps(Cidr prefix) {
    return overlaps(Ipv4.first(prefix), Ipv4.last(prefix));
  }

  /** Every IPv4 address not in this set. */
  IntervalSet complement() {
    Builder b = builder();
    long next = 0;
    for (int i = 0; i < firsts.length; i++) {
      if (firsts[i] > next) {
        b.add(next, firsts[i] - 1);
      }
      next = lasts[i] + 1;
    }
    if (next <= Ipv4.MAX) {
      b.add(next, Ipv4.MAX);
    }
    return b.build();
  }

  IntervalSet union(IntervalSet other) {
    return builder().addAll(this).addAll(other).build();
  }
}
