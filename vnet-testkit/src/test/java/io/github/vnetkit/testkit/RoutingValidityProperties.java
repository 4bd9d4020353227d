package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The routing generators build every value through the model's validating builders (a generator
 * that produced an invalid value would throw) and keep the consistency the model does not check:
 * 10,000 tries each, no invalid value.
 */
class RoutingValidityProperties {

  @Property(tries = 10_000)
  void networkSecurityGroupsAreValid(@ForAll("nsgs") NetworkSecurityGroup nsg) {
    assertThat(nsg.securityRules()).hasSizeLessThanOrEqualTo(20);
    Set<String> names = new HashSet<>();
    Set<String> slots = new HashSet<>();
    for (SecurityRule r : nsg.securityRules()) {
      assertThat(names.add(r.name().toLowerCase(Locale.ROOT))).as(r.name()).isTrue();
      assertThat(slots.add(r.direction() + "/" + r.priority())).as(r.name()).isTrue();
      assertThat(r.priority()).isBetween(100, 4096);
      assertThat(r.destinationAddresses()).isNotEmpty();
      assertThat(r.destinationPortRanges()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<NetworkSecurityGroup> nsgs() {
    return VnetArbitraries.networkSecurityGroups().withRulesUpTo(20);
  }

  @Property(tries = 10_000)
  void routeTablesAreValid(@ForAll("tables") RouteTable table) {
    assertThat(table.routes()).hasSizeLessThanOrEqualTo(20);
    Set<Object> prefixes = new HashSet<>();
    for (Route r : table.routes()) {
      assertThat(prefixes.add(r.addressPrefix())).as(r.name()).isTrue();
      assertThat(r.nextHopType().allowedInUserRoute()).isTrue();
      assertThat(r.nextHopIpAddress().isPresent())
          .isEqualTo(r.nextHopType() == NextHopType.VIRTUAL_APPLIANCE);
    }
  }

  @Provide
  Arbitrary<RouteTable> tables() {
    return VnetArbitraries.routeTables().withRoutesUpTo(20);
  }

  @Property(tries = 10_000)
  void singleRoutesBgpRoutesRulesAndTagsAreValid(
      @ForAll("routes") Route route,
      @ForAll("bgpRoutes") BgpRoute bgp,
      @ForAll("rules") SecurityRule rule,
      @ForAll("tags") ServiceTagDefinition tag) {
    assertThat(route.addressPrefix().isIpv4()).isTrue();
    assertThat(bgp.addressPrefix().isIpv4()).isTrue();
    assertThat(bgp.nextHopType()).isEqualTo(NextHopType.VIRTUAL_NETWORK_GATEWAY);
    assertThat(rule.name()).matches("rule[0-9]+");
    assertThat(tag.tag()).isNotIn(ServiceTag.VIRTUAL_NETWORK, ServiceTag.INTERNET);
    assertThat(tag.addressPrefixes()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
    assertThat(tag.ipv4Prefixes()).isEqualTo(tag.addressPrefixes());
  }

  @Provide
  Arbitrary<Route> routes() {
    return VnetArbitraries.routes();
  }

  @Provide
  Arbitrary<BgpRoute> bgpRoutes() {
    return VnetArbitraries.bgpRoutes();
  }

  @Provide
  Arbitrary<SecurityRule> rules() {
    return VnetArbitraries.securityRules();
  }

  @Provide
  Arbitrary<ServiceTagDefinition> tags() {
    return VnetArbitraries.serviceTagDefinitions();
  }

  @Property(tries = 10_000)
  void routingScenariosAreConsistent(@ForAll("scenarios") RoutingScenario scenario) {
    assertThat(ScenarioChecker.problems(scenario)).as("%s", scenario).isEmpty();
    assertThat(RoutingScenario.builder().from(scenario).build()).isEqualTo(scenario);
    assertThat(scenario.toString()).startsWith("RoutingScenario\n  vnet vnet1 ");
  }

  @Provide
  Arbitrary<RoutingScenario> scenarios() {
    return VnetArbitraries.routingScenarios().withRulesUpTo(30).withRoutesUpTo(30);
  }

  @Property(tries = 400)
  void scenariosWithLargeServiceTagsAreConsistent(
      @ForAll("largeTagScenarios") RoutingScenario scenario) {
    assertThat(ScenarioChecker.problems(scenario)).isEmpty();
  }

  @Provide
  Arbitrary<RoutingScenario> largeTagScenarios() {
    return VnetArbitraries.routingScenarios().withLargeServiceTags();
  }

  @Property(tries = 10_000)
  void flowsAreValid(@ForAll("flows") Flow flow) {
    assertThat(flow.destination().isMultiple()).isFalse();
    assertThat(flow.port()).isBetween(0, 65_535);
  }

  @Provide
  Arbitrary<Flow> flows() {
    return VnetArbitraries.flows();
  }
}
