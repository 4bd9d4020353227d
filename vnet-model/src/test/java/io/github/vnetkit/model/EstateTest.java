package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EstateTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";

  private final AppServicePlan plan =
      AppServicePlan.builder()
          .id(ResourceId.serverFarm(SUB, "web", "plan1"))
          .region(Region.of("West Europe"))
          .sku(Sku.parse("P1v3"))
          .operatingSystem(OperatingSystem.LINUX)
          .build();
  private final Subnet subnet =
      Subnet.builder()
          .id(ResourceId.subnet(SUB, "net", "vnet1", "apps"))
          .addressPrefix(Cidr.parse("10.0.1.0/26"))
          .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
          .build();
  private final VirtualNetwork vnet =
      VirtualNetwork.builder()
          .id(ResourceId.virtualNetwork(SUB, "net", "vnet1"))
          .region(Region.of("westeurope"))
          .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
          .addSubnets(subnet)
          .build();
  private final App app =
      App.builder()
          .id(ResourceId.site(SUB, "web", "shop"))
          .planId(plan.id())
          .virtualNetworkSubnetId(subnet.id())
          .build();

  @Test
  void lookupsIgnoreCase() {
    Estate estate = Estate.builder().addPlans(plan).addApps(app).addVirtualNetworks(vnet).build();
    ResourceId upper = ResourceId.parse(subnet.id().toString().toUpperCase(java.util.Locale.ROOT));
    assertThat(estate.subnet(upper)).contains(subnet);
    assertThat(estate.appsOn(plan.id())).containsExactly(app);
    assertThat(estate.planOf(app)).isEqualTo(plan);
    assertThat(estate.virtualNetwork(vnet.id())).contains(vnet);
    assertThat(estate.subnet(ResourceId.subnet(SUB, "net", "vnet1", "other"))).isEmpty();
  }

  @Test
  void withReplacesOneResourceByIdAndKeepsTheRest() {
    AppServicePlan plan2 =
        AppServicePlan.builder().from(plan).id(ResourceId.serverFarm(SUB, "web", "plan2")).build();
    Estate estate =
        Estate.builder().addPlans(plan, plan2).addApps(app).addVirtualNetworks(vnet).build();

    AppServicePlan windows =
        AppServicePlan.builder().from(plan).operatingSystem(OperatingSystem.WINDOWS).build();
    Estate changed = estate.withPlan(windows);
    assertThat(changed.plans()).containsExactly(windows, plan2);
    assertThat(changed.apps()).isEqualTo(estate.apps());
    assertThat(changed.virtualNetworks()).isEqualTo(estate.virtualNetworks());

    App moved = App.builder().from(app).planId(plan2.id()).build();
    assertThat(estate.withApp(moved).appsOn(plan2.id())).containsExactly(moved);

    Subnet policies = Subnet.builder().from(subnet).hasServiceEndpointPolicies(true).build();
    Estate withPolicies = estate.withSubnet(policies);
    assertThat(withPolicies.subnet(subnet.id())).contains(policies);
    assertThat(withPolicies.virtualNetwork(vnet.id()).orElseThrow().addressSpaces())
        .isEqualTo(vnet.addressSpaces());

    VirtualNetwork classic = VirtualNetwork.builder().from(vnet).classic(true).build();
    assertThat(estate.withVirtualNetwork(classic).virtualNetworks()).containsExactly(classic);
    assertThat(vnet.withSubnet(policies).subnets()).containsExactly(policies);
  }

  @Test
  void withRejectsWhatIsNotThereNamingIt() {
    Estate estate = Estate.builder().addPlans(plan).addApps(app).addVirtualNetworks(vnet).build();
    AppServicePlan other =
        AppServicePlan.builder().from(plan).id(ResourceId.serverFarm(SUB, "web", "ghost")).build();
    assertThatThrownBy(() -> estate.withPlan(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan '" + other.id() + "'")
        .hasMessageContaining("builder");
    Subnet elsewhere =
        Subnet.builder().from(subnet).id(ResourceId.subnet(SUB, "net", "vnet9", "apps")).build();
    assertThatThrownBy(() -> estate.withSubnet(elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(elsewhere.id().toString())
        .hasMessageContaining("virtual network '" + elsewhere.virtualNetworkId() + "'");
    App ghostApp = App.builder().from(app).id(ResourceId.site(SUB, "web", "ghost")).build();
    assertThatThrownBy(() -> estate.withApp(ghostApp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("app '" + ghostApp.id() + "'");
    App orphan = App.builder().from(app).planId(ResourceId.serverFarm(SUB, "web", "gone")).build();
    assertThatThrownBy(() -> estate.withApp(orphan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(orphan.planId().toString());
    VirtualNetwork ghostVnet =
        VirtualNetwork.builder()
            .from(vnet)
            .id(ResourceId.virtualNetwork(SUB, "net", "ghost"))
            .subnets(java.util.List.of())
            .build();
    assertThatThrownBy(() -> estate.withVirtualNetwork(ghostVnet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("virtual network '" + ghostVnet.id() + "'");
    Subnet overlapping =
        Subnet.builder().from(subnet).id(ResourceId.subnet(SUB, "net", "vnet1", "other")).build();
    assertThatThrownBy(() -> vnet.withSubnet(overlapping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subnet '" + overlapping.id() + "'");
    Subnet outside = Subnet.builder().from(subnet).addressPrefix(Cidr.parse("10.9.0.0/26")).build();
    assertThatThrownBy(() -> estate.withSubnet(outside))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.9.0.0/26");
  }

  @Test
  void appWithoutItsPlanIsRejectedNamingBoth() {
    assertThatThrownBy(() -> Estate.builder().addApps(app).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(app.id().toString())
        .hasMessageContaining(plan.id().toString());
  }

  @Test
  void duplicatePlanIsRejected() {
    assertThatThrownBy(() -> Estate.builder().addPlans(plan, plan).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice")
        .hasMessageContaining(plan.id().toString());
  }
}
