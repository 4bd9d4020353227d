package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.IntegrationSupport;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Every generated value is valid by construction: 10,000 tries per arbitrary, each value rebuilt
 * through the model's validating builder (or parser) and checked against what its knobs promise.
 */
class ValidByConstructionProperties {

  private static final Cidr SPACE = Cidr.parse("10.1.0.0/16");

  @Property(tries = 10_000)
  void resourceIdsHaveTheRequestedKindAndReparse(@ForAll("subnetIds") ResourceId id) {
    assertThat(id.kind()).isEqualTo(ResourceId.Kind.SUBNET);
    assertThat(ResourceId.parse(id.toString())).isEqualTo(id);
    assertThat(ResourceId.parse(id.toString().toLowerCase(Locale.ROOT))).isEqualTo(id);
    assertThat(id.subscriptionId()).isEqualTo("00000000-0000-0000-0000-000000000001");
  }

  @Provide
  Arbitrary<ResourceId> subnetIds() {
    return VnetArbitraries.resourceIds()
        .ofKind(ResourceId.Kind.SUBNET)
        .inSubscription("00000000-0000-0000-0000-000000000001")
        .withCaseVariants();
  }

  @Property(tries = 10_000)
  void resourceIdsOfEveryKindReparse(@ForAll("anyIds") ResourceId id) {
    assertThat(ResourceId.parse(id.toString())).isEqualTo(id);
    assertThat(id.kind().armType())
        .isEqualToIgnoringCase(id.kind() == ResourceId.Kind.OTHER ? "" : id.fullType());
  }

  @Provide
  Arbitrary<ResourceId> anyIds() {
    return VnetArbitraries.resourceIds();
  }

  @Property(tries = 10_000)
  void regionsComeFromThePool(@ForAll("regions") Region region) {
    assertThat(region).isNotEqualTo(Region.of("westeurope"));
    assertThat(Region.of(region.name())).isEqualTo(region);
    assertThat(VnetArbitraries.regions().pool()).contains(region);
  }

  @Provide
  Arbitrary<Region> regions() {
    return VnetArbitraries.regions().except(Region.of("West Europe"));
  }

  @Property(tries = 10_000)
  void eligibleSkusCanIntegrate(@ForAll("eligibleSkus") Sku sku) {
    assertThat(sku.tier().regionalIntegration())
        .isIn(IntegrationSupport.SUPPORTED, IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS);
    assertThat(Sku.parseExact(sku.name())).isEqualTo(sku);
  }

  @Provide
  Arbitrary<Sku> eligibleSkus() {
    return VnetArbitraries.skus().eligibleForIntegration();
  }

  @Property(tries = 10_000)
  void cidrsLieInsideTheirContainerWithThePrefixAsked(@ForAll("cidrs") Cidr cidr) {
    assertThat(SPACE.contains(cidr)).isTrue();
    assertThat(cidr.prefixLength()).isBetween(20, 29);
    assertThat(Cidr.parse(cidr.toString())).isEqualTo(cidr);
  }

  @Provide
  Arbitrary<Cidr> cidrs() {
    return VnetArbitraries.cidrs().withPrefixBetween(20, 29).inside(SPACE);
  }

  @Property(tries = 10_000)
  void ipv6CidrsAreIpv6(@ForAll("ipv6Cidrs") Cidr cidr) {
    assertThat(cidr.isIpv6()).isTrue();
    assertThat(cidr.prefixLength()).isBetween(32, 64);
    assertThat(Cidr.parse(cidr.toString())).isEqualTo(cidr);
  }

  @Provide
  Arbitrary<Cidr> ipv6Cidrs() {
    return VnetArbitraries.cidrs().ipv6();
  }

  @Property(tries = 10_000)
  void subnetsAreReadyForIntegration(@ForAll("subnets") Subnet subnet) {
    assertThat(subnet.addressPrefix().prefixLength()).isBetween(24, 28);
    assertThat(SPACE.contains(subnet.addressPrefix())).isTrue();
    assertThat(subnet.delegations()).containsExactly(Subnet.SERVER_FARMS_DELEGATION);
    assertThat(subnet.hasServiceEndpointPolicies()).isFalse();
    assertThat(subnet.virtualNetworkId().name()).isEqualTo("hub");
    assertThat(Subnet.builder().from(subnet).build()).isEqualTo(subnet);
  }

  @Provide
  Arbitrary<Subnet> subnets() {
    return VnetArbitraries.subnets()
        .withPrefixBetween(24, 28)
        .inside(SPACE)
        .inVirtualNetwork(
            ResourceId.virtualNetwork("00000000-0000-0000-0000-000000000001", "net", "hub"));
  }

