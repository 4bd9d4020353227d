package io.github.vnetkit.routing;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.compat.EffectiveRouting;
import io.github.vnetkit.compat.RoutingSwitch;
import io.github.vnetkit.compat.SwitchResolver;
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
import io.github.vnetkit.model.TrafficKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The test oracle: the SPEC rules written as plainly as possible, scanning every rule and route for
 * every flow with IPAddress's own containment, and sharing no code with the indexes it checks.
 */
final class LinearOracle {

  /** What the oracle decides: the comparable core of a {@link RoutingDecision}. */
  record Answer(
      Outcome outcome,
      @Nullable String ruleName,
      int priority,
      @Nullable SecurityRuleAccess access,
      @Nullable Cidr routePrefix,
      @Nullable RouteSource routeSource,
      @Nullable NextHopType nextHop,
      @Nullable IPv4Address nextHopAddress,
      SourceAddress.@Nullable Kind sourceKind) {

    static Answer of(RoutingDecision d) {
      NsgVerdict v = d.nsgVerdict().orElse(null);
      EffectiveRoute r = d.route().orElse(null);
      return new Answer(
          d.outcome(),
          v == null ? null : v.ruleName(),
          v == null ? 0 : v.priority(),
          v == null ? null : v.access(),
          r == null ? null : r.addressPrefix(),
          r == null ? null : r.source(),
          r == null ? null : r.nextHopType(),
          r == null ? null : r.nextHopIpAddress().orElse(null),
          d.sourceAddress().map(SourceAddress::kind).orElse(null));
    }
  }

  private record Candidate(
      Cidr prefix, RouteSource source, NextHopType type, @Nullable IPv4Address hop, int rank) {}

