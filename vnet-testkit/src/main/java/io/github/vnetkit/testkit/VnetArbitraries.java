package io.github.vnetkit.testkit;

import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PeeringScope;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.TriState;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The entry point of the testkit: one static method per vnetkit model type, each returning a jqwik
 * arbitrary of valid, shrinkable values. The fluent ones have knobs; every knob returns a new,
 * immutable arbitrary, so they can be shared between properties and threads.
 *
 * <pre>{@code
 * @Property
 * void myToolAcceptsIntegrationSubnets(@ForAll("subnets") Subnet subnet) { ... }
 *
 * @Provide
 * Arbitrary<Subnet> subnets() {
 *   return VnetArbitraries.subnets().withPrefixBetween(24, 28).inside(Cidr.parse("10.1.0.0/16"));
 * }
 * }</pre>
 *
 * <p>Every value is built through the model's validating builders ({@code Subnet.builder()}, ...):
 * it never throws, whatever jqwik generates or shrinks to.
 */
public final class VnetArbitraries {

  private VnetArbitraries() {}

  /** ARM resource ids of every kind vnetkit recognises (narrow with {@code ofKind(..)}). */
  public static ResourceIdArbitrary resourceIds() {
    return new ResourceIdArbitrary();
  }

  /** Azure regions from a pool of real region names. */
  public static RegionArbitrary regions() {
    return new RegionArbitrary();
  }

  /** App Service SKUs, every known family (narrow by tier or integration support). */
  public static SkuArbitrary skus() {
    return new SkuArbitrary();
  }

  /** IPv4 prefixes inside {@code 10.0.0.0/8} (or anywhere you say; or IPv6). */
  public static CidrArbitrary cidrs() {
    return new CidrArbitrary();
  }

  /** Subnets ready for regional integration: /24 to /28, delegated, no service endpoint policy. */
  public static SubnetArbitrary subnets() {
    return new SubnetArbitrary();
  }

  /** Virtual networks with one to three non-overlapping integration-ready subnets. */
  public static VirtualNetworkArbitrary virtualNetworks() {
    return new VirtualNetworkArbitrary();
  }

  /** App Service plans: Windows, Linux or Windows-container, any SKU, up to 30 instances. */
  public static PlanArbitrary plans() {
    return new PlanArbitrary();
  }

  /** App settings: legacy VNet settings and unrelated ones, with exact values by default. */
  public static AppSettingsArbitrary appSettings() {
    return new AppSettingsArbitrary();
  }

  /** Apps with routing in legacy, modern and mixed form, optional integration and slots. */
  public static AppArbitrary apps() {
    return new AppArbitrary();
  }

  /**
   * Azure Functions networking settings ({@code FunctionsSettings}, FN-1..FN-4): runtime scale
   * monitoring, virtual network trigger extensions with versions at or above their FN-2 minimum,
   * Hybrid Connections, a VNet-restricted storage account; {@code validFor(plan)} keeps to what a
   * plan allows. Shrinks towards {@code FunctionsSettings.none()}.
   */
  public static FunctionsSettingsArbitrary functionsSettings() {
    return new FunctionsSettingsArbitrary();
  }

  /**
   * Whole consistent vnet-model {@code Estate}s of plans, apps and VNets, valid by construction;
   * {@code estates().breaking(rule)} gives {@link BrokenEstate}s that break one chosen rule.
   */
  public static EstateArbitrary estates() {
    return new EstateArbitrary();
  }

  /**
   * Fully qualified DNS names: one or two short labels under {@code contoso.com}, an Azure service
   * domain ({@code database.windows.net}, ...) or a private-link zone ({@code
   * privatelink.database.windows.net}, ...); normalised, shrinking towards {@code a.contoso.com}.
   * Narrow with {@code inZone(zone)} or {@code inPrivateLinkZones()}.
   */
  public static DnsNameArbitrary dnsNames() {
    return new DnsNameArbitrary();
  }

  /**
   * Azure DNS private zones (DNS-1, DNS-3): private-link zone names from a pool of real ones, A
   * records to private-endpoint addresses, linked VNets; {@code linkedTo(vnetId)} links them to
   * yours. Shrinks towards {@code privatelink.database.windows.net} with no records or links.
   */
  public static PrivateDnsZoneArbitrary privateDnsZones() {
    return new PrivateDnsZoneArbitrary();
  }

  /**
   * Custom DNS servers (DNS-1..DNS-3): an address, A records of their own, forwarding to Azure DNS
   * or not. Shrinks towards {@code 10.0.0.4} without records, not forwarding.
   */
  public static CustomDnsServerArbitrary customDnsServers() {
    return new CustomDnsServerArbitrary();
  }

  /**
   * NSG security rules: outbound mostly, addresses mixing service tags and pool prefixes (see
   * {@link SecurityRuleArbitrary}).
   */
  public static SecurityRuleArbitrary securityRules() {
    return new SecurityRuleArbitrary();
  }

