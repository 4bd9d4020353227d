package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.TransportProtocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NSG evaluator of one integration subnet: the outbound rules that apply to the subnet, plus
 * the three default rules, compiled into an index that answers "which rule decides this
 * destination, port and protocol" without scanning the rules (SPEC NR-1: ascending priority, first
 * match wins).
 *
 * <p>The destination space is cut into segments at every boundary of every rule's destination set
 * (service-tag prefix sets of thousands of prefixes included). Within a segment the same rules
 * match, so each segment points to a table, shared by all segments with the same matching rules,
 * that cuts the port space at every boundary of those rules' port ranges and stores the winning
 * rule per port interval for TCP and for UDP. A 2^16-entry bucket array narrows the segment search
 * to the segments of the destination's /16. A lookup is two short binary searches and allocates
 * nothing.
 *
 * <p>Cost: build O(e log e + 2^16 log s + t * p * k) for e range boundaries, s segments, t distinct
 * tables, p port intervals and k rules per table; lookup O(log s' + log p) for the s' segments of
 * one /16. Immutable and thread-safe.
 */
final class NsgIndex {

  /** A compiled rule: its verdict, explanation step, destinations, protocols and ports. */
  static final class Rule {
    final NsgVerdict verdict;
    final Optional<NsgVerdict> optionalVerdict;
    final Step step;
    final IntervalSet destinations;
    final boolean tcp;
    final boolean udp;
    final List<PortRange> ports;

    Rule(
        NsgVerdict verdict,
        Step step,
        IntervalSet destinations,
        boolean tcp,
        boolean udp,
        List<PortRange> ports) {
      this.verdict = requireNonNull(verdict);
      this.optionalVerdict = Optional.of(verdict);
      this.step = requireNonNull(step);
      this.destinations = requireNonNull(destinations);
      this.tcp = tcp;
      this.udp = udp;
      this.ports = List.copyOf(ports);
    }

    boolean matchesPort(int port) {
      for (PortRange range : ports) {
        if (range.contains(port)) {
          return true;
        }
      }
      return false;
    }
  }

  private final Rule[] rules;
  private final int[] segmentStarts;
  private final int[] buckets;
  private final int[] segmentTables;
  private final int[][] tablePorts;
  private final int[][] tableTcp;
  private final int[][] tableUdp;

  private NsgIndex(
      Rule[] rules,
      int[] segmentStarts,
      int[] segmentTables,
      int[][] tablePorts,
      int[][] tableTcp,
      int[][] tableUdp) {
    this.rules = rules;
    this.segmentStarts = segmentStarts;
    this.segmentTables = segmentTables;
    // buckets[b]: the segment holding address b << 16, so a lookup searches one /16's segments
    this.buckets = new int[(1 << 16) + 1];
    for (int b = 0; b < 1 << 16; b++) {
      buckets[b] = floor(segmentStarts, 0, segmentStarts.length - 1, (b << 16) ^ Integer.MIN_VALUE);
    }
    buckets[1 << 16] = segmentStarts.length - 1;
    this.tablePorts = tablePorts;
    this.tableTcp = tableTcp;
    this.tableUdp = tableUdp;
  }

  /** The rule that decides a flow to {@code address} (32 bits), {@code port} and protocol. */
  Rule lookup(int address, int port, TransportProtocol protocol) {
    int bucket = address >>> 16;
    int segment =
        floor(segmentStarts, buckets[bucket], buckets[bucket + 1], address ^ Integer.MIN_VALUE);
    int table = segmentTables[segment];
    int[] ports = tablePorts[table];
    int interval = floor(ports, 0, ports.length - 1, port);
    int[] winners = protocol == TransportProtocol.TCP ? tableTcp[table] : tableUdp[table];
    return rules[winners[interval]];
  }

  /**
   * Index of the last element {@code <= key} in {@code sorted[lo..hi]}, where {@code sorted[lo] <=
   * key} and the answer is at most {@code hi}.
   */
  private static int floor(int[] sorted, int lo, int hi, int key) {
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The number of destination segments (for tests and sizing). */
  int segmentCount() {
    return segmentStarts.length;
  }

  /** The number of distinct port tables (for tests and sizing). */
  int tableCount() {
    return tablePorts.length;
  }

  /**
   * Builds the index.
   *
   * @param rules the rules by ascending priority; the last must match every flow (DenyAllOutBound)
   */
  static NsgIndex build(List<Rule> rules) {
    Rule[] array = rules.toArray(new Rule[0]);
    // events: position (32 bits) << 21 | remove flag << 20 | rule index
    int count = 0;
    for (Rule r : array) {
      count += 2 * r.destinations.size();
    }
    if (array.length == 0
        || array[array.length - 1].destinations.size() != 1
        || array[array.length - 1].destinations.first(0) != 0
        || array[array.length - 1].destinations.last(0) != Ipv4.MAX) {
      throw new IllegalArgumentException("the last NSG rule must match every destination");
    }
    long[] events = new long[count];
    int n = 0;
    for (int i = 0; i < array.length; i++) {
      IntervalSet d = array[i].destinations;
      for (int k = 0; k < d.size(); k++) {
        events[n++] = (d.first(k) << 21) | i;
        if (d.last(k) < Ipv4.MAX) {
          events[n++] = ((d.last(k) + 1) << 21) | (1L << 20) | i;
        }
      }
    }
    long[] sorted = Arrays.copyOf(events, n);
    Arrays.sort(sorted);

    BitSet active = new BitSet(array.length);
    Map<BitSet, Integer> tables = new HashMap<>();
    List<int[][]> tableList = new ArrayList<>();
    int[] starts = new int[n];
    int[] tableOf = new int[n];
    int segments = 0;
    int e = 0;
    while (e < n) {
      long position = sorted[e] >>> 21;
      while (e < n && (sorted[e] >>> 21) == position) {
        long ev = sorted[e++];
        int rule = (int) (ev & 0xFFFFF);
        if ((ev & (1L << 20)) != 0) {
          active.clear(rule);
        } else {
          active.set(rule);
        }
      }
      Integer table = tables.get(active);
      if (table == null) {
        table = tableList.size();
        tableList.add(table(array, active));
        tables.put((BitSet) active.clone(), table);
      }
      if (segments > 0 && tableOf[segments - 1] == table) {
        continue;
      }
      starts[segments] = ((int) position) ^ Integer.MIN_VALUE;
      tableOf[segments] = table;
      segments++;
    }
    int[][] ports = new int[tableList.size()][];
    int[][] tcp = new int[tableList.size()][];
    int[][] udp = new int[tableList.size()][];
    for (int t = 0; t < tableList.size(); t++) {
      ports[t] = tableList.get(t)[0];
      tcp[t] = tableList.get(t)[1];
      udp[t] = tableList.get(t)[2];
    }
    return new NsgIndex(
        array, Arrays.copyOf(starts, segments), Arrays.copyOf(tableOf, segments), ports, tcp, udp);
  }

  /** The port table of the rules in {@code active}: port starts, TCP winners, UDP winners. */
  private static int[][] table(Rule[] rules, BitSet active) {
    int[] matching = active.stream().toArray();
    int[] bounds = new int[2 + 4 * countRanges(rules, matching)];
    int b = 0;
    bounds[b++] = 0;
    for (int r : matching) {
      for (PortRange range : rules[r].ports) {
        bounds[b++] = range.from();
        if (range.to() < PortRange.MAX_PORT) {
          bounds[b++] = range.to() + 1;
        }
      }
    }
    int[] starts = Arrays.stream(bounds, 0, b).distinct().sorted().toArray();
    int[] outStarts = new int[starts.length];
    int[] outTcp = new int[starts.length];
    int[] outUdp = new int[starts.length];
    int size = 0;
    for (int port : starts) {
      int tcp = first(rules, matching, port, true);
      int udp = first(rules, matching, port, false);
      if (size > 0 && outTcp[size - 1] == tcp && outUdp[size - 1] == udp) {
        continue;
      }
      outStarts[size] = port;
      outTcp[size] = tcp;
      outUdp[size] = udp;
      size++;
    }
    return new int[][] {
      Arrays.copyOf(outStarts, size), Arrays.copyOf(outTcp, size), Arrays.copyOf(outUdp, size)
    };
  }

  private static int countRanges(Rule[] rules, int[] matching) {
    int count = 0;
    for (int r : matching) {
      count += rules[r].ports.size();
    }
    return count;
  }

  private static int first(Rule[] rules, int[] matching, int port, boolean tcp) {
    for (int r : matching) {
      Rule rule = rules[r];
      if ((tcp ? rule.tcp : rule.udp) && rule.matchesPort(port)) {
        return r;
      }
    }
    throw new IllegalStateException(
        "no NSG rule matches port " + port + "; the last rule must match every flow");
  }
}
