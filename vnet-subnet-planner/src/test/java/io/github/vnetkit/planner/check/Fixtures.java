package io.github.vnetkit.planner.check;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A clean estate to start from, and small helpers to change one thing in it. */
final class Fixtures {

  static final String SUB = "00000000-0000-0000-0000-000000000001";
  static final String OTHER_SUB = "00000000-0000-0000-0000-000000000002";

  static final ResourceId PLAN = planId("plan1");
  static final ResourceId APP = appId("shop");
  static final ResourceId VNET = vnetId("vnet1");
  static final ResourceId SUBNET = subnetId("vnet1", "apps");

  private Fixtures() {}

  static ResourceId planId(String name) {
    return ResourceId.serverFarm(SUB, "web", name);
  }

  static ResourceId appId(String name) {
    return ResourceId.site(SUB, "web", name);
  }

  static ResourceId vnetId(String name) {
    return ResourceId.virtualNetwork(SUB, "net", name);
  }

  static ResourceId subnetId(String vnet, String name) {
    return ResourceId.subnet(SUB, "net", vnet, name);
  }

  static AppServicePlan plan(ResourceId id, String sku, OperatingSystem os) {
    return AppServicePlan.builder()
        .id(id)
        .region(Region.of("West Europe"))
        .sku(Sku.parse(sku))
        .operatingSystem(os)
        .currentInstances(2)
        .maxInstances(3)
        .build();
  }

  /** The clean estate with app 'shop' disconnected: no app or plan is integrated. */
  static Estate unintegrated() {
    Estate estate = withApp(clean(), APP, a -> a.virtualNetworkSubnetId(Optional.empty()));
    return withPlan(estate, PLAN, p -> p.vnetIntegrations(List.of()));
  }

  /** A plan of the estate that also lists {@code subnet} among its integrations. */
  static Estate listing(Estate estate, ResourceId planId, ResourceId subnet) {
    return withPlan(estate, planId, p -> p.addVnetIntegrations(subnet));
  }

  static App app(ResourceId id, ResourceId planId, ResourceId subnetId) {
    return App.builder().id(id).planId(planId).virtualNetworkSubnetId(subnetId).build();
  }

  static Subnet subnet(ResourceId id, String prefix) {
    return Subnet.builder()
        .id(id)
        .addressPrefix(Cidr.parse(prefix))
        .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
        .build();
  }

  static VirtualNetwork vnet(ResourceId id, String region, Subnet... subnets) {
    return VirtualNetwork.builder()
        .id(id)
        .region(Region.of(region))
        .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
        .addSubnets(subnets)
        .build();
  }

  /**
   * A clean estate: a PremiumV3 Windows plan in West Europe, integrated with a delegated /26 subnet
   * 'vnet1/apps' of a VNet in westeurope, which its web app 'shop' uses.
   */
  static Estate clean() {
    return Estate.builder()
        .addPlans(
            AppServicePlan.builder()
                .from(plan(PLAN, "P1v3", OperatingSystem.WINDOWS))
                .addVnetIntegrations(SUBNET)
                .build())
        .addApps(app(APP, PLAN, SUBNET))
        .addVirtualNetworks(vnet(VNET, "westeurope", subnet(SUBNET, "10.0.1.0/26")))
        .build();
  }

  // The helpers below change the resource with that id, and leave the estate alone without one.

  static Estate withPlan(Estate estate, ResourceId id, UnaryOperator<AppServicePlan.Builder> f) {
    return estate
        .plan(id)
        .map(p -> estate.withPlan(f.apply(AppServicePlan.builder().from(p)).build()))
        .orElse(estate);
  }

  static Estate withApp(Estate estate, ResourceId id, UnaryOperator<App.Builder> f) {
    return estate
        .app(id)
        .map(a -> estate.withApp(f.apply(App.builder().from(a)).build()))
        .orElse(estate);
  }

  static Estate withVnet(Estate estate, ResourceId id, UnaryOperator<VirtualNetwork.Builder> f) {
    return estate
        .virtualNetwork(id)
        .map(v -> estate.withVirtualNetwork(f.apply(VirtualNetwork.builder().from(v)).build()))
        .orElse(estate);
  }

  static Estate withSubnet(Estate estate, ResourceId id, UnaryOperator<Subnet.Builder> f) {
    return estate
        .subnet(id)
        .map(s -> estate.withSubnet(f.apply(Subnet.builder().from(s)).build()))
        .orElse(estate);
  }

  static CheckResult check(Estate estate) {
    return EstateChecker.create().check(estate);
  }

  static CheckResult check(Estate estate, CheckContext context) {
    return EstateChecker.create(context).check(estate);
  }
}
