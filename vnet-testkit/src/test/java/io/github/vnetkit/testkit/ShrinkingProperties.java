package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.testkit.internal.EstateReportingFormat;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/** Shrinking yields small, readable counterexamples. */
class ShrinkingProperties {

  private static final String ZERO = "00000000-0000-0000-0000-000000000000";

  @Example
  @Label("CAP-7: any subnet shrinks to a /28 at the start of the space, named a")
  void subnetsShrinkToTheSmallestIntegrationSubnet() {
    Subnet minimal = Shrinking.minimal(VnetArbitraries.subnets(), s -> true, 1L);
    assertThat(minimal.addressPrefix()).isEqualTo(Cidr.parse("10.0.0.0/28"));
    assertThat(minimal.id()).isEqualTo(ResourceId.subnet(ZERO, "a", "a", "a"));
    assertThat(minimal.serviceEndpoints()).isEmpty();
    assertThat(minimal.networkSecurityGroupId()).isEmpty();
    assertThat(minimal.routeTableId()).isEmpty();
    assertThat(minimal.natGatewayId()).isEmpty();
  }

  @Example
  void virtualNetworksShrinkToTheFewestSmallestSubnets() {
    VirtualNetwork minimal =
        Shrinking.minimal(
            VnetArbitraries.virtualNetworks().withSubnets(1, 5).withPeerings(2).withDnsServers(),
            v -> v.subnets().size() >= 2,
            2L);
    assertThat(minimal.subnets()).hasSize(2);
    assertThat(minimal.subnets()).allMatch(s -> s.addressPrefix().prefixLength() == 28);
    assertThat(minimal.addressSpaces()).containsExactly(Cidr.parse("10.0.0.0/16"));
    assertThat(minimal.peerings()).isEmpty();
    assertThat(minimal.dnsServers()).isEmpty();
    assertThat(minimal.subnets().get(0).addressPrefix()).isEqualTo(Cidr.parse("10.0.0.0/28"));
  }

  @Example
  void estatesShrinkToOnePlanOneAppOneSubnet() {
    Estate minimal =
        Shrinking.minimal(
            VnetArbitraries.estates().withPlans(1, 5).withAppsPerPlan(4),
            e -> e.apps().stream().anyMatch(a -> a.virtualNetworkSubnetId().isPresent()),
            3L);
    assertThat(minimal.plans()).hasSize(1);
    assertThat(minimal.apps()).hasSize(1);
    assertThat(minimal.virtualNetworks()).hasSize(1);
    assertThat(EstateChecker.subnets(minimal)).hasSize(1);
    AppServicePlan plan = minimal.plans().get(0);
    assertThat(plan.operatingSystem()).isEqualTo(OperatingSystem.LINUX);
    assertThat(plan.maxInstances()).isEqualTo(1);
    assertThat(EstateChecker.subnets(minimal).get(0).addressPrefix())
        .isEqualTo(Cidr.parse("10.0.0.0/28"));
    assertThat(minimal.apps().get(0).appSettings().isEmpty()).isTrue();
    assertThat(minimal.apps().get(0).slots()).isEmpty();
    String outline = new EstateReportingFormat().report(minimal).toString();
    assertThat(outline.lines()).hasSize(5);
    assertThat(outline)
        .isEqualTo(
            "Estate\n"
                + "  plan plan1 P0v3 LINUX westeurope instances 1..1 -> [vnet1/snet1]\n"
                + "  app app1 WEB_APP on plan1 -> vnet1/snet1\n"
                + "  vnet vnet1 westeurope [10.0.0.0/16]\n"
                + "    subnet snet1 10.0.0.0/28 [Microsoft.Web/serverFarms]");
  }

  @Example
  @Label("CAP-5: a plan of at least 5 instances shrinks to 5 on an exactly full /28")
  void bigPlansShrinkToAnExactlyFullSubnet() {
    Estate minimal =
        Shrinking.minimal(
            VnetArbitraries.estates(),
            e ->
                e.plans().stream()
                    .anyMatch(p -> !p.vnetIntegrations().isEmpty() && p.maxInstances() >= 5),
            4L);
    AppServicePlan plan = minimal.plans().get(0);
    assertThat(minimal.plans()).hasSize(1);
    assertThat(plan.maxInstances()).isEqualTo(5);
    Subnet subnet = minimal.subnet(plan.vnetIntegrations().get(0)).orElseThrow();
    assertThat(subnet.addressPrefix().prefixLength()).isEqualTo(28);
  }

