package io.github.vnetkit.compat.gateway;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.GatewayKind;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;

/**
 * Test fixtures shared by the gateway tests: an app in West Europe on a PremiumV3 Windows plan,
 * reaching a VNet through a VPN gateway; a VNet in the app's region with an empty delegated subnet;
 * subnet proposals, occupants and migration requests built from them.
 */
final class Gateways {

  static final String SUB = "00000000-0000-0000-0000-000000000001";
  static final Region WEST = Region.of("West Europe");
  static final Region NORTH = Region.of("North Europe");
  static final ResourceId PLAN_ID = ResourceId.serverFarm(SUB, "web", "plan1");
  static final ResourceId APP_ID = ResourceId.site(SUB, "web", "shop");

  private Gateways() {}

  static App app() {
    return App.builder().id(APP_ID).planId(PLAN_ID).build();
  }

  static AppServicePlan.Builder plan() {
    return AppServicePlan.builder()
        .id(PLAN_ID)
        .region(WEST)
        .sku(Sku.parse("P1v3"))
        .operatingSystem(OperatingSystem.WINDOWS);
  }

  static VirtualNetwork.Builder vnet(String name, Region region, String space) {
    return VirtualNetwork.builder()
        .id(ResourceId.virtualNetwork(SUB, "net", name))
        .region(region)
        .addAddressSpaces(Cidr.parse(space));
  }

  /** The remote VNet in North Europe with a VPN gateway. */
  static VirtualNetwork remote() {
    return vnet("remote", NORTH, "10.1.0.0/16").addGateways(GatewayKind.VPN).build();
  }

  /** A VNet in West Europe with a VPN gateway (gateway integration not needed). */
  static VirtualNetwork sameRegion() {
    return vnet("hub", WEST, "10.0.0.0/16").addGateways(GatewayKind.VPN).build();
  }

  static GatewayIntegration.Builder integration(VirtualNetwork target) {
    return GatewayIntegration.builder()
        .targetVnet(target)
        .pointToSiteRange(Cidr.parse("172.16.100.0/24"));
  }

  static Subnet.Builder subnet(VirtualNetwork vnet, String name, String prefix) {
    return Subnet.builder()
        .id(ResourceId.subnet(SUB, "net", vnet.name(), name))
        .addressPrefix(Cidr.parse(prefix));
  }

  /** A proposal of {@code subnet}, which must be a subnet of {@code vnet}. */
  static SubnetProposal.Builder proposal(VirtualNetwork vnet, Subnet.Builder subnet) {
    return SubnetProposal.builder().virtualNetwork(vnet).subnet(subnet.build());
  }

  /** An empty subnet 'apps' of {@code vnet}, delegated to serverFarms. */
  static SubnetProposal.Builder delegated(VirtualNetwork vnet, String prefix) {
    return proposal(
        vnet, subnet(vnet, "apps", prefix).addDelegations(Subnet.SERVER_FARMS_DELEGATION));
  }

  /** An empty subnet 'apps' of the same-region hub ({@link #sameRegion()}), delegated. */
  static SubnetProposal.Builder hubSubnet(String prefix) {
    return delegated(sameRegion(), prefix);
  }

  /** A network interface in resource group 'net': a subnet occupant. */
  static ResourceId nic(String name) {
    return ResourceId.parse(
        "/subscriptions/"
            + SUB
            + "/resourceGroups/net/providers/Microsoft.Network/networkInterfaces/"
            + name);
  }

  static GatewayMigrationRequest.Builder request(
      AppServicePlan plan, GatewayIntegration current, DowntimeTolerance tolerance) {
    return GatewayMigrationRequest.builder()
        .app(app())
        .plan(plan)
        .current(current)
        .downtimeTolerance(tolerance);
  }

  /** A migration of {@link #app()} on {@code plan} from a default integration with {@code vnet}. */
  static GatewayMigrationRequest.Builder request(
      AppServicePlan plan, VirtualNetwork vnet, DowntimeTolerance tolerance) {
    return request(plan, integration(vnet).build(), tolerance);
  }

  /** A migration of {@link #app()} on the default plan from an integration with {@code vnet}. */
  static GatewayMigrationRequest.Builder request(VirtualNetwork vnet, DowntimeTolerance tolerance) {
    return request(plan().build(), vnet, tolerance);
  }
}
