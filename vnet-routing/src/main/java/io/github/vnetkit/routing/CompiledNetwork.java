package io.github.vnetkit.routing;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.PrivateAddressSpace;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.SecurityRuleAccess;
import io.github.vnetkit.model.SecurityRuleAddress;
import io.github.vnetkit.model.SecurityRuleProtocol;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TransportProtocol;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Everything about the integration subnet's network that does not depend on the app: address
 * classes, service tag sets, the route index and the NSG index (SPEC NR-1..NR-5). Built once per
 * subnet configuration; immutable and thread-safe.
 */
final class CompiledNetwork {

  static final Cidr[] RFC1918 = PrivateAddressSpace.RFC1918.toArray(new Cidr[0]);
  static final Cidr SHARED_ADDRESS_SPACE = PrivateAddressSpace.SHARED_ADDRESS_SPACE;
  static final Cidr DEFAULT_ROUTE = Cidr.parse("0.0.0.0/0");

  /**
   * The suffix of a service endpoint that reaches every region, as {@code
   * Microsoft.Storage.Global}.
   */
  private static final String GLOBAL_ENDPOINT_SUFFIX = ".global";

  /** Default rule names and priorities (SPEC NR-1). */
  static final String ALLOW_VNET_OUT = "AllowVnetOutBound";

  static final String ALLOW_INTERNET_OUT = "AllowInternetOutBound";
  static final String DENY_ALL_OUT = "DenyAllOutBound";

  final VirtualNetwork vnet;
  final Subnet subnet;
  final IntervalSet vnetSpace;
  final IntervalSet peeredSpace;
  final IntervalSet serviceEndpointSpace;
  final IntervalSet privateSpace;
  final IntervalSet virtualNetworkTag;
  final IntervalSet internetTag;
  final RouteIndex routes;
  final @Nullable NsgIndex nsg;
  final Optional<ResourceId> natGatewayId;
  final ImmutableList<String> serviceEndpoints;
  final ImmutableList<Finding> findings;

  private final Map<ServiceTag, ServiceTagDefinition> definitions;
  private final Map<ServiceTag, IntervalSet> tagSets = new HashMap<>();
  private final TreeSet<Finding> findingSet = new TreeSet<>();

  CompiledNetwork(
      VirtualNetwork vnet,
      Subnet subnet,
      @Nullable NetworkSecurityGroup nsgModel,
      @Nullable RouteTable table,
      List<BgpRoute> bgpRoutes,
      Map<ServiceTag, ServiceTagDefinition> definitions) {
    this.vnet = vnet;
    this.subnet = subnet;
    this.definitions = definitions;
    this.natGatewayId = subnet.natGatewayId();

    IntervalSet.Builder space = IntervalSet.builder();
    vnet.addressSpaces().forEach(space::add);
    this.vnetSpace = space.build();
    IntervalSet.Builder peered = IntervalSet.builder();
    for (Peering p : vnet.peerings()) {
      p.remoteAddressSpaces().forEach(peered::add);
    }
    this.peeredSpace = peered.build();
    IntervalSet.Builder priv = IntervalSet.builder().addAll(vnetSpace).addAll(peeredSpace);
    for (Cidr c : RFC1918) {
      priv.add(c);
    }
    this.privateSpace = priv.add(SHARED_ADDRESS_SPACE).build();
    this.internetTag = privateSpace.complement();

    boolean bgpActive = table == null || !table.disableBgpRoutePropagation();
    IntervalSet.Builder vnetTag = IntervalSet.builder().addAll(vnetSpace).addAll(peeredSpace);
    if (bgpActive) {
      bgpRoutes.forEach(b -> vnetTag.add(b.addressPrefix()));
    }
    if (table != null) {
      table.routes().forEach(r -> vnetTag.add(r.addressPrefix()));
    }
    this.virtualNetworkTag = vnetTag.build();

    // service endpoints (APP-2, NR-3)
    SortedMap<Cidr, SortedSet<String>> endpointPrefixes = new TreeMap<>();
    List<String> endpoints = new ArrayList<>();
    for (String service : subnet.serviceEndpoints()) {
      endpoints.add(service);
      for (Cidr prefix : serviceEndpointPrefixes(service)) {
        endpointPrefixes.computeIfAbsent(prefix, k -> new TreeSet<>()).add(service);
      }
    }
    endpoints.sort(String.CASE_INSENSITIVE_ORDER);
    this.serviceEndpoints = ImmutableList.copyOf(endpoints);
    IntervalSet.Builder se = IntervalSet.builder();
    endpointPrefixes.keySet().forEach(se::add);
    this.serviceEndpointSpace = se.build();

    this.routes = buildRoutes(table, bgpRoutes, endpointPrefixes);
    this.nsg = nsgModel == null ? null : buildNsg(nsgModel);
    this.findings = ImmutableList.copyOf(findingSet);
  }