  @Property(tries = 10_000)
  void virtualNetworksHaveNonOverlappingSubnets(@ForAll("vnets") VirtualNetwork vnet) {
    assertThat(vnet.subnets()).hasSizeBetween(1, 5);
    List<Subnet> subnets = vnet.subnets();
    for (int i = 0; i < subnets.size(); i++) {
      assertThat(subnets.get(i).addressPrefix().prefixLength()).isBetween(24, 28);
      assertThat(vnet.addressSpaces().get(0).contains(subnets.get(i).addressPrefix())).isTrue();
      for (int j = 0; j < i; j++) {
        assertThat(subnets.get(i).addressPrefix().overlaps(subnets.get(j).addressPrefix()))
            .isFalse();
      }
    }
    assertThat(vnet.classic()).isFalse();
    assertThat(vnet.hasIpv6AddressSpace()).isFalse();
    for (var peering : vnet.peerings()) {
      assertThat(peering.remoteAddressSpaces())
          .allMatch(remote -> vnet.addressSpaces().stream().noneMatch(remote::overlaps));
    }
    assertThat(VirtualNetwork.builder().from(vnet).build()).isEqualTo(vnet);
  }

  @Provide
  Arbitrary<VirtualNetwork> vnets() {
    return VnetArbitraries.virtualNetworks()
        .withSubnets(1, 5)
        .withDnsServers()
        .withPeerings(3)
        .withGateways();
  }

  @Property(tries = 10_000)
  void smallAddressSpacesStillFit(@ForAll("tightVnets") VirtualNetwork vnet) {
    assertThat(vnet.addressSpaces()).containsExactly(Cidr.parse("192.168.0.0/24"));
    assertThat(vnet.subnets()).hasSizeBetween(2, 4);
  }

  @Provide
  Arbitrary<VirtualNetwork> tightVnets() {
    return VnetArbitraries.virtualNetworks()
        .withAddressSpace(Cidr.parse("192.168.0.0/24"))
        .withSubnetPrefixBetween(26, 28)
        .withSubnets(2, 4)
        .withMixedSubnets();
  }

  @Property(tries = 10_000)
  void linuxPlansRespectTheirKnobs(@ForAll("linuxPlans") AppServicePlan plan) {
    assertThat(plan.operatingSystem()).isEqualTo(OperatingSystem.LINUX);
    assertThat(plan.hyperV()).isFalse();
    assertThat(plan.maxInstances()).isBetween(1, 30);
    assertThat(plan.currentInstances()).isBetween(1, plan.maxInstances());
    assertThat(plan.region()).isEqualTo(Region.of("northeurope"));
    assertThat(plan.vnetIntegrations()).hasSize(1);
    assertThat(AppServicePlan.builder().from(plan).build()).isEqualTo(plan);
  }

  @Provide
  Arbitrary<AppServicePlan> linuxPlans() {
    return VnetArbitraries.plans()
        .linux()
        .withMaxInstancesUpTo(30)
        .inRegion(Region.of("North Europe"))
        .withIntegrations();
  }

  @Property(tries = 10_000)
  void eligiblePlansCanIntegrate(@ForAll("eligiblePlans") AppServicePlan plan) {
    assertThat(plan.hyperV()).isTrue();
    assertThat(plan.operatingSystem()).isEqualTo(OperatingSystem.WINDOWS);
    assertThat(EstateChecker.violations(estateOf(plan))).isEmpty();
    assertThat(plan.vnetIntegrations()).hasSizeBetween(1, 2);
  }

  /** A one-plan estate around {@code plan}, with a /24 delegated subnet per integration. */
  private static Estate estateOf(AppServicePlan plan) {
    java.util.Map<ResourceId, VirtualNetwork.Builder> vnets = new java.util.LinkedHashMap<>();
    int i = 0;
    for (ResourceId subnet : plan.vnetIntegrations()) {
      ResourceId vnetId = subnet.parent().orElseThrow();
      vnets
          .computeIfAbsent(
              vnetId,
              id ->
                  VirtualNetwork.builder()
                      .id(id)
                      .region(plan.region())
                      .addAddressSpaces(Cidr.parse("10.0.0.0/16")))
          .addSubnets(
              Subnet.builder()
                  .id(subnet)
                  .addressPrefix(Cidr.parse("10.0." + i + ".0/24"))
                  .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
                  .build());
      i++;
    }
    Estate.Builder estate = Estate.builder().addPlans(plan);
    vnets.values().forEach(b -> estate.addVirtualNetworks(b.build()));
    return estate.build();
  }

  @Provide
  Arbitrary<AppServicePlan> eligiblePlans() {
    return VnetArbitraries.plans().windowsContainer().eligibleForIntegration().withIntegrations();
  }

