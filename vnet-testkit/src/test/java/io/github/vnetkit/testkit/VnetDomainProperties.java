package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.vnetkit.model.PricingTier;
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
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;

/** {@code @ForAll} resolves every model type by type under {@code @Domain(VnetDomain.class)}. */
@Domain(VnetDomain.class)
class VnetDomainProperties {

  @Property(tries = 200)
  void networkTypesResolve(
      @ForAll Subnet subnet,
      @ForAll VirtualNetwork vnet,
      @ForAll Cidr cidr,
      @ForAll ResourceId id,
      @ForAll Region region) {
    assertThat(subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)).isTrue();
    assertThat(vnet.subnets()).isNotEmpty();
    assertThat(cidr.isIpv4()).isTrue();
    assertThat(ResourceId.parse(id.toString())).isEqualTo(id);
    assertThat(VnetArbitraries.regions().pool()).contains(region);
  }

  @Property(tries = 200)
  void appTypesResolve(
      @ForAll AppServicePlan plan,
      @ForAll App app,
      @ForAll AppSettings settings,
      @ForAll LegacySiteFlags flags,
      @ForAll OutboundVnetRouting routing,
      @ForAll DnsConfiguration dns,
      @ForAll Sku sku) {
    assertThat(plan.maxInstances()).isBetween(1, 30);
    assertThat(app.slots()).hasSizeLessThanOrEqualTo(1);
    assertThat(settings.size()).isLessThanOrEqualTo(8);
    assertThat(flags).isNotNull();
    assertThat(routing).isNotNull();
    assertThat(dns.dnsServers()).hasSizeLessThanOrEqualTo(2);
    assertThat(Sku.allKnown()).contains(sku);
  }

  @Property(tries = 100)
  void functionsSettingsResolve(@ForAll FunctionsSettings settings) {
    assertThat(settings.vnetTriggerExtensions()).hasSizeLessThanOrEqualTo(3);
    assertThat(settings.hybridConnections()).hasSizeLessThanOrEqualTo(2);
  }

  @Property(tries = 200)
  void dnsTypesResolve(
      @ForAll DnsName name, @ForAll PrivateDnsZone zone, @ForAll CustomDnsServer server) {
    assertThat(DnsName.of(name.name())).isEqualTo(name);
    assertThat(zone.name().name()).startsWith("privatelink.");
    zone.aRecords()
        .forEach(
            (relative, address) ->
                assertThat(zone.addressOf(DnsName.of(relative + "." + zone.name())))
                    .contains(address));
    assertThat(server.aRecords()).hasSizeLessThanOrEqualTo(2);
  }

  @Property(tries = 100)
  void peeringsAndSlotsResolve(@ForAll Peering peering, @ForAll DeploymentSlot slot) {
    assertThat(peering.remoteAddressSpaces()).isNotEmpty();
    assertThat(slot.id().kind()).isEqualTo(ResourceId.Kind.SLOT);
  }

  @Property(tries = 100)
  void estatesResolveAndAreValid(@ForAll Estate estate) {
    assertThat(EstateChecker.violations(estate)).isEmpty();
    assertThat(EstateChecker.referenceProblems(estate)).isEmpty();
  }

  @Property(tries = 100)
  void brokenEstatesResolveAndBreakTheirRule(@ForAll BrokenEstate broken) {
    assertThat(EstateChecker.violations(broken.estate())).containsExactly(broken.rule());
  }

  @Property(tries = 100)
  void routingTypesResolve(
      @ForAll SecurityRule rule,
      @ForAll NetworkSecurityGroup nsg,
      @ForAll Route route,
      @ForAll RouteTable table,
      @ForAll BgpRoute bgp,
      @ForAll ServiceTagDefinition tag,
      @ForAll Flow flow,
      @ForAll RoutingScenario scenario) {
    assertThat(rule.priority()).isBetween(SecurityRule.MIN_PRIORITY, SecurityRule.MAX_PRIORITY);
    assertThat(nsg.securityRules()).hasSizeLessThanOrEqualTo(8);
    assertThat(route.name()).startsWith("route");
    assertThat(table.routes()).hasSizeLessThanOrEqualTo(8);
    assertThat(bgp.addressPrefix().isIpv4()).isTrue();
    assertThat(tag.addressPrefixes()).hasSizeBetween(1, 3);
    assertThat(flow.port()).isBetween(0, 65_535);
    assertThat(scenario.subnet().id()).isEqualTo(scenario.app().virtualNetworkSubnetId().get());
  }

  @Property(tries = 100)
  void globalDefaultsStayAvailable(
      @ForAll int n,
      @ForAll TriState state,
      @ForAll PricingTier tier,
      @ForAll @Size(max = 3) List<Subnet> subnets) {
    assertThat(subnets).hasSizeLessThanOrEqualTo(3);
    assertThat(tier).isNotNull();
    assertThat(state).isNotNull();
  }
}
