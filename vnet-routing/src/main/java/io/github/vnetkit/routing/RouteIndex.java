package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.NextHopType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The route table index of one integration subnet: user-defined, BGP and system routes compiled
 * into a binary trie on the destination's bits, for longest-prefix match with the tie-breaks of
 * SPEC NR-2.
 *
 * <p>Every trie node holds the answer for all destinations whose deepest trie node it is: the
 * deepest user, BGP and system route on the path from the root, whether a system route for the
 * VNet's space, a peering or a service endpoint lies on that path (which keeps BGP routes out), and
 * the route chosen from them with its explanation steps. Answers are computed once, at build time,
 * and shared between nodes with the same inputs. For lookups the binary trie is then expanded into
 * a multibit trie (a 2^16-entry root, then 4-bit strides), so a lookup reads at most five entries
 * and allocates nothing.
 *
 * <p>Cost: build O(r * 32 + 2^16) for r routes, memory O(2^16 + r * 64) entries; lookup O(1) (at
 * most five array reads). Immutable and thread-safe.
 */
final class RouteIndex {

  /**
   * A route to index, with whether it is a protected system route (VNet, peering, endpoint) and
   * whether what lies behind it is unreachable through the integration.
   */
  static final class Entry {
    final EffectiveRoute route;
    final boolean protectedSystemRoute;
    final int systemRank;

    /**
     * Non-null when the integration cannot reach the route's destinations (a peering with a classic
     * VNet, SPEC NET-9): the step that says so.
     */
    final @Nullable Step unreachable;

    Entry(EffectiveRoute route, boolean protectedSystemRoute, int systemRank) {
      this(route, protectedSystemRoute, systemRank, null);
    }

    Entry(
        EffectiveRoute route,
        boolean protectedSystemRoute,
        int systemRank,
        @Nullable Step unreachable) {
      this.route = requireNonNull(route);
      this.protectedSystemRoute = protectedSystemRoute;
      this.systemRank = systemRank;
      this.unreachable = unreachable;
    }
  }

  /** The chosen route for a set of destinations, with the steps and findings that explain it. */
  static final class Choice {
    final EffectiveRoute route;
    final Optional<EffectiveRoute> optionalRoute;
    final Step[] steps;
    final @Nullable Finding finding;
    final Optional<SourceAddress> applianceSource;
    final @Nullable Step applianceSourceStep;

    /** Whether what lies behind the route cannot be reached through the integration (NET-9). */
    final boolean unreachable;

    Choice(EffectiveRoute route, Step[] steps, @Nullable Finding finding, boolean unreachable) {
      this.route = route;
      this.unreachable = unreachable;
      this.optionalRoute = Optional.of(route);
      this.steps = steps;
      this.finding = finding;
      Optional<IPv4Address> appliance =
          route.nextHopType() == NextHopType.VIRTUAL_APPLIANCE
              ? route.nextHopIpAddress()
              : Optional.empty();
      this.applianceSource =
          appliance.map(
              a ->
                  new SourceAddress(
                      SourceAddress.Kind.VIRTUAL_APPLIANCE,
                      Optional.empty(),
                      List.of(a),
                      Optional.empty()));
      this.applianceSourceStep =
          appliance
              .map(
                  a ->
                      new Step(
                          "APP-5",
                          "the flow leaves for the internet through the appliance: the"
                              + " destination sees the appliance's address "
                              + a))
              .orElse(null);
    }
  }

  private static final int ROOT_BITS = 16;
  private static final int STRIDE = 4;
  private static final int STRIDE_MASK = (1 << STRIDE) - 1;

  private final int[] children;
  private final int[] choiceOfNode;
  private final int[] table;
  private final Choice[] choices;
  private final ImmutableList<EffectiveRoute> routes;

  private RouteIndex(
      int[] children,
      int[] choiceOfNode,
      int[] table,
      Choice[] choices,
      ImmutableList<EffectiveRoute> routes) {
    this.children = children;
    this.choiceOfNode = choiceOfNode;
    this.table = table;
    this.choices = choices;
    this.routes = routes;
  }