  // ---------------------------------------------------------------- service tags

  /**
   * The prefixes a service endpoint reaches (APP-2, NR-3). A regional endpoint ({@code
   * Microsoft.Storage}) reaches the service in the VNet's region: the regional tag ({@code
   * Storage.westeurope}) when it is defined, else the global one. A global endpoint ({@code
   * Microsoft.Storage.Global}) reaches the service in every region: the global tag ({@code
   * Storage}), or, without its definition, every regional tag of the service that is defined (as an
   * NSG rule reads the global tag).
   */
  private List<Cidr> serviceEndpointPrefixes(String service) {
    Optional<ServiceTag> tag = ServiceTag.forServiceEndpoint(service);
    if (tag.isEmpty()) {
      findingSet.add(
          new Finding(
              "APP-2",
              Severity.WARNING,
              "service endpoint '"
                  + service
                  + "' on the subnet has no known service tag: its destinations are not"
                  + " recognised, so without application traffic routing they take the public"
                  + " route"));
      return List.of();
    }
    if (service.toLowerCase(Locale.ROOT).endsWith(GLOBAL_ENDPOINT_SUFFIX)) {
      List<Cidr> everyRegion = tagPrefixes(tag.get());
      return everyRegion.isEmpty()
          ? noPrefixes(service, tag.get() + " or any of its regional tags (the endpoint is global)")
          : everyRegion;
    }
    ServiceTagDefinition regional = definitions.get(tag.get().inRegion(vnet.region()));
    if (regional != null) {
      return regional.ipv4Prefixes();
    }
    ServiceTagDefinition global = definitions.get(tag.get());
    if (global != null) {
      return global.ipv4Prefixes();
    }
    return noPrefixes(service, tag.get().inRegion(vnet.region()) + " or " + tag.get());
  }

  /** Reports a service endpoint none of whose {@code tags} is defined; no prefixes. */
  private List<Cidr> noPrefixes(String service, String tags) {
    findingSet.add(
        new Finding(
            "APP-2",
            Severity.WARNING,
            "service endpoint '"
                + service
                + "' on the subnet: no prefixes are known for service tag "
                + tags
                + "; give a ServiceTagDefinition to route its traffic into the VNet"));
    return List.of();
  }

  /** The union of what {@code addresses} stand for. */
  private IntervalSet resolve(List<SecurityRuleAddress> addresses, String ruleName) {
    IntervalSet.Builder union = IntervalSet.builder();
    for (SecurityRuleAddress a : addresses) {
      union.addAll(resolve(a, ruleName));
    }
    return union.build();
  }

  /** The addresses a rule address stands for; reports tags without a definition. */
  private IntervalSet resolve(SecurityRuleAddress address, String ruleName) {
    if (address.isAny()) {
      return IntervalSet.ALL;
    }
    Optional<Cidr> prefix = address.prefix();
    if (prefix.isPresent()) {
      return IntervalSet.of(prefix.get());
    }
    ServiceTag tag = address.serviceTag().orElseThrow();
    if (tag.equals(ServiceTag.VIRTUAL_NETWORK)) {
      return virtualNetworkTag;
    }
    if (tag.equals(ServiceTag.INTERNET)) {
      return internetTag;
    }
    IntervalSet set = tagSets.computeIfAbsent(tag, this::tagSet);
    if (set.isEmpty()) {
      findingSet.add(
          new Finding(
              "NR-1",
              Severity.WARNING,
              "security rule '"
                  + ruleName
                  + "' uses service tag "
                  + tag
                  + ", whose prefixes are not known; give a ServiceTagDefinition (until then the"
                  + " rule matches no address for this tag)"));
    }
    return set;
  }

  private IntervalSet tagSet(ServiceTag tag) {
    IntervalSet.Builder b = IntervalSet.builder();
    tagPrefixes(tag).forEach(b::add);
    return b.build();
  }

  /**
   * The prefixes of {@code tag}: its definition's, or, for a global tag ({@code Storage}) without a
   * definition, those of every regional tag of it that is defined ({@code Storage.westeurope},
   * ...), in no particular order.
   */
  private List<Cidr> tagPrefixes(ServiceTag tag) {
    ServiceTagDefinition exact = definitions.get(tag);
    if (exact != null) {
      return exact.ipv4Prefixes();
    }
    List<Cidr> prefixes = new ArrayList<>();
    if (tag.qualifier().isEmpty()) {
      for (ServiceTagDefinition d : definitions.values()) {
        if (d.tag().baseName().equalsIgnoreCase(tag.baseName())) {
          prefixes.addAll(d.ipv4Prefixes());
        }
      }
    }
    return prefixes;
  }

