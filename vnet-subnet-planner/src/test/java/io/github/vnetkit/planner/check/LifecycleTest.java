package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.Fixtures.APP;
import static io.github.vnetkit.planner.check.Fixtures.OTHER_SUB;
import static io.github.vnetkit.planner.check.Fixtures.PLAN;
import static io.github.vnetkit.planner.check.Fixtures.SUB;
import static io.github.vnetkit.planner.check.Fixtures.SUBNET;
import static io.github.vnetkit.planner.check.Fixtures.VNET;
import static io.github.vnetkit.planner.check.Fixtures.app;
import static io.github.vnetkit.planner.check.Fixtures.appId;
import static io.github.vnetkit.planner.check.Fixtures.clean;
import static io.github.vnetkit.planner.check.Fixtures.subnet;
import static io.github.vnetkit.planner.check.Fixtures.subnetId;
import static io.github.vnetkit.planner.check.Fixtures.withApp;
import static io.github.vnetkit.planner.check.Fixtures.withSubnet;
import static io.github.vnetkit.planner.check.Fixtures.withVnet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC section 11: LIFE-1..LIFE-4, as operations on an immutable estate. */
class LifecycleTest {

  private static final ResourceId APP2 = appId("api");
  private static final ResourceId SUBNET2 = subnetId("vnet1", "apps2");
  private final Lifecycle lifecycle = EstateChecker.create().lifecycle();

  /** The clean estate before 'shop' connects: the subnet exists, delegated or not. */
  private static Estate unconnected(boolean delegated) {
    Estate estate = Fixtures.unintegrated();
    return delegated ? estate : withSubnet(estate, SUBNET, s -> s.delegations(List.of()));
  }

  // --------------------------------------------------------------------------- LIFE-1

