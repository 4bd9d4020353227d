package io.github.vnetkit.testkit;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TriState;
import io.github.vnetkit.model.VirtualNetwork;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain context with the testkit's default arbitraries, looked up by type: under
 * {@code @Domain(VnetDomain.class)}, {@code @ForAll Subnet subnet} gets {@link
 * VnetArbitraries#subnets()}, {@code @ForAll Estate estate} a valid vnet-model {@link Estate},
 * {@code @ForAll BrokenEstate broken} an estate breaking any one {@link EstateRule}, and so on for
 * {@link ResourceId}, {@link Region}, {@link Sku}, {@link Cidr}, {@link VirtualNetwork}, {@link
 * AppServicePlan}, {@link App}, {@link AppSettings}, {@link FunctionsSettings}, {@link
 * LegacySiteFlags}, {@link OutboundVnetRouting}, {@link DnsConfiguration}, {@link DnsName}, {@link
 * PrivateDnsZone}, {@link CustomDnsServer}, {@link Peering}, {@link DeploymentSlot}, {@link
 * TriState}, {@link SecurityRule}, {@link NetworkSecurityGroup}, {@link Route}, {@link RouteTable},
 * {@link BgpRoute}, {@link ServiceTagDefinition}, {@link Flow} and {@link RoutingScenario}. jqwik's
 * global defaults ({@code @ForAll int}, enums, lists) stay available.
 *
 * <pre>{@code
 * @Domain(VnetDomain.class)
 * class MyToolProperties {
 *   @Property
 *   void rendersEverySubnet(@ForAll Subnet subnet, @ForAll Region region) { ... }
 * }
 * }</pre>
 *
 * <p>For tuned values (a knob), write a {@code @Provide} method in your test class that returns a
 * {@link VnetArbitraries} arbitrary, and use {@code @ForAll("name")}; or extend this class with
 * your own {@code @Provide} methods.
 */
@Domain(DomainContext.Global.class)
public class VnetDomain extends DomainContextBase {

  /** Used by jqwik; also usable directly. */
  public VnetDomain() {}

  /** {@link VnetArbitraries#resourceIds()}. */
  @Provide
  public Arbitrary<ResourceId> resourceIds() {
    return VnetArbitraries.resourceIds();
  }

  /** {@link VnetArbitraries#regions()}. */
  @Provide
  public Arbitrary<Region> regions() {
    return VnetArbitraries.regions();
  }

  /** {@link VnetArbitraries#skus()}. */
  @Provide
  public Arbitrary<Sku> skus() {
    return VnetArbitraries.skus();
  }

  /** {@link VnetArbitraries#cidrs()}. */
  @Provide
  public Arbitrary<Cidr> cidrs() {
    return VnetArbitraries.cidrs();
  }

  /** {@link VnetArbitraries#subnets()}. */
  @Provide
  public Arbitrary<Subnet> subnets() {
    return VnetArbitraries.subnets();
  }

  /** {@link VnetArbitraries#virtualNetworks()}. */
  @Provide
  public Arbitrary<VirtualNetwork> virtualNetworks() {
    return VnetArbitraries.virtualNetworks();
  }

  /** {@link VnetArbitraries#plans()}. */
  @Provide
  public Arbitrary<AppServicePlan> plans() {
    return VnetArbitraries.plans();
  }

  /** {@link VnetArbitraries#apps()}. */
  @Provide
  public Arbitrary<App> apps() {
    return VnetArbitraries.apps();
  }

  /** {@link VnetArbitraries#appSettings()}. */
  @Provide
  public Arbitrary<AppSettings> appSettings() {
    return VnetArbitraries.appSettings();
  }

  /** {@link VnetArbitraries#functionsSettings()}. */
  @Provide
  public Arbitrary<FunctionsSettings> functionsSettings() {
    return VnetArbitraries.functionsSettings();
  }

  /** {@link VnetArbitraries#legacySiteFlags()}. */
  @Provide
  public Arbitrary<LegacySiteFlags> legacySiteFlags() {
    return VnetArbitraries.legacySiteFlags();
  }

  /** {@link VnetArbitraries#outboundVnetRouting()}. */
  @Provide
  public Arbitrary<OutboundVnetRouting> outboundVnetRouting() {
    return VnetArbitraries.outboundVnetRouting();
  }

  /** {@link VnetArbitraries#dnsConfigurations()}. */
  @Provide
  public Arbitrary<DnsConfiguration> dnsConfigurations() {
    return VnetArbitraries.dnsConfigurations();
  }

  /** {@link VnetArbitraries#dnsNames()}. */
  @Provide
  public Arbitrary<DnsName> dnsNames() {
    return VnetArbitraries.dnsNames();
  }

  /** {@link VnetArbitraries#privateDnsZones()}. */
  @Provide
  public Arbitrary<PrivateDnsZone> privateDnsZones() {
    return VnetArbitraries.privateDnsZones();
  }

  /** {@link VnetArbitraries#customDnsServers()}. */
  @Provide
  public Arbitrary<CustomDnsServer> customDnsServers() {
    return VnetArbitraries.customDnsServers();
  }

  /** {@link VnetArbitraries#peerings()}. */
  @Provide
  public Arbitrary<Peering> peerings() {
    return VnetArbitraries.peerings();
  }

  /** {@link VnetArbitraries#deploymentSlots()}. */
  @Provide
  public Arbitrary<DeploymentSlot> deploymentSlots() {
    return VnetArbitraries.deploymentSlots();
  }

  /** {@link VnetArbitraries#triStates()}. */
  @Provide
  public Arbitrary<TriState> triStates() {
    return VnetArbitraries.triStates();
  }

  /** {@link VnetArbitraries#estates()}: valid estates. */
  @Provide
  public Arbitrary<Estate> estates() {
    return VnetArbitraries.estates();
  }

  /** {@link EstateArbitrary#breakingAnyRule()}: estates breaking one rule, any rule. */
  @Provide
  public Arbitrary<BrokenEstate> brokenEstates() {
    return VnetArbitraries.estates().breakingAnyRule();
  }

  /** {@link VnetArbitraries#securityRules()}. */
  @Provide
  public Arbitrary<SecurityRule> securityRules() {
    return VnetArbitraries.securityRules();
  }

  /** {@link VnetArbitraries#networkSecurityGroups()}. */
  @Provide
  public Arbitrary<NetworkSecurityGroup> networkSecurityGroups() {
    return VnetArbitraries.networkSecurityGroups();
  }

  /** {@link VnetArbitraries#routes()}. */
  @Provide
  public Arbitrary<Route> routes() {
    return VnetArbitraries.routes();
  }

  /** {@link VnetArbitraries#routeTables()}. */
  @Provide
  public Arbitrary<RouteTable> routeTables() {
    return VnetArbitraries.routeTables();
  }

  /** {@link VnetArbitraries#bgpRoutes()}. */
  @Provide
  public Arbitrary<BgpRoute> bgpRoutes() {
    return VnetArbitraries.bgpRoutes();
  }

  /** {@link VnetArbitraries#serviceTagDefinitions()}. */
  @Provide
  public Arbitrary<ServiceTagDefinition> serviceTagDefinitions() {
    return VnetArbitraries.serviceTagDefinitions();
  }

  /** {@link VnetArbitraries#flows()}. */
  @Provide
  public Arbitrary<Flow> flows() {
    return VnetArbitraries.flows();
  }

  /** {@link VnetArbitraries#routingScenarios()}. */
  @Provide
  public Arbitrary<RoutingScenario> routingScenarios() {
    return VnetArbitraries.routingScenarios();
  }
}