  /**
   * The route chosen for {@code address} (32 bits), from the multibit trie: one read in the 16-bit
   * root, then at most four reads of 4-bit nodes (16 entries, one cache line each).
   */
  Choice lookup(int address) {
    int[] t = table;
    int entry = t[address >>> ROOT_BITS];
    int shift = ROOT_BITS;
    while (entry < 0) {
      shift -= STRIDE;
      entry = t[~entry + ((address >>> shift) & STRIDE_MASK)];
    }
    return choices[entry];
  }

  /** The same answer from the binary trie, one bit per step (the reference for tests). */
  Choice lookupBinary(int address) {
    int node = 0;
    int[] c = children;
    for (int bit = 31; bit >= 0; bit--) {
      int next = c[(node << 1) | ((address >>> bit) & 1)];
      if (next == 0) {
        break;
      }
      node = next;
    }
    return choices[choiceOfNode[node]];
  }

  /** Every route in effect (inactive BGP routes excluded), by prefix then source. */
  List<EffectiveRoute> routes() {
    return routes;
  }

  /**
   * Builds the index.
   *
   * @param disabledBy the route table that disables BGP propagation, or null when BGP routes apply
   * @param nextHopSteps the NR-4 step and finding of each route, by route
   */
  static RouteIndex build(
      List<Entry> entries,
      @Nullable String disabledBy,
      Map<EffectiveRoute, Step> nextHopSteps,
      Map<EffectiveRoute, Finding> nextHopFindings) {
    Trie trie = new Trie();
    for (Entry e : entries) {
      trie.insert(e);
    }
    List<EffectiveRoute> active = new ArrayList<>();
    for (Entry e : entries) {
      if (e.route.source() != RouteSource.BGP || disabledBy == null) {
        active.add(e.route);
      }
    }
    active.sort(null);
    Builder builder = new Builder(trie, disabledBy, nextHopSteps, nextHopFindings);
    builder.propagate();
    int[] children = Arrays.copyOf(trie.children, trie.size * 2);
    return new RouteIndex(
        children,
        builder.choiceOfNode,
        new Multibit(children, builder.choiceOfNode).build(),
        builder.choices.toArray(new Choice[0]),
        ImmutableList.copyOf(active));
  }

  /**
   * Expands the binary trie into a multibit trie (controlled prefix expansion): a root of 2^16
   * entries, then nodes of 2^4 entries. An entry is a choice index ({@code >= 0}) or, negated, the
   * offset of the next node. Every entry of a node answers for the deepest binary node on its path,
   * so a lookup reads at most five entries.
   */
  private static final class Multibit {
    private final int[] children;
    private final int[] choiceOfNode;
    private int[] out = new int[(1 << ROOT_BITS) + 1024];
    private int size;

    Multibit(int[] children, int[] choiceOfNode) {
      this.children = children;
      this.choiceOfNode = choiceOfNode;
    }

    int[] build() {
      int root = allocate(1 << ROOT_BITS);
      fill(0, ROOT_BITS, root, 0);
      return Arrays.copyOf(out, size);
    }