  // ---------------------------------------------------------------- routes (NR-2, NR-3)

  private RouteIndex buildRoutes(
      @Nullable RouteTable table,
      List<BgpRoute> bgpRoutes,
      SortedMap<Cidr, SortedSet<String>> endpointPrefixes) {
    List<RouteIndex.Entry> entries = new ArrayList<>();
    SortedMap<Cidr, RouteIndex.Entry> system = new TreeMap<>();
    for (Cidr space : vnet.addressSpaces()) {
      if (space.isIpv4()) {
        addSystem(
            system,
            space,
            NextHopType.VNET_LOCAL,
            "address space of virtual network '" + vnet.name() + "'",
            true,
            0,
            null);
      }
    }
    for (Peering p : vnet.peerings()) {
      String remote = p.remoteVirtualNetworkId().name();
      Step unreachable =
          p.remoteClassic()
              ? new Step(
                  "NET-9",
                  "virtual network '"
                      + remote
                      + "' is a classic VNet: regional integration cannot reach anything across a"
                      + " peering with a classic VNet")
              : null;
      for (Cidr space : p.remoteAddressSpaces()) {
        if (space.isIpv4()) {
          addSystem(
              system,
              space,
              NextHopType.VNET_PEERING,
              "address space of peered virtual network '"
                  + remote
                  + "'"
                  + (p.remoteClassic() ? " (classic)" : ""),
              true,
              1,
              unreachable);
        }
      }
    }
    endpointPrefixes.forEach(
        (prefix, services) ->
            addSystem(
                system,
                prefix,
                NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT,
                "service endpoint " + String.join(", ", services),
                true,
                2,
                null));
    for (Cidr reserved : RFC1918) {
      if (!vnetSpace.covers(reserved)) {
        addSystem(
            system,
            reserved,
            NextHopType.NONE,
            "reserved range " + reserved + " (RFC 1918) outside the VNet's address space",
            false,
            3,
            null);
      }
    }
    if (!vnetSpace.covers(SHARED_ADDRESS_SPACE)) {
      addSystem(
          system,
          SHARED_ADDRESS_SPACE,
          NextHopType.NONE,
          "reserved range 100.64.0.0/10 (RFC 6598 shared address space) outside the VNet's"
              + " address space",
          false,
          3,
          null);
    }
    addSystem(
        system,
        DEFAULT_ROUTE,
        NextHopType.INTERNET,
        "default route to the internet",
        false,
        4,
        null);
    entries.addAll(system.values());

    String disabledBy = null;
    if (table != null) {
      for (Route r : table.routes()) {
        entries.add(
            new RouteIndex.Entry(
                new EffectiveRoute(
                    RouteSource.USER,
                    r.addressPrefix(),
                    r.nextHopType(),
                    r.nextHopIpAddress(),
                    Optional.of(table.id()),
                    Optional.of(r.name()),
                    "user route '" + r.name() + "'"),
                false,
                0));
      }
      if (table.disableBgpRoutePropagation()) {
        disabledBy = table.id().name();
      }
    }
    for (BgpRoute b : bgpRoutes) {
      entries.add(
          new RouteIndex.Entry(
              new EffectiveRoute(
                  RouteSource.BGP,
                  b.addressPrefix(),
                  NextHopType.VIRTUAL_NETWORK_GATEWAY,
                  b.nextHopIpAddress(),
                  Optional.empty(),
                  Optional.empty(),
                  "BGP route from the virtual network gateway"),
              false,
              0));
    }
    Map<EffectiveRoute, Step> hopSteps = new HashMap<>();
    Map<EffectiveRoute, Finding> hopFindings = new HashMap<>();
    for (RouteIndex.Entry e : entries) {
      EffectiveRoute r = e.route;
      hopSteps.put(r, new Step("NR-4", RouteIndex.nextHopText(r)));
      if (e.unreachable != null) {
        hopFindings.put(
            r,
            new Finding(
                "NET-9",
                Severity.ERROR,
                "the destination lies across a peering with a classic virtual network ("
                    + r.origin()
                    + "), which regional integration cannot reach"));
      } else if (r.nextHopType() == NextHopType.VIRTUAL_NETWORK_GATEWAY) {
        hopFindings.put(
            r,
            new Finding(
                "NR-4",
                Severity.INFO,
                "the flow goes on-premises through the virtual network gateway: the on-premises"
                    + " network must route replies for "
                    + subnet.addressPrefix()
                    + " back to Azure"));
      }
    }
    return RouteIndex.build(entries, disabledBy, hopSteps, hopFindings);
  }