  @Test
  @DisplayName("LIFE-1: connect integrates the app, adds the plan's integration and link")
  void life1_connect() {
    LifecycleResult r = lifecycle.connect(unconnected(false), APP, SUBNET);
    assertThat(r.applied()).isTrue();
    assertThat(r.estate().app(APP).orElseThrow().virtualNetworkSubnetId()).contains(SUBNET);
    assertThat(r.estate().plan(PLAN).orElseThrow().vnetIntegrations()).containsExactly(SUBNET);
    Subnet subnet = r.estate().subnet(SUBNET).orElseThrow();
    assertThat(subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)).isTrue();
    assertThat(subnet.serviceAssociationLinks()).containsExactly(PLAN);
    assertThat(r.operationFindings()).extracting(Finding::ruleId).containsExactly("NET-3");
    assertThat(r.check().isClean()).isTrue();
  }

  @Test
  @DisplayName("LIFE-1: connect does not delegate when the caller is known to lack subnets/write")
  void life1_connectWithoutWritePermissionLeavesSubnetUndelegated() {
    Lifecycle limited =
        EstateChecker.create(
                CheckContext.builder()
                    .callerPermissions(CallerPermissions.of(CallerPermissions.INTEGRATION_ACTIONS))
                    .build())
            .lifecycle();
    LifecycleResult r = limited.connect(unconnected(false), APP, SUBNET);
    assertThat(r.estate().subnet(SUBNET).orElseThrow().delegations()).isEmpty();
    assertThat(r.check().findings("NET-3"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  @DisplayName("LIFE-1: an app has one integration at a time: connecting elsewhere is refused")
  void life1_connectWhileConnectedIsRefused() {
    Estate estate = withVnet(clean(), VNET, v -> v.addSubnets(subnet(SUBNET2, "10.0.2.0/26")));
    LifecycleResult r = lifecycle.connect(estate, APP, SUBNET2);
    assertThat(r.applied()).isFalse();
    assertThat(r.estate()).isSameAs(estate);
    assertThat(r.operationFindings())
        .singleElement()
        .satisfies(f -> assertThat(f.suggestedFix()).startsWith("Disconnect 'shop' first"));
  }

  @Test
  @DisplayName("LIFE-1: connecting beyond a Linux plan's one integration is refused (NET-6)")
  void life1_connectBeyondThePlanLimitIsRefused() {
    Estate estate =
        withVnet(
            Fixtures.withPlan(clean(), PLAN, p -> p.operatingSystem(OperatingSystem.LINUX)),
            VNET,
            v -> v.addSubnets(subnet(SUBNET2, "10.0.2.0/26")));
    estate = Estate.builder().from(estate).addApps(Fixtures.app(APP2, PLAN, SUBNET)).build();
    estate = lifecycle.disconnect(estate, APP2).estate();
    LifecycleResult r = lifecycle.connect(estate, APP2, SUBNET2);
    assertThat(r.applied()).isFalse();
    assertThat(r.operationFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("NET-6");
              assertThat(f.message()).contains("the most a Linux plan has");
            });
    assertThat(lifecycle.connect(estate, APP2, SUBNET).applied()).isTrue();
  }

  @Test
  @DisplayName("LIFE-1: disconnect restarts the app and leaves the VNet and subnet as they were")
  void life1_disconnect() {
    LifecycleResult r = lifecycle.disconnect(clean(), APP);
    assertThat(r.applied()).isTrue();
    assertThat(r.operationFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("LIFE-1");
              assertThat(f.message()).contains("restarts", "left as they were");
            });
    assertThat(r.estate().app(APP).orElseThrow().virtualNetworkSubnetId()).isEmpty();
    assertThat(r.estate().subnet(SUBNET)).isEqualTo(clean().subnet(SUBNET));
    assertThat(r.estate().virtualNetwork(VNET).orElseThrow().subnets()).hasSize(1);
    assertThat(r.check().isClean()).isTrue();
  }

  @Test
  @DisplayName("LIFE-1: connect then disconnect gives back the plan and the app")
  void life1_connectDisconnectRoundTrip() {
    Estate start = unconnected(true);
    LifecycleResult connected = lifecycle.connect(start, APP, SUBNET);
    LifecycleResult disconnected = lifecycle.disconnect(connected.estate(), APP);
    assertThat(disconnected.estate()).isEqualTo(start);
  }

  @Test
  @DisplayName("LIFE-1: connect and disconnect are per slot")
  void life1_perSlot() {
    ResourceId staging = ResourceId.slot(SUB, "web", "shop", "staging");
    Estate estate =
        withApp(clean(), APP, a -> a.addSlots(DeploymentSlot.builder().id(staging).build()));
    LifecycleResult r = lifecycle.connect(estate, staging, SUBNET);
    assertThat(
            r.estate()
                .app(APP)
                .orElseThrow()
                .slot("staging")
                .orElseThrow()
                .virtualNetworkSubnetId())
        .contains(SUBNET);
    assertThat(r.check().isClean()).isTrue();
    LifecycleResult back = lifecycle.disconnect(r.estate(), APP);
    assertThat(back.check().findings("NET-10")).hasSize(1);
  }

  @Test
  @DisplayName("LIFE-1: disconnecting an app that is not integrated changes nothing")
  void life1_disconnectUnintegrated() {
    Estate estate = unconnected(true);
    LifecycleResult r = lifecycle.disconnect(estate, APP);
    assertThat(r.applied()).isFalse();
    assertThat(r.estate()).isSameAs(estate);
  }

  // --------------------------------------------------------------------------- LIFE-2

  @Test
  @DisplayName("LIFE-2: a VNet with an integrated app cannot be deleted")
  void life2_deleteVnetWithIntegratedAppIsRefused() {
    LifecycleResult r = lifecycle.deleteVirtualNetwork(clean(), VNET);
    assertThat(r.applied()).isFalse();
    assertThat(r.estate()).isEqualTo(clean());
    assertThat(r.operationFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("LIFE-2");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.suggestedFix()).isEqualTo("Disconnect 'shop' first.");
            });
  }

  @Test
  @DisplayName("LIFE-2: a subnet with an integrated app cannot be deleted")
  void life2_deleteSubnetWithIntegratedAppIsRefused() {
    LifecycleResult r = lifecycle.deleteSubnet(clean(), SUBNET);
    assertThat(r.applied()).isFalse();
    assertThat(r.operationFindings()).extracting(Finding::ruleId).containsExactly("LIFE-2");
  }

  @Test
  @DisplayName("LIFE-2: after disconnecting, the VNet and the subnet can be deleted")
  void life2_deleteAfterDisconnect() {
    Estate disconnected = lifecycle.disconnect(clean(), APP).estate();
    LifecycleResult subnet = lifecycle.deleteSubnet(disconnected, SUBNET);
    assertThat(subnet.applied()).isTrue();
    assertThat(subnet.estate().subnet(SUBNET)).isEmpty();
    LifecycleResult vnet = lifecycle.deleteVirtualNetwork(disconnected, VNET);
    assertThat(vnet.applied()).isTrue();
    assertThat(vnet.estate().virtualNetworks()).isEmpty();
    assertThat(vnet.findings()).isEmpty();
  }

  // --------------------------------------------------------------------------- LIFE-3

  @Test
  @DisplayName(
      "LIFE-3: deleting an integrated plan orphans the delegation, which blocks the subnet")
  void life3_deletePlanOrphansDelegation() {
    LifecycleResult deleted = lifecycle.deletePlan(clean(), PLAN);
    assertThat(deleted.applied()).isTrue();
    assertThat(deleted.estate().plans()).isEmpty();
    assertThat(deleted.estate().apps()).isEmpty();
    assertThat(deleted.estate().subnet(SUBNET).orElseThrow().serviceAssociationLinks())
        .containsExactly(PLAN);
    assertThat(deleted.operationFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("LIFE-3");
              assertThat(f.suggestedFix())
                  .contains(
                      "1. re-create the App Service plan and the app, with exactly the same app"
                          + " name",
                      "2. integrate the app with the subnet",
                      "3. disconnect",
                      "4. delete the app or the plan",
                      "5. then update or delete the subnet");
            });
    assertThat(deleted.check().findings("LIFE-3")).hasSize(1);

    LifecycleResult blocked = lifecycle.deleteSubnet(deleted.estate(), SUBNET);
    assertThat(blocked.applied()).isFalse();
    assertThat(blocked.operationFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("LIFE-3");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });

    Subnet withNsg =
        Subnet.builder()
            .from(deleted.estate().subnet(SUBNET).orElseThrow())
            .networkSecurityGroupId(ResourceId.networkSecurityGroup(SUB, "net", "nsg"))
            .build();
    assertThat(lifecycle.updateSubnet(deleted.estate(), withNsg).applied()).isFalse();
    assertThat(lifecycle.deleteVirtualNetwork(deleted.estate(), VNET).applied()).isFalse();
  }

  @Test
  @DisplayName("LIFE-3: the documented recovery releases the orphaned delegation")
  void life3_recovery() {
    Estate orphaned = lifecycle.deletePlan(clean(), PLAN).estate();
    // 1. re-create the plan and the app with the same name
    Estate recreated =
        Estate.builder()
            .from(orphaned)
            .addPlans(clean().plan(PLAN).orElseThrow())
            .addApps(io.github.vnetkit.model.App.builder().id(APP).planId(PLAN).build())
            .build();
    // 2. integrate, 3. disconnect, 4. delete the app or the plan
    Estate connected = lifecycle.connect(recreated, APP, SUBNET).estate();
    Estate disconnected = lifecycle.disconnect(connected, APP).estate();
    LifecycleResult planGone = lifecycle.deletePlan(disconnected, PLAN);
    assertThat(planGone.operationFindings()).isEmpty();
    // 5. then the subnet can change
    LifecycleResult subnetGone = lifecycle.deleteSubnet(planGone.estate(), SUBNET);
    assertThat(subnetGone.applied()).isTrue();
    assertThat(subnetGone.findings()).isEmpty();
  }

  @Test
  @DisplayName("LIFE-3: deleting an integrated app leaves the plan's integration, which blocks")
  void life3_deleteAppLeavesIntegration() {
    LifecycleResult deleted = lifecycle.deleteApp(clean(), APP);
    assertThat(deleted.applied()).isTrue();
    assertThat(deleted.estate().apps()).isEmpty();
    assertThat(deleted.estate().plan(PLAN).orElseThrow().vnetIntegrations())
        .containsExactly(SUBNET);
    assertThat(deleted.operationFindings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("without disconnecting"));
    assertThat(deleted.check().isClean()).isTrue(); // a plan-level integration is a normal state
    LifecycleResult blocked = lifecycle.deleteSubnet(deleted.estate(), SUBNET);
    assertThat(blocked.applied()).isFalse();
    assertThat(blocked.operationFindings()).extracting(Finding::ruleId).containsExactly("LIFE-3");
  }

  @Test
  @DisplayName("LIFE-3: deleting an app after disconnecting leaves nothing behind")
  void life3_deleteAppAfterDisconnectHolds() {
    Estate disconnected = lifecycle.disconnect(clean(), APP).estate();
    LifecycleResult deleted = lifecycle.deleteApp(disconnected, APP);
    assertThat(deleted.findings()).isEmpty();
    assertThat(lifecycle.deleteSubnet(deleted.estate(), SUBNET).applied()).isTrue();
  }

  @Test
  @DisplayName("LIFE-3: deleting one of two apps on the subnet orphans nothing")
  void life3_otherAppStillUsesSubnet() {
    Estate estate = Estate.builder().from(clean()).addApps(app(APP2, PLAN, SUBNET)).build();
    LifecycleResult deleted = lifecycle.deleteApp(estate, APP);
    assertThat(deleted.findings()).isEmpty();
  }

  @Test
  @DisplayName("LIFE-3: an estate with a link to a plan that no longer exists is a warning")
  void life3_orphanLinkInSnapshot() {
    ResourceId gone = Fixtures.planId("gone");
    Estate estate = withSubnet(clean(), SUBNET, s -> s.addServiceAssociationLinks(gone));
    assertThat(EstateChecker.create().check(estate).findings("LIFE-3"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(SUBNET, gone);
            });
  }

  @Test
  @DisplayName("LIFE-3: a subnet may change while it is in use, except its prefix")
  void life3_updateSubnetInUse() {
    Subnet subnet = clean().subnet(SUBNET).orElseThrow();
    Subnet withNsg =
        Subnet.builder()
            .from(subnet)
            .networkSecurityGroupId(ResourceId.networkSecurityGroup(SUB, "net", "nsg"))
            .build();
    LifecycleResult ok = lifecycle.updateSubnet(clean(), withNsg);
    assertThat(ok.applied()).isTrue();
    assertThat(ok.estate().subnet(SUBNET)).contains(withNsg);
    Subnet resized = Subnet.builder().from(subnet).addressPrefix(Cidr.parse("10.0.1.0/25")).build();
    LifecycleResult refused = lifecycle.updateSubnet(clean(), resized);
    assertThat(refused.applied()).isFalse();
    assertThat(refused.operationFindings()).extracting(Finding::ruleId).containsExactly("CAP-6");
    Subnet undelegated = Subnet.builder().from(subnet).delegations(List.of()).build();
    assertThat(lifecycle.updateSubnet(clean(), undelegated).operationFindings())
        .extracting(Finding::ruleId)
        .containsExactly("NET-3");
  }

  // --------------------------------------------------------------------------- LIFE-4

  @Test
  @DisplayName("LIFE-4: a plan whose app uses the integration cannot change subscription")
  void life4_refused() {
    LifecycleResult r = lifecycle.changeSubscription(clean(), APP, OTHER_SUB);
    assertThat(r.applied()).isFalse();
    assertThat(r.operationFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("LIFE-4");
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(PLAN, APP);
            });
  }

  @Test
  @DisplayName("LIFE-4: after disconnecting, the plan moves with its apps")
  void life4_movesAfterDisconnect() {
    Estate disconnected = lifecycle.disconnect(clean(), APP).estate();
    LifecycleResult r = lifecycle.changeSubscription(disconnected, PLAN, OTHER_SUB);
    assertThat(r.applied()).isTrue();
    ResourceId movedPlan = ResourceId.serverFarm(OTHER_SUB, "web", "plan1");
    ResourceId movedApp = ResourceId.site(OTHER_SUB, "web", "shop");
    assertThat(r.estate().plan(movedPlan)).isPresent();
    assertThat(r.estate().app(movedApp).orElseThrow().planId()).isEqualTo(movedPlan);
    assertThat(r.estate().plan(PLAN)).isEmpty();
    assertThat(r.findings()).isEmpty();
  }

  // --------------------------------------------------------------------------- bad input

  @Test
  void operationsOnResourcesOutsideTheEstateThrowNamingThem() {
    ResourceId ghost = appId("ghost");
    assertThatThrownBy(() -> lifecycle.disconnect(clean(), ghost))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ghost.toString())
        .hasMessageContaining("not in the estate");
    assertThatThrownBy(() -> lifecycle.connect(clean(), APP, VNET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(VNET.toString());
    assertThatThrownBy(() -> lifecycle.deleteSubnet(clean(), subnetId("vnet1", "nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> lifecycle.changeSubscription(clean(), PLAN, "not-a-guid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'not-a-guid'");
  }

  @Test
  void resultSaysWhatHappened() {
    LifecycleResult r = lifecycle.deleteVirtualNetwork(clean(), VNET);
    assertThat(r.toString())
        .startsWith("delete virtual network 'vnet1': refused")
        .contains("LIFE-2")
        .contains("resulting estate: clean");
  }
}