  @Property(tries = 10_000)
  void legacyOnlySettingsHaveOnlyLegacyNames(@ForAll("legacySettings") AppSettings settings) {
    assertThat(settings.asMap().keySet())
        .allMatch(name -> legacyName(name), "a legacy VNet setting name");
    assertThat(AppSettings.of(settings.asMap())).isEqualTo(settings);
  }

  @Provide
  Arbitrary<AppSettings> legacySettings() {
    return VnetArbitraries.appSettings().legacyOnly().withNearMissValues().withNearMissNames();
  }

  @Property(tries = 10_000)
  void modernOnlySettingsHaveNoLegacyName(@ForAll("modernSettings") AppSettings settings) {
    assertThat(settings.asMap().keySet()).noneMatch(ValidByConstructionProperties::legacyName);
  }

  @Provide
  Arbitrary<AppSettings> modernSettings() {
    return VnetArbitraries.appSettings().modernOnly().withNearMissValues();
  }

  private static boolean legacyName(String name) {
    return List.of(
            "WEBSITE_VNET_ROUTE_ALL",
            "WEBSITE_PULL_IMAGE_OVER_VNET",
            "WEBSITE_CONTENTOVERVNET",
            "WEBSITE_DNS_SERVER",
            "WEBSITE_DNS_ALT_SERVER")
        .contains(name.toUpperCase(Locale.ROOT));
  }

  @Property(tries = 10_000)
  void legacyAppsCarryNoModernRouting(@ForAll("legacyApps") App app) {
    for (Site site : sites(app)) {
      assertThat(site.outboundVnetRouting().isEmpty()).isTrue();
      assertThat(site.dnsConfiguration()).isEmpty();
    }
    assertThat(App.builder().from(app).build()).isEqualTo(app);
  }

  @Provide
  Arbitrary<App> legacyApps() {
    return VnetArbitraries.apps().legacy().withNearMissValues().withSlots(2);
  }

  @Property(tries = 10_000)
  void modernAppsCarryNoLegacyRouting(@ForAll("modernApps") App app) {
    for (Site site : sites(app)) {
      assertThat(site.legacySiteFlags().isEmpty()).isTrue();
      assertThat(site.appSettings().asMap().keySet())
          .noneMatch(ValidByConstructionProperties::legacyName);
    }
    assertThat(app.planId().name()).isEqualTo("plan1");
    assertThat(app.virtualNetworkSubnetId()).isEmpty();
  }

  @Provide
  Arbitrary<App> modernApps() {
    return VnetArbitraries.apps()
        .modern()
        .onPlan(ResourceId.serverFarm("00000000-0000-0000-0000-000000000001", "rg", "plan1"))
        .withoutIntegration();
  }

  @Property(tries = 10_000)
  void conflictFreeAppsSetEachSwitchInOneSourceAtMost(@ForAll("conflictFreeApps") App app) {
    for (Site site : sites(app)) {
      assertThat(RoutingSources.maxSourcesPerSwitch(site)).isLessThanOrEqualTo(1);
    }
  }

  @Provide
  Arbitrary<App> conflictFreeApps() {
    return VnetArbitraries.apps().mixed().withoutConflicts().withSlots(1);
  }

  private static List<Site> sites(App app) {
    List<Site> sites = new java.util.ArrayList<>(List.of(app));
    for (DeploymentSlot slot : app.slots()) {
      sites.add(slot);
    }
    return sites;
  }

  @Property(tries = 10_000)
  void peeringsAndSlotsAreValid(
      @ForAll("peerings") Peering peering, @ForAll("slots") DeploymentSlot slot) {
    assertThat(peering.remoteAddressSpaces()).hasSizeBetween(1, 2);
    assertThat(
            peering
                .remoteAddressSpaces()
                .get(0)
                .overlaps(
                    peering.remoteAddressSpaces().get(peering.remoteAddressSpaces().size() - 1)))
        .isEqualTo(peering.remoteAddressSpaces().size() == 1);
    assertThat(Peering.builder().from(peering).build()).isEqualTo(peering);
    assertThat(slot.appId().kind()).isEqualTo(ResourceId.Kind.SITE);
    assertThat(DeploymentSlot.builder().from(slot).build()).isEqualTo(slot);
  }

  @Provide
  Arbitrary<Peering> peerings() {
    return VnetArbitraries.peerings();
  }

  @Provide
  Arbitrary<DeploymentSlot> slots() {
    return VnetArbitraries.deploymentSlots();
  }