  private static void addSystem(
      SortedMap<Cidr, RouteIndex.Entry> system,
      Cidr prefix,
      NextHopType type,
      String origin,
      boolean protectedRoute,
      int rank,
      @Nullable Step unreachable) {
    RouteIndex.Entry candidate =
        new RouteIndex.Entry(
            new EffectiveRoute(
                RouteSource.SYSTEM,
                prefix,
                type,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                origin),
            protectedRoute,
            rank,
            unreachable);
    RouteIndex.Entry existing = system.get(prefix);
    if (existing == null
        || rank < existing.systemRank
        || (rank == existing.systemRank && origin.compareTo(existing.route.origin()) < 0)) {
      system.put(prefix, candidate);
    }
  }

  // ---------------------------------------------------------------- NSG (NR-1)

  private NsgIndex buildNsg(NetworkSecurityGroup model) {
    List<NsgIndex.Rule> rules = new ArrayList<>();
    ResourceId id = model.id();
    for (SecurityRule rule : model.rules(TrafficDirection.OUTBOUND)) {
      if (rule.protocol() != SecurityRuleProtocol.ANY
          && rule.protocol() != SecurityRuleProtocol.TCP
          && rule.protocol() != SecurityRuleProtocol.UDP) {
        continue; // ICMP, ESP, AH never match a TCP/UDP flow (TIER-4)
      }
      if (!coversEveryPort(rule.sourcePortRanges())) {
        findingSet.add(
            new Finding(
                "NR-1",
                Severity.WARNING,
                "security rule '"
                    + rule.name()
                    + "' restricts source ports to "
                    + rule.sourcePortRanges()
                    + "; the app's source ports are ephemeral ports the platform chooses, so"
                    + " vnetkit does not apply the rule"));
        continue;
      }
      IntervalSet source = resolve(rule.sourceAddresses(), rule.name());
      if (!source.covers(subnet.addressPrefix())) {
        if (source.overlaps(subnet.addressPrefix())) {
          findingSet.add(
              new Finding(
                  "CAP-9",
                  Severity.WARNING,
                  "security rule '"
                      + rule.name()
                      + "' matches only part of the integration subnet "
                      + subnet.addressPrefix()
                      + "; an instance may use any address of the subnet, so vnetkit does not"
                      + " apply the rule: write it for the whole subnet"));
        }
        continue;
      }
      boolean allow = rule.access() == SecurityRuleAccess.ALLOW;
      rules.add(
          new NsgIndex.Rule(
              new NsgVerdict(id, rule.name(), rule.priority(), rule.access(), false),
              new Step(
                  "NR-1",
                  "outbound security rule '"
                      + rule.name()
                      + "' (priority "
                      + rule.priority()
                      + ") of NSG '"
                      + id.name()
                      + "' is the first match and "
                      + (allow ? "allows the flow" : "denies the flow: it is dropped")),
              resolve(rule.destinationAddresses(), rule.name()),
              rule.protocol().matches(TransportProtocol.TCP),
              rule.protocol().matches(TransportProtocol.UDP),
              rule.destinationPortRanges()));
    }
    rules.add(
        defaultRule(
            id,
            ALLOW_VNET_OUT,
            65000,
            SecurityRuleAccess.ALLOW,
            virtualNetworkTag,
            "VirtualNetwork to VirtualNetwork"));
    rules.add(
        defaultRule(
            id, ALLOW_INTERNET_OUT, 65001, SecurityRuleAccess.ALLOW, internetTag, "to Internet"));
    rules.add(
        defaultRule(id, DENY_ALL_OUT, 65500, SecurityRuleAccess.DENY, IntervalSet.ALL, "anything"));
    return NsgIndex.build(rules);
  }

  private static NsgIndex.Rule defaultRule(
      ResourceId id,
      String name,
      int priority,
      SecurityRuleAccess access,
      IntervalSet destinations,
      String scope) {
    boolean allow = access == SecurityRuleAccess.ALLOW;
    return new NsgIndex.Rule(
        new NsgVerdict(id, name, priority, access, true),
        new Step(
            "NR-1",
            "no custom outbound rule of NSG '"
                + id.name()
                + "' matches; the default rule "
                + name
                + " ("
                + priority
                + ", "
                + scope
                + ") "
                + (allow ? "allows the flow" : "denies the flow: it is dropped")),
        destinations,
        true,
        true,
        List.of(PortRange.any()));
  }

  private static boolean coversEveryPort(List<PortRange> ranges) {
    IntervalSet.Builder b = IntervalSet.builder();
    ranges.forEach(r -> b.add(r.from(), r.to()));
    return b.build().covers(0, PortRange.MAX_PORT);
  }

  /** Whether {@code address} lies in space the VNet treats as private (for APP-5 and DNS). */
  boolean isPrivate(IPv4Address address) {
    return privateSpace.contains(Ipv4.value(address));
  }
}