    private int allocate(int entries) {
      if (size + entries > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, size + entries));
      }
      int offset = size;
      size += entries;
      return offset;
    }

    /** Fills the entries under {@code index} of the node at {@code base}, {@code bits} to go. */
    private void fill(int node, int bits, int base, int index) {
      if (bits == 0) {
        boolean deeper = children[node << 1] != 0 || children[(node << 1) | 1] != 0;
        int entry = deeper ? ~node(node) : choiceOfNode[node];
        out[base + index] = entry; // read 'out' after node(), which may have grown it
        return;
      }
      for (int bit = 0; bit < 2; bit++) {
        int child = children[(node << 1) | bit];
        int next = (index << 1) | bit;
        if (child == 0) {
          int span = 1 << (bits - 1);
          Arrays.fill(out, base + next * span, base + (next + 1) * span, choiceOfNode[node]);
        } else {
          fill(child, bits - 1, base, next);
        }
      }
    }

    private int node(int binaryNode) {
      int offset = allocate(1 << STRIDE);
      fill(binaryNode, STRIDE, offset, 0);
      return offset;
    }
  }

  /** A growable binary trie with one user, BGP and system slot per node. */
  private static final class Trie {
    int[] children = new int[2 * 1024];
    Entry[] user = new Entry[1024];
    Entry[] bgp = new Entry[1024];
    Entry[] system = new Entry[1024];
    int size = 1;

    void insert(Entry e) {
      int address = (int) Ipv4.first(e.route.addressPrefix());
      int length = e.route.addressPrefix().prefixLength();
      int node = 0;
      for (int depth = 0; depth < length; depth++) {
        int slot = (node << 1) | ((address >>> (31 - depth)) & 1);
        if (children[slot] == 0) {
          int created = newNode(); // may grow (replace) the children array
          children[slot] = created;
        }
        node = children[slot];
      }
      switch (e.route.source()) {
        case USER -> user[node] = e;
        case BGP -> bgp[node] = e;
        case SYSTEM -> {
          Entry existing = system[node];
          if (existing == null || e.systemRank < existing.systemRank) {
            system[node] = e;
          }
        }
      }
    }

    private int newNode() {
      if (size == user.length) {
        int capacity = size * 2;
        children = Arrays.copyOf(children, capacity * 2);
        user = Arrays.copyOf(user, capacity);
        bgp = Arrays.copyOf(bgp, capacity);
        system = Arrays.copyOf(system, capacity);
      }
      return size++;
    }
  }

  /** Computes the choice of every node from the deepest routes on its path. */
  private static final class Builder {
    private final Trie trie;
    private final @Nullable String disabledBy;
    private final Map<EffectiveRoute, Step> nextHopSteps;
    private final Map<EffectiveRoute, Finding> nextHopFindings;
    private final int[] choiceOfNode;
    private final List<Choice> choices = new ArrayList<>();
    private final Map<List<Object>, Integer> memo = new HashMap<>();

    Builder(
        Trie trie,
        @Nullable String disabledBy,
        Map<EffectiveRoute, Step> nextHopSteps,
        Map<EffectiveRoute, Finding> nextHopFindings) {
      this.trie = trie;
      this.disabledBy = disabledBy;
      this.nextHopSteps = nextHopSteps;
      this.nextHopFindings = nextHopFindings;
      this.choiceOfNode = new int[trie.size];
    }

    void propagate() {
      // iterative depth-first walk: node, inherited user, bgp, system, protected
      int[] stack = new int[trie.size];
      Entry[][] inherited = new Entry[trie.size][];
      boolean[] protectedOnPath = new boolean[trie.size];
      int top = 0;
      stack[top++] = 0;
      inherited[0] = new Entry[3];
      while (top > 0) {
        int node = stack[--top];
        Entry[] parent = requireNonNull(inherited[node]);
        Entry u = trie.user[node] != null ? trie.user[node] : parent[0];
        Entry b = trie.bgp[node] != null ? trie.bgp[node] : parent[1];
        Entry s = trie.system[node] != null ? trie.system[node] : parent[2];
        boolean prot =
            protectedOnPath[node]
                || (trie.system[node] != null && trie.system[node].protectedSystemRoute);
        choiceOfNode[node] = choice(u, b, requireNonNull(s, "no default route"), prot);
        Entry[] here = {u, b, s};
        for (int bit = 0; bit < 2; bit++) {
          int child = trie.children[(node << 1) | bit];
          if (child != 0) {
            inherited[child] = here;
            protectedOnPath[child] = prot;
            stack[top++] = child;
          }
        }
        inherited[node] = null;
      }
    }

    private int choice(@Nullable Entry u, @Nullable Entry b, Entry s, boolean prot) {
      List<Object> key = Arrays.asList(u, b, s, prot);
      Integer known = memo.get(key);
      if (known != null) {
        return known;
      }
      Choice c = decide(u, b, s, prot);
      choices.add(c);
      memo.put(key, choices.size() - 1);
      return choices.size() - 1;
    }

    private Choice decide(@Nullable Entry u, @Nullable Entry b, Entry s, boolean prot) {
      boolean bgpActive = b != null && disabledBy == null && !prot;
      Entry chosen = s;
      if (b != null && bgpActive && length(b) >= length(chosen)) {
        chosen = b;
      }
      if (u != null && length(u) >= length(chosen)) {
        chosen = u;
      }
      EffectiveRoute winner = chosen.route;
      List<Step> steps = new ArrayList<>(5);
      steps.add(
          new Step("NR-2", "longest prefix match: " + winner + " in " + winner.routeTableLabel()));
      int len = winner.addressPrefix().prefixLength();
      List<String> losers = new ArrayList<>(2);
      if (winner.source() == RouteSource.USER && bgpActive && length(b) == len) {
        losers.add("the BGP route");
      }
      if (winner.source() != RouteSource.SYSTEM && length(s) == len) {
        losers.add("the system route (" + s.route.nextHopType().armName() + ")");
      }
      if (!losers.isEmpty()) {
        steps.add(
            new Step(
                "NR-2",
                "on the equal prefix "
                    + winner.addressPrefix()
                    + " the "
                    + (winner.source() == RouteSource.USER ? "user-defined" : "BGP")
                    + " route wins over "
                    + String.join(" and ", losers)
                    + " (user, then BGP, then system)"));
      }
      if (b != null && !bgpActive && wouldWin(b.route, winner)) {
        steps.add(
            new Step(
                "NR-2",
                disabledBy != null
                    ? "BGP route "
                        + b.route.addressPrefix()
                        + " is not used: route table '"
                        + disabledBy
                        + "' disables BGP route propagation"
                    : "BGP route "
                        + b.route.addressPrefix()
                        + " is not used: system routes for the VNet's address space, peerings"
                        + " and service endpoints are preferred even over more specific BGP"
                        + " routes"));
      }
      if (winner.source() == RouteSource.SYSTEM) {
        steps.add(new Step("NR-3", "system route for the " + winner.origin()));
      }
      Step hop = nextHopSteps.get(winner);
      if (hop != null) {
        steps.add(hop);
      }
      if (chosen.unreachable != null) {
        steps.add(chosen.unreachable);
      }
      return new Choice(
          winner,
          steps.toArray(new Step[0]),
          nextHopFindings.get(winner),
          chosen.unreachable != null);
    }

    private static boolean wouldWin(EffectiveRoute bgp, EffectiveRoute winner) {
      int lb = bgp.addressPrefix().prefixLength();
      int lw = winner.addressPrefix().prefixLength();
      return lb > lw || (lb == lw && winner.source() == RouteSource.SYSTEM);
    }

    private static int length(@Nullable Entry e) {
      return e == null ? -1 : e.route.addressPrefix().prefixLength();
    }
  }

  /** The NR-4 text for a route's next hop. */
  static String nextHopText(EffectiveRoute route) {
    NextHopType type = route.nextHopType();
    return switch (type) {
      case VNET_LOCAL -> "next hop VnetLocal: delivered inside the virtual network";
      case VNET_PEERING -> "next hop VNetPeering: delivered to the " + route.origin();
      case VIRTUAL_NETWORK_SERVICE_ENDPOINT ->
          "next hop VirtualNetworkServiceEndpoint: delivered to the service over its service"
              + " endpoint";
      case VIRTUAL_NETWORK_GATEWAY ->
          "next hop VirtualNetworkGateway: sent on-premises (ExpressRoute / VPN); the on-premises"
              + " side must route replies back to the subnet";
      case INTERNET -> "next hop Internet: leaves Azure";
      case VIRTUAL_APPLIANCE ->
          "next hop VirtualAppliance: sent to the appliance at "
              + route.nextHopIpAddress().map(Object::toString).orElse("(unknown)");
      case NONE -> "next hop None: the packet is dropped";
    };
  }
}
