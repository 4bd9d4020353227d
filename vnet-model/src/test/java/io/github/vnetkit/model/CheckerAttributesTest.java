package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The attributes a checker reads beyond the resources' basic shape: MPSJ and subnet links. */
class CheckerAttributesTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final ResourceId PLAN = ResourceId.serverFarm(SUB, "web", "plan1");

  @Test
  void net5_planDefaultsToOnePlanPerSubnet() {
    AppServicePlan plan =
        AppServicePlan.builder()
            .id(PLAN)
            .region(Region.of("West Europe"))
            .sku(Sku.parse("P1v3"))
            .operatingSystem(OperatingSystem.WINDOWS)
            .build();
    assertThat(plan.multiPlanSubnetJoin()).isFalse();
    assertThat(AppServicePlan.builder().from(plan).multiPlanSubnetJoin(true).build())
        .extracting(AppServicePlan::multiPlanSubnetJoin)
        .isEqualTo(true);
  }

  @Test
  void life3_subnetKeepsServiceAssociationLinks() {
    Subnet subnet =
        Subnet.builder()
            .id(ResourceId.subnet(SUB, "net", "vnet1", "apps"))
            .addressPrefix(Cidr.parse("10.0.1.0/26"))
            .addServiceAssociationLinks(PLAN)
            .build();
    assertThat(subnet.serviceAssociationLinks()).containsExactly(PLAN);
  }

  @Test
  void serviceAssociationLinkMustBeAPlanId() {
    ResourceId site = ResourceId.site(SUB, "web", "shop");
    assertThatThrownBy(
            () ->
                Subnet.builder()
                    .id(ResourceId.subnet(SUB, "net", "vnet1", "apps"))
                    .addressPrefix(Cidr.parse("10.0.1.0/26"))
                    .addServiceAssociationLinks(site)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(site.toString())
        .hasMessageContaining("server farm");
  }

  @Test
  void serviceAssociationLinkListedTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                Subnet.builder()
                    .id(ResourceId.subnet(SUB, "net", "vnet1", "apps"))
                    .addressPrefix(Cidr.parse("10.0.1.0/26"))
                    .addServiceAssociationLinks(PLAN, PLAN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice")
        .hasMessageContaining(PLAN.toString());
  }
}
