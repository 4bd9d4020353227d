package io.github.vnetkit.compat.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PeeringScope;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GW-3..GW-6: migration plans from gateway-required to regional integration. */
class GatewayMigrationPlannerTest {

  private static final GatewayMigrationPlanner PLANNER = GatewayMigrationPlanner.standard();

  /** Same-region migration: the hub VNet is in the app's region, with a prepared subnet. */
  private static GatewayMigrationRequest.Builder sameRegion(DowntimeTolerance tolerance) {
    return Gateways.request(Gateways.sameRegion(), tolerance)
        .proposedSubnet(Gateways.hubSubnet("10.0.1.0/26").build());
  }

  @ParameterizedTest(name = "GW-4: tolerance {0} chooses its strategy and lists the others")
  @EnumSource(DowntimeTolerance.class)
  void gw4_strategyChosenByTolerance(DowntimeTolerance tolerance) {
    GatewayMigrationPlan plan = PLANNER.plan(sameRegion(tolerance).build());
    assertThat(plan.strategy()).isEqualTo(tolerance.strategy());
    assertThat(plan.options()).hasSize(3);
    assertThat(plan.options().get(0).chosen()).isTrue();
    assertThat(plan.options().get(0).strategy()).isEqualTo(tolerance.strategy());
    assertThat(plan.alternatives())
        .hasSize(2)
        .allSatisfy(
            o -> {
              assertThat(o.chosen()).isFalse();
              assertThat(o.tradeOffs()).isNotBlank();
              assertThat(o.strategy()).isNotEqualTo(tolerance.strategy());
            });
    assertThat(plan.isBlocked()).as(plan.toString()).isFalse();
    assertThat(plan.steps())
        .extracting(MigrationStep::number)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, plan.steps().size()).boxed().toList());
  }

  @Test
  @DisplayName("GW-4: blue-green creates a new plan, switches traffic and decommissions")
  void gw4_blueGreenSteps() {
    GatewayMigrationPlan plan = PLANNER.plan(sameRegion(DowntimeTolerance.NONE).build());
    assertThat(plan.strategy()).isEqualTo(MigrationStrategy.BLUE_GREEN);
    List<String> migrate = actions(plan, StepPhase.MIGRATE);
    assertThat(migrate.get(0)).startsWith("Create a new App Service plan in westeurope");
    assertThat(migrate).anyMatch(a -> a.startsWith("Switch traffic"));
    assertThat(actions(plan, StepPhase.CLEAN_UP)).anyMatch(a -> a.startsWith("Decommission"));
    assertThat(migrate).noneMatch(a -> a.startsWith("Disconnect"));
  }

  @Test
  @DisplayName(
      "GW-4 / NET-10: the slot strategy integrates the staging slot, then production,"
          + " then swaps")
  void gw4_slotSteps() {
    GatewayMigrationPlan plan = PLANNER.plan(sameRegion(DowntimeTolerance.BRIEF).build());
    assertThat(actions(plan, StepPhase.MIGRATE))
        .containsExactly(
            "Create a staging slot",
            "Integrate a staging slot with subnet 'apps' (integration is per slot)",
            "Test the app on a staging slot",
            "Disconnect the gateway-required integration from production: VNet connectivity is"
                + " lost from here",
            "Integrate production with subnet 'apps'",
            "Swap the slots; each keeps its own integration");
    App withSlot =
        App.builder()
            .from(Gateways.app())
            .addSlots(
                DeploymentSlot.builder()
                    .id(ResourceId.slot(Gateways.SUB, "web", "shop", "staging"))
                    .build())
            .build();
    GatewayMigrationPlan existingSlot =
        PLANNER.plan(sameRegion(DowntimeTolerance.BRIEF).app(withSlot).build());
    assertThat(actions(existingSlot, StepPhase.MIGRATE).get(0))
        .isEqualTo("Integrate slot 'staging' with subnet 'apps' (integration is per slot)");
  }

  @Test
  @DisplayName("GW-4: the direct strategy schedules a window and keeps a rollback ready")
  void gw4_directSteps() {
    GatewayMigrationPlan plan = PLANNER.plan(sameRegion(DowntimeTolerance.PLANNED_WINDOW).build());
    assertThat(actions(plan, StepPhase.MIGRATE)).first().asString().contains("maintenance window");
    assertThat(actions(plan, StepPhase.ASSESS)).anyMatch(a -> a.startsWith("Plan the rollback"));
  }

  @Test
  @DisplayName(
      "GW-3: a disconnect/connect loses connectivity for typically 2-5 minutes, possibly"
          + " longer; blue-green loses none on the serving app")
  void gw3_connectivityLoss() {
    for (DowntimeTolerance tolerance :
        List.of(DowntimeTolerance.BRIEF, DowntimeTolerance.PLANNED_WINDOW)) {
      ConnectivityLoss loss = PLANNER.plan(sameRegion(tolerance).build()).connectivityLoss();
      assertThat(loss.typicalMinimum()).isEqualTo(Duration.ofMinutes(2));
      assertThat(loss.typicalMaximum()).isEqualTo(Duration.ofMinutes(5));
      assertThat(loss.mayTakeLonger()).isTrue();
      assertThat(loss.isNone()).isFalse();
      assertThat(loss.ruleIds()).containsExactly("GW-3");
      assertThat(loss.toString())
          .startsWith("2-5 minutes, possibly longer, for production app" + " 'shop'");
    }
    GatewayMigrationPlan blueGreen = PLANNER.plan(sameRegion(DowntimeTolerance.NONE).build());
    assertThat(blueGreen.connectivityLoss().isNone()).isTrue();
    assertThat(blueGreen.alternatives())
        .allSatisfy(
            o ->
                assertThat(o.connectivityLoss().typicalMaximum()).isEqualTo(Duration.ofMinutes(5)));
  }

  @Test
  @DisplayName("GW-5: a VNet in another region adds: create a local VNet, global peering, routing")
  void gw5_crossRegionSteps() {
    GatewayMigrationRequest request =
        Gateways.request(Gateways.remote(), DowntimeTolerance.PLANNED_WINDOW).build();
    GatewayMigrationPlan plan = PLANNER.plan(request);
    assertThat(plan.crossRegion()).isTrue();
    assertThat(plan.isBlocked()).isFalse();
    List<MigrationStep> crossRegion =
        plan.steps().stream().filter(s -> s.phase() == StepPhase.CROSS_REGION).toList();
    assertThat(crossRegion).hasSize(3).allSatisfy(s -> assertThat(s.ruleIds()).contains("GW-5"));
    assertThat(crossRegion.get(0).action())
        .startsWith("Create a VNet in the app's region" + " westeurope")
        .contains("[10.1.0.0/16]");
    assertThat(crossRegion.get(1).action()).contains("global peering");
    assertThat(crossRegion.get(2).action()).startsWith("Route traffic for [10.1.0.0/16]");
    assertThat(plan.prerequisites())
        .anySatisfy(
            p -> {
              assertThat(p.ruleIds()).contains("GW-5");
              assertThat(p.status()).isEqualTo(PrerequisiteStatus.PLANNED);
            });
    // the same-region migration has none of these steps
    assertThat(PLANNER.plan(sameRegion(DowntimeTolerance.PLANNED_WINDOW).build()).steps())
        .noneMatch(s -> s.phase() == StepPhase.CROSS_REGION);
  }

  @Test
  @DisplayName("GW-5: with a local VNet already peered, only the routing step remains")
  void gw5_existingPeering() {
    VirtualNetwork remote = Gateways.remote();
    VirtualNetwork local =
        Gateways.vnet("local", Gateways.WEST, "10.0.0.0/16")
            .addPeerings(
                Peering.builder()
                    .remoteVirtualNetworkId(remote.id())
                    .addRemoteAddressSpaces(Cidr.parse("10.1.0.0/16"))
                    .scope(PeeringScope.GLOBAL)
                    .build())
            .build();
    GatewayMigrationPlan plan =
        PLANNER.plan(
            Gateways.request(remote, DowntimeTolerance.PLANNED_WINDOW)
                .proposedSubnet(Gateways.delegated(local, "10.0.1.0/26").build())
                .build());
    assertThat(actions(plan, StepPhase.CROSS_REGION))
        .singleElement()
        .asString()
        .startsWith("Route traffic");
    assertThat(plan.prerequisites())
        .anySatisfy(
            p -> {
              assertThat(p.requirement()).contains("global peering");
              assertThat(p.status()).isEqualTo(PrerequisiteStatus.MET);
            });
  }

  @Test
  @DisplayName("GW-5 / NET-1: a subnet proposed in the remote region is a blocker")
  void gw5_subnetInRemoteRegionBlocks() {
    VirtualNetwork remote = Gateways.remote();
    GatewayMigrationPlan plan =
        PLANNER.plan(
            Gateways.request(remote, DowntimeTolerance.PLANNED_WINDOW)
                .proposedSubnet(Gateways.delegated(remote, "10.1.1.0/26").build())
                .build());
    assertThat(plan.blockers())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("NET-1");
              assertThat(f.message()).contains("northeurope").contains("westeurope");
            });
  }

  @Test
  @DisplayName("GW-6: prerequisites: tier, a VNet in the region, a qualifying subnet, RBAC")
  void gw6_prerequisites() {
    GatewayMigrationPlan plan = PLANNER.plan(sameRegion(DowntimeTolerance.PLANNED_WINDOW).build());
    assertThat(plan.prerequisites())
        .extracting(p -> p.ruleIds().get(p.ruleIds().size() - 1), Prerequisite::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TIER-1", PrerequisiteStatus.MET),
            org.assertj.core.groups.Tuple.tuple("NET-1", PrerequisiteStatus.MET),
            // the standard subnet check includes the planner's CAP rules: the /26 qualifies
            org.assertj.core.groups.Tuple.tuple("CAP-7", PrerequisiteStatus.MET),
            org.assertj.core.groups.Tuple.tuple("NET-7", PrerequisiteStatus.TO_VERIFY));
    assertThat(plan.prerequisites()).allSatisfy(p -> assertThat(p.ruleIds()).contains("GW-6"));
    assertThat(plan.prerequisites().get(2).detail()).contains("CAP-7");
    assertThat(plan.prerequisites().get(3).detail())
        .contains("subnets/join/action")
        .doesNotContain("subnets/write");
  }

  @Test
  @DisplayName("GW-6 / TIER-1: a tier that cannot integrate blocks the migration")
  void gw6_tierBlocks() {
    AppServicePlan free = Gateways.plan().sku(Sku.parse("F1")).build();
    GatewayMigrationPlan plan =
        PLANNER.plan(
            Gateways.request(free, Gateways.sameRegion(), DowntimeTolerance.BRIEF).build());
    assertThat(plan.isBlocked()).isTrue();
    assertThat(plan.blockers())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("TIER-1");
              assertThat(f.subject()).isEqualTo("plan 'plan1'");
            });
    assertThat(plan.prerequisites().get(0).status()).isEqualTo(PrerequisiteStatus.NOT_MET);
  }

  @ParameterizedTest(name = "TIER-2: {0} on an older deployment blocks; on an unknown one it warns")
  @ValueSource(strings = {"B1", "S1", "P1"})
  void tier2_deploymentGeneration(String skuName) {
    VirtualNetwork hub = Gateways.sameRegion();
    AppServicePlan older =
        Gateways.plan()
            .sku(Sku.parse(skuName))
            .deploymentGeneration(DeploymentGeneration.OLDER)
            .build();
    GatewayMigrationPlan blocked =
        PLANNER.plan(Gateways.request(older, hub, DowntimeTolerance.BRIEF).build());
    assertThat(blocked.blockers()).extracting(Finding::ruleId).containsExactly("TIER-2");
    assertThat(blocked.prerequisites().get(0).ruleIds())
        .containsExactly("GW-6", "TIER-1", "TIER-2");
    // the checker reads the tier with the same mapping
    assertThat(blocked.currentStateFindings())
        .filteredOn(f -> f.ruleId().startsWith("TIER-"))
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("TIER-2"));
    AppServicePlan unknown = Gateways.plan().sku(Sku.parse(skuName)).build();
    GatewayMigrationPlan plan =
        PLANNER.plan(Gateways.request(unknown, hub, DowntimeTolerance.BRIEF).build());
    assertThat(plan.isBlocked()).isFalse();
    assertThat(plan.warnings()).extracting(Finding::ruleId).containsExactly("TIER-2");
    assertThat(plan.prerequisites().get(0).status()).isEqualTo(PrerequisiteStatus.TO_VERIFY);
  }

  @Test
  @DisplayName("GW-6 / NET-3 / NET-4: a proposed subnet that does not qualify blocks")
  void gw6_subnetBlocks() {
    VirtualNetwork hub = Gateways.sameRegion();
    SubnetProposal bad =
        Gateways.proposal(
                hub,
                Gateways.subnet(hub, "shared", "10.0.2.0/26")
                    .addDelegations("Microsoft.ContainerInstance/containerGroups")
                    .hasServiceEndpointPolicies(true))
            .addOccupants(Gateways.nic("vm1-nic"))
            .build();
    GatewayMigrationPlan plan =
        PLANNER.plan(sameRegion(DowntimeTolerance.BRIEF).proposedSubnet(bad).build());
    assertThat(plan.blockers())
        .extracting(Finding::ruleId)
        .containsExactly("NET-3", "NET-3", "NET-4");
    assertThat(plan.subnetQualification())
        .hasValueSatisfying(q -> assertThat(q.qualifies()).isFalse());
    assertThat(plan.prerequisites().get(2).status()).isEqualTo(PrerequisiteStatus.NOT_MET);
  }

  @Test
  @DisplayName("NET-3: an undelegated subnet is a warning, a delegation step and a permission")
  void net3_undelegatedSubnet() {
    VirtualNetwork hub = Gateways.sameRegion();
    SubnetProposal undelegated =
        Gateways.proposal(hub, Gateways.subnet(hub, "apps", "10.0.1.0/26")).build();
    GatewayMigrationPlan plan =
        PLANNER.plan(sameRegion(DowntimeTolerance.BRIEF).proposedSubnet(undelegated).build());
    assertThat(plan.isBlocked()).isFalse();
    assertThat(plan.warnings()).extracting(Finding::ruleId).containsExactly("NET-3");
    assertThat(actions(plan, StepPhase.PREPARE_SUBNET))
        .singleElement()
        .asString()
        .startsWith("Create subnet 'apps'");
    assertThat(plan.prerequisites().get(3).detail()).contains("subnets/write");
  }

  @Test
  @DisplayName(
      "NET-6: a plan whose regional integrations are used up blocks the slot and direct"
          + " strategies, not blue-green")
  void net6_integrationsUsedUp() {
    AppServicePlan linuxFull =
        Gateways.plan()
            .operatingSystem(OperatingSystem.LINUX)
            .addVnetIntegrations(ResourceId.subnet(Gateways.SUB, "net", "hub", "other"))
            .build();
    GatewayMigrationRequest.Builder request =
        Gateways.request(linuxFull, Gateways.sameRegion(), DowntimeTolerance.BRIEF)
            .proposedSubnet(Gateways.hubSubnet("10.0.1.0/26").build());
    assertThat(PLANNER.plan(request.build()).blockers())
        .extracting(Finding::ruleId)
        .containsExactly("NET-6");
    assertThat(PLANNER.plan(request.downtimeTolerance(DowntimeTolerance.NONE).build()).blockers())
        .isEmpty();
  }

  @Test
  @DisplayName("NET-9 / NET-1: a classic target VNet blocks the migration")
  void net9_classicTargetBlocks() {
    VirtualNetwork classic =
        Gateways.vnet("old", Gateways.WEST, "10.2.0.0/16").classic(true).build();
    GatewayMigrationPlan plan =
        PLANNER.plan(Gateways.request(classic, DowntimeTolerance.PLANNED_WINDOW).build());
    assertThat(plan.blockers()).extracting(Finding::ruleId).contains("NET-9");
  }

  @Test
  @DisplayName("NET-8: a VNet in another subscription adds the resource provider prerequisite")
  void net8_otherSubscription() {
    String other = "00000000-0000-0000-0000-000000000002";
    VirtualNetwork hub =
        VirtualNetwork.builder()
            .id(ResourceId.virtualNetwork(other, "net", "hub"))
            .region(Gateways.WEST)
            .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
            .build();
    SubnetProposal proposal =
        Gateways.proposal(
                hub,
                Subnet.builder()
                    .id(ResourceId.subnet(other, "net", "hub", "apps"))
                    .addressPrefix(Cidr.parse("10.0.1.0/26"))
                    .addDelegations(Subnet.SERVER_FARMS_DELEGATION))
            .build();
    GatewayMigrationPlan plan =
        PLANNER.plan(
            Gateways.request(Gateways.remote(), DowntimeTolerance.PLANNED_WINDOW)
                .targetVnet(hub)
                .proposedSubnet(proposal)
                .build());
    assertThat(plan.prerequisites())
        .anySatisfy(
            p -> {
              assertThat(p.ruleIds()).containsExactly("NET-8");
              assertThat(p.status()).isEqualTo(PrerequisiteStatus.TO_VERIFY);
              assertThat(p.detail()).contains(other);
            });
  }

  @Test
  @DisplayName("The plan carries the current integration's findings and checks routing")
  void carriesCurrentFindingsAndRouting() {
    GatewayMigrationPlan plan = PLANNER.plan(sameRegion(DowntimeTolerance.BRIEF).build());
    assertThat(plan.currentStateFindings())
        .singleElement()
        .matches(f -> f.ruleId().equals("GW-1") && f.severity() == Severity.INFO);
    assertThat(actions(plan, StepPhase.VERIFY))
        .anyMatch(a -> a.contains("application traffic routing is off (decided by DEFAULT)"));
    assertThat(plan.toString()).contains("DEPLOYMENT_SLOT").contains("connectivity loss: 2-5");
  }

  @Test
  @DisplayName("A custom subnet check plugs in through IntegrationSubnetCheck")
  void customSubnetCheck() {
    IntegrationSubnetCheck tooSmall =
        (proposal, plan) ->
            SubnetQualification.of(
                proposal.subnet().addressPrefix().prefixLength() > 28
                    ? List.of(Finding.of(Severity.ERROR, "CAP-7", "subnet", "too small", "grow"))
                    : List.of(),
                List.of("CAP-7"),
                List.of());
    GatewayMigrationPlanner planner =
        GatewayMigrationPlanner.using(IntegrationSubnetCheck.basic().and(tooSmall));
    GatewayMigrationPlan small =
        planner.plan(
            sameRegion(DowntimeTolerance.BRIEF)
                .proposedSubnet(Gateways.hubSubnet("10.0.1.0/29").build())
                .build());
    assertThat(small.blockers()).extracting(Finding::ruleId).containsExactly("CAP-7");
    assertThat(small.subnetQualification().orElseThrow().uncheckedRules())
        .containsExactly("CAP-5", "CAP-6");
  }

  @Test
  void rejectsForeignPlan() {
    AppServicePlan other =
        Gateways.plan().id(ResourceId.serverFarm(Gateways.SUB, "web", "other")).build();
    assertThatThrownBy(
            () -> Gateways.request(other, Gateways.remote(), DowntimeTolerance.BRIEF).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + other.id() + "'");
  }

  @ParameterizedTest(name = "CAP-7: a proposed {0} is a blocker, not an exception")
  @ValueSource(strings = {"10.0.1.0/30", "10.0.1.0/32", "0.0.0.0/1"})
  void cap7_prefixOutsideAzureSubnetSizesBlocks(String prefix) {
    GatewayMigrationPlan plan =
        PLANNER.plan(
            sameRegion(DowntimeTolerance.BRIEF)
                .proposedSubnet(Gateways.hubSubnet(prefix).build())
                .build());
    assertThat(plan.isBlocked()).isTrue();
    assertThat(plan.blockers())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CAP-7");
              assertThat(f.subject()).contains(prefix);
            });
    assertThat(plan.prerequisites().get(2).status()).isEqualTo(PrerequisiteStatus.NOT_MET);
  }

  @Test
  @DisplayName(
      "NET-9 / GW-5: a subnet of another VNet in the app's region needs a peering to the target"
          + " VNet")
  void net9_otherVnetInRegionNeedsPeering() {
    VirtualNetwork hub = Gateways.sameRegion();
    VirtualNetwork spoke = Gateways.vnet("spoke", Gateways.WEST, "10.5.0.0/16").build();
    GatewayMigrationPlan unpeered =
        PLANNER.plan(
            sameRegion(DowntimeTolerance.PLANNED_WINDOW)
                .proposedSubnet(Gateways.delegated(spoke, "10.5.1.0/26").build())
                .build());
    assertThat(unpeered.isBlocked()).as(unpeered.toString()).isFalse();
    assertThat(unpeered.prerequisites())
        .filteredOn(p -> p.ruleIds().contains("NET-9"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.requirement()).contains("'spoke'").contains("'hub'");
              assertThat(p.status()).isEqualTo(PrerequisiteStatus.PLANNED);
            });
    assertThat(unpeered.steps())
        .filteredOn(s -> s.action().startsWith("Peer 'spoke' with 'hub'"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ruleIds()).contains("NET-9");
              assertThat(s.phase()).isEqualTo(StepPhase.PREPARE_SUBNET);
            });
    assertThat(unpeered.steps()).noneMatch(s -> s.phase() == StepPhase.CROSS_REGION);

    VirtualNetwork peered =
        Gateways.vnet("spoke", Gateways.WEST, "10.5.0.0/16")
            .addPeerings(
                Peering.builder()
                    .remoteVirtualNetworkId(hub.id())
                    .addRemoteAddressSpaces(Cidr.parse("10.0.0.0/16"))
                    .build())
            .build();
    GatewayMigrationPlan withPeering =
        PLANNER.plan(
            sameRegion(DowntimeTolerance.PLANNED_WINDOW)
                .proposedSubnet(Gateways.delegated(peered, "10.5.1.0/26").build())
                .build());
    assertThat(withPeering.prerequisites())
        .filteredOn(p -> p.ruleIds().contains("NET-9"))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PrerequisiteStatus.MET));
    assertThat(withPeering.steps()).noneMatch(s -> s.action().startsWith("Peer "));
    // a subnet of the target VNet itself needs no peering
    assertThat(PLANNER.plan(sameRegion(DowntimeTolerance.PLANNED_WINDOW).build()).prerequisites())
        .noneMatch(p -> p.ruleIds().contains("NET-9"));
  }

  @Test
  @DisplayName(
      "GW-4 / TIER-1 / TIER-2: blue-green creates a new plan, so the old plan's tier does not"
          + " block; the tier is a prerequisite of the new plan")
  void gw4_blueGreenTierIsANewPlanPrerequisite() {
    VirtualNetwork hub = Gateways.sameRegion();
    for (AppServicePlan old :
        List.of(
            Gateways.plan().sku(Sku.parse("F1")).build(),
            Gateways.plan()
                .sku(Sku.parse("S1"))
                .deploymentGeneration(DeploymentGeneration.OLDER)
                .build(),
            Gateways.plan().sku(Sku.parse("S1")).build())) {
      GatewayMigrationRequest.Builder request =
          Gateways.request(old, hub, DowntimeTolerance.NONE)
              .proposedSubnet(Gateways.delegated(hub, "10.0.1.0/26").build());
      GatewayMigrationPlan blueGreen = PLANNER.plan(request.build());
      assertThat(blueGreen.blockers()).as(old.sku().name()).isEmpty();
      assertThat(blueGreen.warnings()).noneMatch(f -> f.ruleId().startsWith("TIER-"));
      assertThat(blueGreen.prerequisites().get(0))
          .satisfies(
              p -> {
                assertThat(p.ruleIds()).contains("GW-4", "TIER-1", "TIER-2");
                assertThat(p.requirement()).contains("new plan");
                assertThat(p.status()).isEqualTo(PrerequisiteStatus.PLANNED);
                assertThat(p.detail()).contains("PremiumV2");
              });
      // the in-place strategies still need the old plan's tier
      assertThat(PLANNER.plan(request.downtimeTolerance(DowntimeTolerance.BRIEF).build()))
          .satisfies(
              p ->
                  assertThat(p.blockers().size() + p.warnings().size())
                      .as(old.sku().name())
                      .isPositive());
    }
  }

  @ParameterizedTest(
      name = "TIER-1/2/3: planner and checker agree for every tier on a {0} deployment")
  @EnumSource(DeploymentGeneration.class)
  void tier_plannerAndCheckerAgree(DeploymentGeneration generation) {
    VirtualNetwork remote = Gateways.remote();
    for (PricingTier tier : PricingTier.values()) {
      Sku sku = Sku.allKnown().stream().filter(k -> k.tier() == tier).findFirst().orElseThrow();
      AppServicePlan plan = Gateways.plan().sku(sku).deploymentGeneration(generation).build();
      GatewayMigrationPlan migration =
          PLANNER.plan(Gateways.request(plan, remote, DowntimeTolerance.BRIEF).build());
      List<String> planner =
          migration.blockers().stream()
              .map(Finding::ruleId)
              .filter(r -> r.startsWith("TIER-"))
              .toList();
      List<String> checker =
          GatewayIntegrationChecker.check(
                  Gateways.app(), plan, Gateways.integration(remote).build())
              .stream()
              .map(Finding::ruleId)
              .filter(r -> r.startsWith("TIER-"))
              .toList();
      assertThat(checker).as("%s on %s", tier, generation).isEqualTo(planner);
    }
  }

  @Test
  @DisplayName("CAP-7 / CAP-6: the subnet requirement states the planner's minimum, /27 for portal")
  void cap7_subnetRequirementUsesThePlannersMinimum() {
    GatewayMigrationPlan portal =
        PLANNER.plan(
            sameRegion(DowntimeTolerance.BRIEF)
                .proposedSubnet(Gateways.hubSubnet("10.0.1.0/26").portalCreated(true).build())
                .build());
    assertThat(portal.prerequisites().get(2).requirement())
        .contains("/27 or larger")
        .contains("/26 recommended");
    assertThat(
            PLANNER
                .plan(sameRegion(DowntimeTolerance.BRIEF).build())
                .prerequisites()
                .get(2)
                .requirement())
        .contains("/28 or larger");
    GatewayMigrationPlan none =
        PLANNER.plan(Gateways.request(Gateways.sameRegion(), DowntimeTolerance.BRIEF).build());
    assertThat(actions(none, StepPhase.PREPARE_SUBNET))
        .singleElement()
        .asString()
        .contains("at least /28")
        .contains("/27 if the portal creates it")
        .contains("/26 recommended");
  }

  @Test
  @DisplayName("APP-2: without route-all, private (RFC 1918) and service-endpoint traffic enter")
  void app2_routingStepNamesServiceEndpoints() {
    GatewayMigrationPlan plan = PLANNER.plan(sameRegion(DowntimeTolerance.BRIEF).build());
    assertThat(actions(plan, StepPhase.VERIFY))
        .filteredOn(a -> a.startsWith("Check routing"))
        .singleElement()
        .asString()
        .contains("10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16")
        .contains("service endpoints")
        .doesNotContain("only RFC 1918 traffic enters");
  }

  @Test
  @DisplayName(
      "NET-10: the staging slot is chosen deterministically: 'staging' ignoring case, else the"
          + " first by id")
  void net10_stagingSlotIsDeterministic() {
    for (List<String> names :
        List.of(
            List.of("blue", "Staging", "alpha"),
            List.of("alpha", "blue", "Staging"),
            List.of("Staging", "blue", "alpha"))) {
      assertThat(integratedSlot(names)).as("%s", names).isEqualTo("Staging");
    }
    assertThat(integratedSlot(List.of("zeta", "beta"))).isEqualTo("beta");
    assertThat(integratedSlot(List.of("beta", "zeta"))).isEqualTo("beta");
  }

  private static String integratedSlot(List<String> slotNames) {
    App.Builder app = App.builder().from(Gateways.app());
    for (String name : slotNames) {
      app.addSlots(
          DeploymentSlot.builder().id(ResourceId.slot(Gateways.SUB, "web", "shop", name)).build());
    }
    GatewayMigrationPlan plan =
        PLANNER.plan(sameRegion(DowntimeTolerance.BRIEF).app(app.build()).build());
    String first = actions(plan, StepPhase.MIGRATE).get(0);
    assertThat(first).startsWith("Integrate slot '");
    return first.substring("Integrate slot '".length(), first.indexOf("' with"));
  }

  private static List<String> actions(GatewayMigrationPlan plan, StepPhase phase) {
    return plan.steps().stream()
        .filter(s -> s.phase() == phase)
        .map(MigrationStep::action)
        .toList();
  }
}