  @Example
  void brokenEstatesShrinkToOnePlanAndItsBrokenSubnet() {
    BrokenEstate broken =
        Shrinking.minimal(
            VnetArbitraries.estates().withPlans(1, 4).breaking(EstateRule.NET_3_FOREIGN_DELEGATION),
            e -> true,
            5L);
    Estate minimal = broken.estate();
    assertThat(minimal.plans()).hasSize(1);
    assertThat(minimal.apps()).hasSize(1);
    assertThat(EstateChecker.subnets(minimal)).hasSize(1);
    assertThat(EstateChecker.subnets(minimal).get(0).delegations())
        .containsExactly(SubnetTraits.FOREIGN_DELEGATIONS.get(0));
    assertThat(EstateChecker.violations(minimal))
        .containsExactly(EstateRule.NET_3_FOREIGN_DELEGATION);
    assertThat(broken.resource()).isEqualTo(EstateChecker.subnets(minimal).get(0).id());
    assertThat(broken.toString())
        .startsWith(
            "Estate breaking NET-3 (NET_3_FOREIGN_DELEGATION) at vnet1/snet1\n  plan plan1");
  }

  @Example
  @Label("LEG-3: a near-miss setting shrinks to that one setting")
  void appSettingsShrinkToOneSetting() {
    AppSettings minimal =
        Shrinking.minimal(
            VnetArbitraries.appSettings().withNearMissValues(),
            s -> s.get("WEBSITE_VNET_ROUTE_ALL").filter(v -> !v.equals("1")).isPresent(),
            6L);
    assertThat(minimal.size()).isEqualTo(1);
    assertThat(minimal.get("WEBSITE_VNET_ROUTE_ALL")).get().isIn("0", "True");
  }

  @Example
  void appsShrinkToShortNamesAndNothingSet() {
    App minimal = Shrinking.minimal(VnetArbitraries.apps(), a -> !a.slots().isEmpty(), 7L);
    assertThat(minimal.name()).isEqualTo("a");
    assertThat(minimal.slots()).hasSize(1);
    assertThat(minimal.appSettings().isEmpty()).isTrue();
    assertThat(minimal.legacySiteFlags().isEmpty()).isTrue();
    assertThat(minimal.outboundVnetRouting().isEmpty()).isTrue();
    assertThat(minimal.dnsConfiguration()).isEmpty();
    assertThat(minimal.virtualNetworkSubnetId()).isEmpty();
  }

  @Example
  @Label("NET-5, CAP-8: an estate with an MPSJ subnet shrinks to two one-instance plans on a /26")
  void multiPlanSubnetsShrinkToTwoPlansOnASlash26() {
    Estate minimal =
        Shrinking.minimal(
            VnetArbitraries.estates().withPlans(1, 4).withAppsPerPlan(3),
            EdgeCaseProperties::hasMultiPlanSubnet,
            9L);
    assertThat(minimal.plans()).hasSize(2).allMatch(AppServicePlan::multiPlanSubnetJoin);
    assertThat(minimal.plans()).allMatch(p -> p.maxInstances() == 1);
    assertThat(EstateChecker.subnets(minimal)).hasSize(1);
    assertThat(EstateChecker.subnets(minimal).get(0).addressPrefix())
        .isEqualTo(Cidr.parse("10.0.0.0/26"));
    String outline = new EstateReportingFormat().report(minimal).toString();
    assertThat(outline).contains("plan plan1 P0v3 LINUX westeurope instances 1..1 mpsj ->");
  }

  @Example
  @Label("FN-2: functions settings shrink to one trigger extension at its minimum version")
  void functionsSettingsShrinkToOneTriggerAtTheMinimum() {
    FunctionsSettings minimal =
        Shrinking.minimal(
            VnetArbitraries.functionsSettings(), FunctionsSettings::hasVnetTriggers, 10L);
    assertThat(minimal.vnetTriggerExtensions())
        .containsExactly(Map.entry("Microsoft.Azure.WebJobs.Extensions.ServiceBus", "3.2.0"));
    assertThat(minimal.hybridConnections()).isEmpty();
    assertThat(minimal.runtimeScaleMonitoringEnabled()).isFalse();
    assertThat(minimal.storageAccountVnetRestricted()).isFalse();
  }

  @Example
  void everyShrinkCandidateOfAnEstateIsStillValid() {
    RandomGenerator<Estate> generator =
        VnetArbitraries.estates().withPlans(2, 4).withAppsPerPlan(3).generator(1000, true);
    Random random = new Random(8L);
    for (int i = 0; i < 20; i++) {
      Shrinkable<Estate> sample = generator.next(random);
      sample
          .shrink()
          .limit(100)
          .forEach(
              candidate -> {
                assertThat(EstateChecker.violations(candidate.value())).isEmpty();
                assertThat(EstateChecker.referenceProblems(candidate.value())).isEmpty();
              });
    }
  }

  @Example
  void everyShrinkCandidateOfABrokenEstateStillBreaksExactlyItsRule() {
    for (EstateRule rule : EstateRule.values()) {
      RandomGenerator<BrokenEstate> generator =
          VnetArbitraries.estates().breaking(rule).generator(1000, true);
      Random random = new Random(rule.name().hashCode());
      for (int i = 0; i < 5; i++) {
        generator
            .next(random)
            .shrink()
            .limit(50)
            .forEach(
                candidate ->
                    assertThat(EstateChecker.violations(candidate.value().estate()))
                        .as("%s", candidate.value())
                        .containsExactly(rule));
      }
    }
  }
}
