package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final ResourceId APP = ResourceId.site(SUB, "rg", "shop");
  private static final ResourceId PLAN = ResourceId.serverFarm(SUB, "rg", "plan1");
  private static final ResourceId SUBNET = ResourceId.subnet(SUB, "net", "vnet1", "apps");
  private static final ResourceId STAGING_SUBNET =
      ResourceId.subnet(SUB, "net", "vnet1", "staging");

  private static App.Builder app() {
    return App.builder().id(APP).planId(PLAN);
  }

  private static DeploymentSlot slot(String app, String name) {
    return DeploymentSlot.builder().id(ResourceId.slot(SUB, "rg", app, name)).build();
  }

  @Test
  void defaultsAreUnsetAndEmpty() {
    App a = app().build();

    assertThat(a.name()).isEqualTo("shop");
    assertThat(a.kind()).isEqualTo(AppKind.WEB_APP);
    assertThat(a.dockerCompose()).isFalse();
    assertThat(a.appSettings()).isEqualTo(AppSettings.empty());
    assertThat(a.legacySiteFlags()).isEqualTo(LegacySiteFlags.unset());
    assertThat(a.outboundVnetRouting()).isEqualTo(OutboundVnetRouting.unset());
    assertThat(a.virtualNetworkSubnetId()).isEmpty();
    assertThat(a.dnsConfiguration()).isEmpty();
    assertThat(a.slots()).isEmpty();
  }

  @Test
  @DisplayName("TIER-4: web, function and logic apps are modelled")
  void tier4_appKinds() {
    assertThat(AppKind.values())
        .containsExactly(AppKind.WEB_APP, AppKind.FUNCTION_APP, AppKind.LOGIC_APP);
    assertThat(app().kind(AppKind.FUNCTION_APP).build().kind()).isEqualTo(AppKind.FUNCTION_APP);
    assertThat(app().kind(AppKind.LOGIC_APP).build().kind()).isEqualTo(AppKind.LOGIC_APP);
  }

  @Test
  void keepsEveryGenerationOfRoutingConfigurationAsGiven() {
    AppSettings settings = AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "1").build();
    LegacySiteFlags flags = LegacySiteFlags.builder().vnetRouteAllEnabled(TriState.OFF).build();
    OutboundVnetRouting routing =
        OutboundVnetRouting.builder().imagePullTraffic(TriState.ON).build();
    DnsConfiguration dns =
        DnsConfiguration.builder().addDnsServers(IpAddresses.parse("10.0.0.4")).build();

    App a =
        app()
            .virtualNetworkSubnetId(SUBNET)
            .appSettings(settings)
            .legacySiteFlags(flags)
            .outboundVnetRouting(routing)
            .dnsConfiguration(dns)
            .dockerCompose(true)
            .build();

    assertThat(a.virtualNetworkSubnetId()).contains(SUBNET);
    assertThat(a.appSettings()).isEqualTo(settings);
    assertThat(a.legacySiteFlags().vnetRouteAllEnabled()).isEqualTo(TriState.OFF);
    assertThat(a.outboundVnetRouting().imagePullTraffic()).isEqualTo(TriState.ON);
    assertThat(a.dnsConfiguration()).contains(dns);
    assertThat(a.dockerCompose()).isTrue();
  }

  @Test
  @DisplayName("NET-10: each slot has its own integration and routing settings")
  void net10_slotsCarryTheirOwnIntegration() {
    DeploymentSlot staging =
        DeploymentSlot.builder()
            .id(ResourceId.slot(SUB, "rg", "shop", "staging"))
            .virtualNetworkSubnetId(STAGING_SUBNET)
            .outboundVnetRouting(
                OutboundVnetRouting.builder().applicationTraffic(TriState.ON).build())
            .build();
    App a = app().virtualNetworkSubnetId(SUBNET).addSlots(staging).build();

    List<Site> sites = List.of(a, a.slots().get(0));
    assertThat(sites)
        .extracting(s -> s.virtualNetworkSubnetId().orElseThrow())
        .containsExactly(SUBNET, STAGING_SUBNET);
    assertThat(a.outboundVnetRouting().applicationTraffic()).isEqualTo(TriState.UNSET);
    assertThat(staging.outboundVnetRouting().applicationTraffic()).isEqualTo(TriState.ON);
    assertThat(staging.name()).isEqualTo("staging");
    assertThat(staging.appId()).isEqualTo(APP);
    assertThat(a.slot("STAGING")).contains(staging);
    assertThat(a.slot("prod")).isEmpty();
  }

  @Test
  void slotDefaultsAreUnsetAndEmpty() {
    DeploymentSlot s = slot("shop", "blue");

    assertThat(s.appSettings().isEmpty()).isTrue();
    assertThat(s.legacySiteFlags().isEmpty()).isTrue();
    assertThat(s.outboundVnetRouting().isEmpty()).isTrue();
    assertThat(s.virtualNetworkSubnetId()).isEmpty();
    assertThat(s.dnsConfiguration()).isEmpty();
  }

  @Test
  void appsWithEqualPartsAreEqual() {
    App a = app().addSlots(slot("shop", "blue")).build();
    App b = App.builder().from(a).build();

    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
  }

  @Test
  @DisplayName("a slot of another app is rejected and both ids are named")
  void slotOfAnotherAppIsRejected() {
    DeploymentSlot foreign = slot("other-app", "staging");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> app().addSlots(foreign).build())
        .withMessageContaining("slot '" + foreign.id() + "'")
        .withMessageContaining("app '" + APP + "'");
  }

  @Test
  void aSlotListedTwiceIsRejected() {
    DeploymentSlot blue = slot("shop", "blue");
    DeploymentSlot blueAgain = slot("SHOP", "BLUE");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> app().addSlots(blue, blueAgain).build())
        .withMessageContaining("'" + blueAgain.id() + "' twice");
  }

  @Test
  void anAppIdThatIsAPlanIdIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> App.builder().id(PLAN).planId(PLAN).build())
        .withMessageContaining("app id '" + PLAN + "'")
        .withMessageContaining("site id");
  }

  @Test
  void aPlanIdThatIsASiteIdIsRejected() {
    ResourceId site = ResourceId.site(SUB, "rg", "other");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> app().planId(site).build())
        .withMessageContaining("'" + site + "'")
        .withMessageContaining("server farm id");
  }

  @Test
  void anIntegrationThatIsAVnetIdIsRejected() {
    ResourceId vnet = ResourceId.virtualNetwork(SUB, "net", "vnet1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> app().virtualNetworkSubnetId(vnet).build())
        .withMessageContaining("'" + vnet + "'")
        .withMessageContaining("subnet id");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DeploymentSlot.builder()
                    .id(ResourceId.slot(SUB, "rg", "shop", "blue"))
                    .virtualNetworkSubnetId(vnet)
                    .build())
        .withMessageContaining("'" + vnet + "'")
        .withMessageContaining("subnet id");
  }

  @Test
  void aSlotIdThatIsASiteIdIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DeploymentSlot.builder().id(APP).build())
        .withMessageContaining("slot id '" + APP + "'")
        .withMessageContaining("Microsoft.Web/sites/slots");
  }
}
