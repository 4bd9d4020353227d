package io.github.vnetkit.benchmarks;

import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.SecurityRuleAccess;
import io.github.vnetkit.model.SecurityRuleAddress;
import io.github.vnetkit.model.SecurityRuleProtocol;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TransportProtocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of the routing benchmark: the straightforward evaluator that scans every NSG rule
 * (and every prefix of every service tag it names) in priority order, and every route, for each
 * flow. Prefixes are pre-parsed into numbers, so the comparison with the indexed evaluator measures
 * the indexes, not parsing. It decides the NSG verdict and the route of VNet-bound application
 * traffic only (the benchmark's app routes all traffic): SPEC NR-1 and NR-2.
 */
final class LinearRoutingEvaluator {

  /** The verdict and route of one flow. */
  record Decision(
      String ruleName,
      int priority,
      SecurityRuleAccess access,
      Cidr routePrefix,
      NextHopType nextHop,
      String routeSource) {}

  private static final long MAX = 0xFFFF_FFFFL;

  private static final class Rule {
    final String name;
    final int priority;
    final SecurityRuleAccess access;
    final boolean tcp;
    final boolean udp;
    final long[] firsts;
    final long[] lasts;
    final boolean internet;
    final List<PortRange> ports;

    Rule(
        String name,
        int priority,
        SecurityRuleAccess access,
        boolean tcp,
        boolean udp,
        long[] firsts,
        long[] lasts,
        boolean internet,
        List<PortRange> ports) {
      this.name = name;
      this.priority = priority;
      this.access = access;
      this.tcp = tcp;
      this.udp = udp;
      this.firsts = firsts;
      this.lasts = lasts;
      this.internet = internet;
      this.ports = ports;
    }
  }

  private record Candidate(
      Cidr prefix,
      long first,
      long last,
      int length,
      int sourceRank,
      int systemRank,
      NextHopType type,
      String source,
      boolean protectedRoute) {}

  private final List<Rule> rules = new ArrayList<>();
  private final List<Candidate> routes = new ArrayList<>();
  private final List<long[]> privateRanges = new ArrayList<>();

  LinearRoutingEvaluator(RoutingWorkload w) {
    Subnet subnet = w.vnet.subnets().get(0);
    List<Cidr> vnetTag = new ArrayList<>(w.vnet.addressSpaces());
    for (Peering p : w.vnet.peerings()) {
      vnetTag.addAll(p.remoteAddressSpaces());
    }
    for (Cidr c : vnetTag) {
      privateRanges.add(range(c));
    }
    for (String reserved :
        new String[] {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"}) {
      privateRanges.add(range(Cidr.parse(reserved)));
    }
    boolean bgpOn = !w.table.disableBgpRoutePropagation();
    if (bgpOn) {
      w.bgpRoutes.forEach(b -> vnetTag.add(b.addressPrefix()));
    }
    w.table.routes().forEach(r -> vnetTag.add(r.addressPrefix()));
    Map<ServiceTag, ServiceTagDefinition> tags = new HashMap<>();
    w.tags.forEach(t -> tags.put(t.tag(), t));

    for (SecurityRule rule : w.nsg.rules(TrafficDirection.OUTBOUND)) {
      boolean sourceMatches =
          rule.sourceAddresses().stream()
              .anyMatch(
                  a ->
                      a.isAny()
                          || a.serviceTag().filter(ServiceTag.VIRTUAL_NETWORK::equals).isPresent()
                          || a.prefix()
                              .filter(p -> p.contains(subnet.addressPrefix()))
                              .isPresent());
      if (!sourceMatches) {
        continue;
      }
      List<Cidr> destinations = new ArrayList<>();
      boolean internet = false;
      for (SecurityRuleAddress a : rule.destinationAddresses()) {
        if (a.isAny()) {
          destinations.add(Cidr.parse("0.0.0.0/0"));
        } else if (a.prefix().isPresent()) {
          destinations.add(a.prefix().get());
        } else if (a.serviceTag().get().equals(ServiceTag.VIRTUAL_NETWORK)) {
          destinations.addAll(vnetTag);
        } else if (a.serviceTag().get().equals(ServiceTag.INTERNET)) {
          internet = true;
        } else {
          ServiceTagDefinition d = tags.get(a.serviceTag().get());
          if (d != null) {
            destinations.addAll(d.ipv4Prefixes());
          }
        }
      }
      rules.add(
          rule(
              rule.name(),
              rule.priority(),
              rule.access(),
              rule.protocol(),
              destinations,
              internet,
              rule.destinationPortRanges()));
    }
    rules.add(
        rule(
            "AllowVnetOutBound",
            65000,
            SecurityRuleAccess.ALLOW,
            SecurityRuleProtocol.ANY,
            vnetTag,
            false,
            List.of(PortRange.any())));
    rules.add(
        rule(
            "AllowInternetOutBound",
            65001,
            SecurityRuleAccess.ALLOW,
            SecurityRuleProtocol.ANY,
            List.of(),
            true,
            List.of(PortRange.any())));
    rules.add(
        rule(
            "DenyAllOutBound",
            65500,
            SecurityRuleAccess.DENY,
            SecurityRuleProtocol.ANY,
            List.of(Cidr.parse("0.0.0.0/0")),
            false,
            List.of(PortRange.any())));

    for (Cidr space : w.vnet.addressSpaces()) {
      routes.add(candidate(space, 2, 0, NextHopType.VNET_LOCAL, "Default", true));
    }
    for (Peering p : w.vnet.peerings()) {
      p.remoteAddressSpaces()
          .forEach(c -> routes.add(candidate(c, 2, 1, NextHopType.VNET_PEERING, "Default", true)));
    }
    for (String service : subnet.serviceEndpoints()) {
      ServiceTag tag = ServiceTag.forServiceEndpoint(service).orElseThrow();
      ServiceTagDefinition d = tags.get(tag.inRegion(w.vnet.region()));
      if (d == null) {
        d = tags.get(tag);
      }
      if (d != null) {
        d.ipv4Prefixes()
            .forEach(
                c ->
                    routes.add(
                        candidate(
                            c,
                            2,
                            2,
                            NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT,
                            "Default",
                            true)));
      }
    }
    for (String reserved :
        new String[] {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"}) {
      Cidr c = Cidr.parse(reserved);
      if (w.vnet.addressSpaces().stream().noneMatch(s -> s.contains(c))) {
        routes.add(candidate(c, 2, 3, NextHopType.NONE, "Default", false));
      }
    }
    routes.add(candidate(Cidr.parse("0.0.0.0/0"), 2, 4, NextHopType.INTERNET, "Default", false));
    for (Route r : w.table.routes()) {
      routes.add(candidate(r.addressPrefix(), 0, 0, r.nextHopType(), "User", false));
    }
    if (bgpOn) {
      for (BgpRoute b : w.bgpRoutes) {
        routes.add(
            candidate(
                b.addressPrefix(),
                1,
                0,
                NextHopType.VIRTUAL_NETWORK_GATEWAY,
                "VirtualNetworkGateway",
                false));
      }
    }
  }

  private static long[] range(Cidr c) {
    return new long[] {
      c.toIpv4Block().getLower().longValue(), c.toIpv4Block().getUpper().longValue()
    };
  }

  private static Rule rule(
      String name,
      int priority,
      SecurityRuleAccess access,
      SecurityRuleProtocol protocol,
      List<Cidr> destinations,
      boolean internet,
      List<PortRange> ports) {
    long[] firsts = new long[destinations.size()];
    long[] lasts = new long[destinations.size()];
    for (int i = 0; i < destinations.size(); i++) {
      long[] r = range(destinations.get(i));
      firsts[i] = r[0];
      lasts[i] = r[1];
    }
    return new Rule(
        name,
        priority,
        access,
        protocol.matches(TransportProtocol.TCP),
        protocol.matches(TransportProtocol.UDP),
        firsts,
        lasts,
        internet,
        List.copyOf(ports));
  }

  private static Candidate candidate(
      Cidr prefix, int sourceRank, int systemRank, NextHopType type, String source, boolean prot) {
    long[] r = range(prefix);
    return new Candidate(
        prefix, r[0], r[1], prefix.prefixLength(), sourceRank, systemRank, type, source, prot);
  }

  private boolean isPrivate(long address) {
    for (long[] r : privateRanges) {
      if (address >= r[0] && address <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** Decides the NSG verdict and route of {@code flow}, scanning everything. */
  Decision evaluate(Flow flow) {
    long address = flow.destination().longValue() & MAX;
    boolean tcp = flow.protocol() == TransportProtocol.TCP;
    Rule match = null;
    for (Rule rule : rules) {
      if (!(tcp ? rule.tcp : rule.udp)) {
        continue;
      }
      boolean port = false;
      for (PortRange p : rule.ports) {
        if (p.contains(flow.port())) {
          port = true;
          break;
        }
      }
      if (!port) {
        continue;
      }
      boolean destination = rule.internet && !isPrivate(address);
      for (int i = 0; !destination && i < rule.firsts.length; i++) {
        destination = address >= rule.firsts[i] && address <= rule.lasts[i];
      }
      if (destination) {
        match = rule;
        break;
      }
    }
    boolean protectedMatch = false;
    for (Candidate c : routes) {
      if (c.protectedRoute() && address >= c.first() && address <= c.last()) {
        protectedMatch = true;
        break;
      }
    }
    Candidate best = null;
    for (Candidate c : routes) {
      if (address < c.first() || address > c.last() || (protectedMatch && c.sourceRank() == 1)) {
        continue;
      }
      if (best == null || better(c, best)) {
        best = c;
      }
    }
    Rule m = required(match);
    Candidate b = required(best);
    return new Decision(m.name, m.priority, m.access, b.prefix(), b.type(), b.source());
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the default rules and routes match every flow");
    }
    return value;
  }

  private static boolean better(Candidate a, Candidate b) {
    if (a.length() != b.length()) {
      return a.length() > b.length();
    }
    if (a.sourceRank() != b.sourceRank()) {
      return a.sourceRank() < b.sourceRank();
    }
    return a.systemRank() < b.systemRank();
  }
}