  /** Network security groups with up to eight rules, unique names and priorities. */
  public static NetworkSecurityGroupArbitrary networkSecurityGroups() {
    return new NetworkSecurityGroupArbitrary();
  }

  /**
   * Single user-defined routes named {@code route1} to {@code route99}, their prefixes from the
   * pool that also holds the system routes' prefixes (see {@link RouteTableArbitrary}).
   */
  public static Arbitrary<Route> routes() {
    return RouteTableArbitrary.routes();
  }

  /** Route tables with up to eight user routes, one per prefix. */
  public static RouteTableArbitrary routeTables() {
    return new RouteTableArbitrary();
  }

  /**
   * BGP routes from the same prefix pool as {@link #routes()}, so that a BGP route and a user or
   * system route often share a prefix; half of them name a next hop address. For a list, keep one
   * route per prefix: {@code bgpRoutes().list().uniqueElements(BgpRoute::addressPrefix)}.
   */
  public static Arbitrary<BgpRoute> bgpRoutes() {
    return RoutingScenarioArbitrary.bgpRoutes();
  }

  /**
   * Service tag definitions ({@code Storage}, {@code Sql.westeurope}, ...) with one to three public
   * prefixes. For a list, keep one definition per tag: {@code
   * serviceTagDefinitions().list().uniqueElements(ServiceTagDefinition::tag)}.
   */
  public static ServiceTagDefinitionArbitrary serviceTagDefinitions() {
    return new ServiceTagDefinitionArbitrary();
  }

  /** Flows to destinations in and around the routing pools, including 100.64.0.0/10. */
  public static FlowArbitrary flows() {
    return new FlowArbitrary();
  }

  /**
   * Integrated apps with everything the routing evaluator needs about their subnet (VNet, peerings,
   * NSG, route table, BGP routes, service tags), consistent with each other.
   */
  public static RoutingScenarioArbitrary routingScenarios() {
    return new RoutingScenarioArbitrary();
  }

  /**
   * Peerings to a remote VNet with one or two {@code 10.x.0.0/16} address spaces (not overlapping
   * each other), regional or global, the remote VNet sometimes classic (NET-9).
   */
  public static Arbitrary<Peering> peerings() {
    return Combinators.combine(
            resourceIds().ofKind(ResourceId.Kind.VIRTUAL_NETWORK),
            Arbitraries.integers()
                .between(0, 255)
                .list()
                .ofMinSize(1)
                .ofMaxSize(2)
                .uniqueElements(),
            Arbitraries.of(PeeringScope.class),
            Arbitraries.frequency(List.of(Tuple2s.weighted(4, false), Tuple2s.weighted(1, true))))
        .as(
            (id, octets, scope, classic) ->
                Peering.builder()
                    .remoteVirtualNetworkId(id)
                    .addAllRemoteAddressSpaces(
                        octets.stream().map(x -> Cidr.parse("10." + x + ".0.0/16")).toList())
                    .scope(scope)
                    .remoteClassic(classic)
                    .build());
  }

  /**
   * Deployment slots with their own routing (legacy, modern and mixed sources, possibly
   * disagreeing) and, half of the time, their own integration (NET-10).
   */
  public static Arbitrary<DeploymentSlot> deploymentSlots() {
    return Combinators.combine(
            resourceIds().ofKind(ResourceId.Kind.SLOT),
            Routing.free(Routing.Form.MIXED, new AppSettingsArbitrary()),
            resourceIds().ofKind(ResourceId.Kind.SUBNET).optional(0.5))
        .as(
            (id, routing, subnet) ->
                DeploymentSlot.builder()
                    .id(id)
                    .appSettings(routing.settings())
                    .legacySiteFlags(routing.flags())
                    .outboundVnetRouting(routing.modern())
                    .dnsConfiguration(routing.dns())
                    .virtualNetworkSubnetId(subnet)
                    .build());
  }

  /** Three-state switches, {@code UNSET} most often; shrinks towards {@code UNSET}. */
  public static Arbitrary<TriState> triStates() {
    return Routing.triStates();
  }

  /** Legacy {@code vnet*Enabled} site flags, each independently unset, on or off. */
  public static Arbitrary<LegacySiteFlags> legacySiteFlags() {
    return Routing.legacySiteFlags();
  }

  /** Modern {@code outboundVnetRouting} values, each switch independently unset, on or off. */
  public static Arbitrary<OutboundVnetRouting> outboundVnetRouting() {
    return Routing.outboundVnetRouting();
  }

  /**
   * {@code dnsConfiguration} values: zero to two DNS servers (possibly repeated) and an optional
   * fallback (DNS-2); shrinks towards the empty configuration, which counts as not set.
   */
  public static Arbitrary<DnsConfiguration> dnsConfigurations() {
    return Routing.dnsConfigurations();
  }
}
