package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import org.junit.jupiter.api.Test;

/** Inputs that do not describe one integration are rejected, naming the input. */
class RoutingEvaluatorBuilderTest {

  @Test
  void requiresVirtualNetworkAndSite() {
    assertThatThrownBy(() -> RoutingEvaluator.builder().site(app().build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("virtualNetwork");
    assertThatThrownBy(
            () -> RoutingEvaluator.builder().virtualNetwork(vnet(subnet().build())).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("site");
  }

  @Test
  void siteMustBeIntegratedWithASubnetOfTheVnet() {
    App unintegrated =
        App.builder()
            .id(ResourceId.site(SUB, "web", "lonely"))
            .planId(ResourceId.serverFarm(SUB, "web", "plan1"))
            .build();
    assertThatThrownBy(() -> plain(unintegrated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lonely")
        .hasMessageContaining("virtualNetworkSubnetId");
    App elsewhere =
        app().virtualNetworkSubnetId(ResourceId.subnet(SUB, "net", "vnet1", "other")).build();
    assertThatThrownBy(() -> plain(elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subnets/other")
        .hasMessageContaining("vnet1");
  }

  @Test
  void nsgAndRouteTableMustBeTheSubnets() {
    Subnet withNsg = subnet().networkSecurityGroupId(NSG_ID).build();
    assertThatThrownBy(() -> evaluator(app().build(), withNsg).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apps-nsg")
        .hasMessageContaining("networkSecurityGroup(...)");
    assertThatThrownBy(
            () -> evaluator(app().build(), subnet().build()).networkSecurityGroup(nsg()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apps-nsg")
        .hasMessageContaining("(none)");
    assertThatThrownBy(
            () ->
                evaluator(app().build(), subnet().routeTableId(TABLE_ID).build())
                    .routeTable(table().id(ResourceId.routeTable(SUB, "net", "other-rt")).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other-rt")
        .hasMessageContaining("apps-rt");
  }

  @Test
  void duplicateBgpPrefixesAndTagDefinitionsAreRejected() {
    assertThatThrownBy(
            () ->
                evaluator(app().build(), subnet().build())
                    .addBgpRoutes(
                        BgpRoute.of(Cidr.parse("192.168.0.0/16")),
                        BgpRoute.of(Cidr.parse("192.168.0.0/16")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("192.168.0.0/16");
    assertThatThrownBy(() -> evaluator(app().build(), subnet().build()).addServiceTags(SQL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sql");
  }

  @Test
  void withSiteSharesTheIndexesOfTheSameSubnet() {
    RoutingEvaluator e = plain(app().build());
    RoutingEvaluator other = e.withSite(appWithRouteAll());
    assertThat(other.effectiveRoutes()).isSameAs(e.effectiveRoutes());
    assertThat(other.evaluate(tcp("52.1.2.3", 443)).outcome()).isEqualTo(Outcome.ENTERS_VNET);
    App elsewhere =
        app().virtualNetworkSubnetId(ResourceId.subnet(SUB, "net", "vnet1", "other")).build();
    assertThatThrownBy(() -> e.withSite(elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subnets/other");
  }

  @Test
  void badHostNamesAreRejected() {
    assertThatThrownBy(() -> plain(app().build()).resolve("bad..name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bad..name'");
  }

  @Test
  void decisionsReadWell() {
    RoutingDecision d = plain(appWithRouteAll()).evaluate(tcp("10.100.3.4", 1433));
    assertThat(d.toString())
        .startsWith("OUTBOUND APPLICATION TCP 10.100.3.4:1433: ENTERS_VNET")
        .contains("route:  10.100.0.0/16 -> VNetPeering", "System Route", "1. LEG-1:", "APP-5:");
  }
}