  private static final List<Cidr> RFC1918 =
      List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));
  private static final Cidr SHARED = Cidr.parse("100.64.0.0/10");

  private final Scenario s;
  private final Subnet subnet;
  private final EffectiveRouting routing;
  private final boolean bgpOn;
  private final List<Cidr> endpointPrefixes = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final java.util.Set<Cidr> classicSpaces = new java.util.HashSet<>();
  private final List<SecurityRule> applicableRules = new ArrayList<>();
  private final Map<ServiceTag, ServiceTagDefinition> tags;

  LinearOracle(Scenario scenario) {
    this.s = scenario;
    this.subnet = scenario.subnetModel();
    this.routing = SwitchResolver.strict().resolve(scenario.app());
    this.tags = scenario.tagMap();
    this.bgpOn = scenario.table() == null || !scenario.table().disableBgpRoutePropagation();
    for (String service : subnet.serviceEndpoints()) {
      Optional<ServiceTag> tag = ServiceTag.forServiceEndpoint(service);
      if (tag.isEmpty()) {
        continue;
      }
      ServiceTagDefinition def = tags.get(tag.get().inRegion(scenario.vnet().region()));
      if (def == null) {
        def = tags.get(tag.get());
      }
      if (def != null) {
        endpointPrefixes.addAll(def.ipv4Prefixes());
      }
    }
    for (Cidr space : scenario.vnet().addressSpaces()) {
      candidates.add(new Candidate(space, RouteSource.SYSTEM, NextHopType.VNET_LOCAL, null, 0));
    }
    for (Peering p : scenario.vnet().peerings()) {
      for (Cidr space : p.remoteAddressSpaces()) {
        candidates.add(new Candidate(space, RouteSource.SYSTEM, NextHopType.VNET_PEERING, null, 1));
        if (p.remoteClassic()) {
          classicSpaces.add(space); // NET-9: unreachable
        }
      }
    }
    for (Cidr prefix : endpointPrefixes) {
      candidates.add(
          new Candidate(
              prefix, RouteSource.SYSTEM, NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT, null, 2));
    }
    List<Cidr> reserved = new ArrayList<>(RFC1918);
    reserved.add(SHARED);
    for (Cidr r : reserved) {
      if (scenario.vnet().addressSpaces().stream().noneMatch(space -> space.contains(r))) {
        candidates.add(new Candidate(r, RouteSource.SYSTEM, NextHopType.NONE, null, 3));
      }
    }
    candidates.add(
        new Candidate(Cidr.parse("0.0.0.0/0"), RouteSource.SYSTEM, NextHopType.INTERNET, null, 4));
    if (scenario.table() != null) {
      for (Route r : scenario.table().routes()) {
        candidates.add(
            new Candidate(
                r.addressPrefix(),
                RouteSource.USER,
                r.nextHopType(),
                r.nextHopIpAddress().orElse(null),
                0));
      }
    }
    if (bgpOn) {
      for (BgpRoute b : scenario.bgpRoutes()) {
        candidates.add(
            new Candidate(
                b.addressPrefix(),
                RouteSource.BGP,
                NextHopType.VIRTUAL_NETWORK_GATEWAY,
                b.nextHopIpAddress().orElse(null),
                0));
      }
    }
    if (scenario.nsg() != null) {
      for (SecurityRule rule : scenario.nsg().securityRules()) {
        if (rule.direction() == TrafficDirection.OUTBOUND
            && everyPort(rule.sourcePortRanges())
            && sourceCoversSubnet(rule)) {
          applicableRules.add(rule);
        }
      }
      applicableRules.sort(Comparator.comparingInt(SecurityRule::priority));
    }
  }

  private static boolean everyPort(List<PortRange> ranges) {
    List<PortRange> sorted = new ArrayList<>(ranges);
    sorted.sort(null);
    int next = 0;
    for (PortRange r : sorted) {
      if (r.from() > next) {
        return false;
      }
      next = Math.max(next, r.to() + 1);
    }
    return next > PortRange.MAX_PORT;
  }

  private boolean sourceCoversSubnet(SecurityRule rule) {
    IPAddress block = subnet.addressPrefix().block();
    var it = block.withoutPrefixLength().iterator();
    while (it.hasNext()) {
      IPv4Address address = it.next().toIPv4();
      if (rule.sourceAddresses().stream().noneMatch(a -> matches(a, address))) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(SecurityRuleAddress a, IPv4Address address) {
    if (a.isAny()) {
      return true;
    }
    if (a.prefix().isPresent()) {
      return a.prefix().get().contains(address);
    }
    ServiceTag tag = a.serviceTag().orElseThrow();
    if (tag.equals(ServiceTag.VIRTUAL_NETWORK)) {
      return inVirtualNetworkTag(address);
    }
    if (tag.equals(ServiceTag.INTERNET)) {
      return !isPrivate(address);
    }
    ServiceTagDefinition def = tags.get(tag);
    if (def != null) {
      return def.ipv4Prefixes().stream().anyMatch(c -> c.contains(address));
    }
    return tag.qualifier().isEmpty()
        && tags.values().stream()
            .filter(d -> d.tag().baseName().equalsIgnoreCase(tag.baseName()))
            .anyMatch(d -> d.ipv4Prefixes().stream().anyMatch(c -> c.contains(address)));
  }

  /** Whether {@code address} is a destination of a service endpoint on the subnet (APP-2). */
  boolean inServiceEndpoint(IPv4Address address) {
    return endpointPrefixes.stream().anyMatch(c -> c.contains(address));
  }

  private boolean inVirtualNetworkTag(IPv4Address address) {
    if (inVnetOrPeered(address)) {
      return true;
    }
    if (bgpOn && s.bgpRoutes().stream().anyMatch(b -> b.addressPrefix().contains(address))) {
      return true;
    }
    return s.table() != null
        && s.table().routes().stream().anyMatch(r -> r.addressPrefix().contains(address));
  }

  private boolean inVnetOrPeered(IPv4Address address) {
    return s.vnet().addressSpaces().stream().anyMatch(c -> c.contains(address))
        || s.vnet().peerings().stream()
            .flatMap(p -> p.remoteAddressSpaces().stream())
            .anyMatch(c -> c.contains(address));
  }

  private boolean isPrivate(IPv4Address address) {
    return inVnetOrPeered(address)
        || RFC1918.stream().anyMatch(c -> c.contains(address))
        || SHARED.contains(address);
  }

  Answer decide(Flow flow) {
    if (flow.direction() == TrafficDirection.INBOUND) {
      return new Answer(Outcome.NOT_APPLICABLE, null, 0, null, null, null, null, null, null);
    }
    IPv4Address dest = flow.destination();
    boolean enters =
        switch (flow.kind()) {
          case APPLICATION ->
              routing.isOn(RoutingSwitch.APPLICATION_TRAFFIC)
                  || RFC1918.stream().anyMatch(c -> c.contains(dest))
                  || inServiceEndpoint(dest);
          case IMAGE_PULL -> routing.isOn(RoutingSwitch.IMAGE_PULL_TRAFFIC);
          case CONTENT_SHARE -> routing.isOn(RoutingSwitch.CONTENT_SHARE_TRAFFIC);
          case BACKUP_RESTORE -> routing.isOn(RoutingSwitch.BACKUP_RESTORE_TRAFFIC);
          case KEY_VAULT_REFERENCE ->
              routing.isOn(RoutingSwitch.ALL_TRAFFIC) || flow.destinationBlocksPublicAccess();
          case DATABASE_BACKUP, KEY_VAULT_CERTIFICATE, APP_SERVICE_LOGS -> false;
        };
    if (!enters) {
      return new Answer(
          Outcome.LEAVES_PUBLICLY,
          null,
          0,
          null,
          null,
          null,
          null,
          null,
          SourceAddress.Kind.APP_OUTBOUND_ADDRESSES);
    }
    String ruleName = null;
    int priority = 0;
    SecurityRuleAccess access = null;
    if (s.nsg() != null) {
      SecurityRule match = null;
      for (SecurityRule rule : applicableRules) {
        boolean protocol =
            rule.protocol() == SecurityRuleProtocol.ANY || rule.protocol().matches(flow.protocol());
        if (protocol
            && rule.destinationAddresses().stream().anyMatch(a -> matches(a, dest))
            && rule.destinationPortRanges().stream().anyMatch(p -> p.contains(flow.port()))) {
          match = rule;
          break;
        }
      }
      if (match != null) {
        ruleName = match.name();
        priority = match.priority();
        access = match.access();
      } else if (inVirtualNetworkTag(dest)) {
        ruleName = "AllowVnetOutBound";
        priority = 65000;
        access = SecurityRuleAccess.ALLOW;
      } else if (!isPrivate(dest)) {
        ruleName = "AllowInternetOutBound";
        priority = 65001;
        access = SecurityRuleAccess.ALLOW;
      } else {
        ruleName = "DenyAllOutBound";
        priority = 65500;
        access = SecurityRuleAccess.DENY;
      }
    }
    List<Candidate> matching = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.prefix().contains(dest)) {
        matching.add(c);
      }
    }
    boolean protectedMatch =
        matching.stream()
            .anyMatch(
                c ->
                    c.source() == RouteSource.SYSTEM
                        && (c.type() == NextHopType.VNET_LOCAL
                            || c.type() == NextHopType.VNET_PEERING
                            || c.type() == NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT));
    Candidate best = null;
    for (Candidate c : matching) {
      if (protectedMatch && c.source() == RouteSource.BGP) {
        continue;
      }
      if (best == null || better(c, best)) {
        best = c;
      }
    }
    if (best == null) {
      throw new AssertionError("no route for " + dest);
    }
    SourceAddress.Kind source;
    Outcome outcome;
    if (access == SecurityRuleAccess.DENY
        || best.type() == NextHopType.NONE
        || (best.type() == NextHopType.VNET_PEERING && classicSpaces.contains(best.prefix()))) {
      outcome = Outcome.DROPPED;
      source = null;
    } else {
      outcome = Outcome.ENTERS_VNET;
      if (best.type() == NextHopType.INTERNET) {
        source =
            subnet.natGatewayId().isPresent()
                ? SourceAddress.Kind.NAT_GATEWAY
                : SourceAddress.Kind.APP_OUTBOUND_ADDRESSES;
      } else if (best.type() == NextHopType.VIRTUAL_APPLIANCE && !isPrivate(dest)) {
        source = SourceAddress.Kind.VIRTUAL_APPLIANCE;
      } else {
        source = SourceAddress.Kind.SUBNET_PRIVATE_ADDRESS;
      }
    }
    return new Answer(
        outcome,
        ruleName,
        priority,
        access,
        best.prefix(),
        best.source(),
        best.type(),
        best.hop(),
        source);
  }

  private static boolean better(Candidate a, Candidate b) {
    int la = a.prefix().prefixLength();
    int lb = b.prefix().prefixLength();
    if (la != lb) {
      return la > lb;
    }
    if (a.source() != b.source()) {
      return a.source().compareTo(b.source()) < 0;
    }
    return a.rank() < b.rank();
  }

  /** The kinds that never go through the integration, whatever the switches (CFG-5, CFG-7). */
  static boolean neverIntegrated(TrafficKind kind) {
    return kind == TrafficKind.DATABASE_BACKUP
        || kind == TrafficKind.KEY_VAULT_CERTIFICATE
        || kind == TrafficKind.APP_SERVICE_LOGS;
  }
}