  @Property(tries = 10_000)
  void estatesAreValidByConstruction(@ForAll("estates") Estate estate) {
    assertThat(EstateChecker.referenceProblems(estate)).isEmpty();
    assertThat(EstateChecker.violations(estate)).isEmpty();
    assertThat(EstateChecker.subscriptions(estate)).hasSize(1);
    assertThat(estate.plans()).hasSizeBetween(1, 4);
    assertThat(estate.plans()).allMatch(p -> p.maxInstances() <= 30);
    for (AppServicePlan plan : estate.plans()) {
      for (ResourceId subnetId : plan.vnetIntegrations()) {
        Subnet subnet = estate.subnet(subnetId).orElseThrow();
        List<AppServicePlan> sharing = EstateChecker.plansIntegratedWith(estate, subnetId);
        long need =
            sharing.stream()
                .mapToLong(p -> 2L * p.maxInstances() * EstateChecker.cost(estate, p))
                .sum();
        assertThat(EstateChecker.usable(subnet.addressPrefix().prefixLength()))
            .as("CAP-5, CAP-8 with headroom for %s in %s", sharing, subnet.name())
            .isGreaterThanOrEqualTo(need);
        if (sharing.size() > 1) {
          assertThat(sharing).allMatch(AppServicePlan::multiPlanSubnetJoin);
          assertThat(subnet.addressPrefix().prefixLength()).isLessThanOrEqualTo(26);
        }
        assertThat(estate.virtualNetwork(subnetId.parent().orElseThrow()).orElseThrow().region())
            .isEqualTo(plan.region());
        assertThat(subnet.serviceAssociationLinks()).allMatch(l -> estate.plan(l).isPresent());
      }
    }
    for (App app : estate.apps()) {
      for (Site site : sites(app)) {
        assertThat(RoutingSources.maxSourcesPerSwitch(site)).isLessThanOrEqualTo(1);
      }
      if (app.kind() != AppKind.FUNCTION_APP) {
        assertThat(app.functionsSettings()).isEqualTo(FunctionsSettings.none());
      }
    }
    assertThat(Estate.builder().from(estate).build()).isEqualTo(estate);
  }

  @Provide
  Arbitrary<Estate> estates() {
    return VnetArbitraries.estates().withPlans(1, 4).withAppsPerPlan(3).withVirtualNetworks(3);
  }

  @Property(tries = 10_000)
  void functionsSettingsRespectTheirKnobs(@ForAll("triggersNoHybrid") FunctionsSettings fs) {
    assertThat(fs.hasVnetTriggers()).isTrue();
    assertThat(fs.vnetTriggerExtensions()).hasSizeLessThanOrEqualTo(3);
    assertThat(fs.hybridConnections()).isEmpty();
    assertThat(fs.vnetTriggerExtensions())
        .allSatisfy(
            (name, version) ->
                assertThat(FunctionsFacts.extension(name))
                    .isPresent()
                    .get()
                    .satisfies(
                        e ->
                            assertThat(EstateChecker.compareVersions(version, e.minimum()))
                                .isGreaterThanOrEqualTo(0)));
    assertThat(FunctionsSettings.builder().from(fs).build()).isEqualTo(fs);
  }

  @Provide
  Arbitrary<FunctionsSettings> triggersNoHybrid() {
    return VnetArbitraries.functionsSettings().withVnetTriggers().withoutHybridConnections();
  }

  @Property(tries = 10_000)
  void functionsSettingsValidForAPlanBreakNoFnRule(
      @ForAll("plansWithSettings") Tuple2<AppServicePlan, FunctionsSettings> planAndSettings) {
    AppServicePlan plan = planAndSettings.get1();
    FunctionsSettings fs = planAndSettings.get2();
    App app =
        App.builder()
            .id(ResourceId.site(plan.subscriptionId(), "rg", "fn"))
            .kind(AppKind.FUNCTION_APP)
            .planId(plan.id())
            .virtualNetworkSubnetId(ResourceId.subnet(plan.subscriptionId(), "rg", "v", "s"))
            .appSettings(AppSettings.builder().put("FUNCTIONS_EXTENSION_VERSION", "~4").build())
            .functionsSettings(fs)
            .build();
    Estate estate = Estate.builder().addPlans(plan).addApps(app).build();
    assertThat(EstateChecker.violations(estate))
        .as("%s on %s", fs, plan.sku())
        .noneMatch(r -> r.specId().startsWith("FN-"));
  }

  @Provide
  Arbitrary<Tuple2<AppServicePlan, FunctionsSettings>> plansWithSettings() {
    return VnetArbitraries.plans()
        .withSkus(
            VnetArbitraries.skus()
                .inTiers(
                    PricingTier.DYNAMIC,
                    PricingTier.ELASTIC_PREMIUM,
                    PricingTier.PREMIUM_V3,
                    PricingTier.STANDARD,
                    PricingTier.ISOLATED_V2))
        .flatMap(p -> VnetArbitraries.functionsSettings().validFor(p).map(fs -> Tuple.of(p, fs)));
  }
}
