package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.compat.RoutingSwitch;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TriState;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.testkit.RoutingScenario;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the routing evaluator over generated integrations (vnet-testkit's {@code
 * routingScenarios()}, with large service tags so that the indexes grow) and generated flows:
 * determinism under permutation, agreement with the linear oracle, and where the NSG does and does
 * not apply (SPEC APP-1, APP-2, APP-3, NR-1, NR-2).
 */
class RoutingProperties {

  private static final int FLOWS = 150;

  @Provide
  Arbitrary<RoutingScenario> scenarios() {
    return VnetArbitraries.routingScenarios().withLargeServiceTags();
  }

  @Provide
  Arbitrary<List<Flow>> flows() {
    return VnetArbitraries.flows().list().ofSize(FLOWS);
  }

  @Property(tries = 150)
  void permutingRoutesOrRulesNeverChangesADecisionOrItsExplanation(
      @ForAll("scenarios") RoutingScenario generated,
      @ForAll("flows") List<Flow> flows,
      @ForAll long shuffle) {
    Scenario scenario = Scenario.of(generated);
    RoutingEvaluator original = scenario.evaluator();
    RoutingEvaluator permuted = scenario.shuffled(shuffle).evaluator();
    assertThat(permuted.effectiveRoutes()).isEqualTo(original.effectiveRoutes());
    assertThat(permuted.findings()).isEqualTo(original.findings());
    for (Flow flow : flows) {
      RoutingDecision a = original.evaluate(flow);
      RoutingDecision b = permuted.evaluate(flow);
      assertThat(b).as("%s", flow).isEqualTo(a);
      assertThat(b.toString()).isEqualTo(a.toString());
    }
  }

  @Property(tries = 200)
  void indexedEvaluatorAgreesWithTheLinearOracle(
      @ForAll("scenarios") RoutingScenario generated, @ForAll("flows") List<Flow> flows) {
    Scenario scenario = Scenario.of(generated);
    RoutingEvaluator evaluator = scenario.evaluator();
    LinearOracle oracle = new LinearOracle(scenario);
    for (Flow flow : flows) {
      RoutingDecision decision = evaluator.evaluate(flow);
      assertThat(LinearOracle.Answer.of(decision))
          .as("%s\n%s", flow, decision)
          .isEqualTo(oracle.decide(flow));
    }
  }

  /** The generated app's id, plan and integration with nothing set but {@code routing}. */
  private static App sameAppWith(App generated, OutboundVnetRouting routing) {
    return App.builder()
        .id(generated.id())
        .planId(generated.planId())
        .virtualNetworkSubnetId(generated.virtualNetworkSubnetId().orElseThrow())
        .outboundVnetRouting(routing)
        .build();
  }

  @Property(tries = 100)
  void withAllTrafficRoutedNoFlowBypassesTheNsg(
      @ForAll("scenarios") RoutingScenario generated, @ForAll("flows") List<Flow> flows) {
    Scenario random = Scenario.of(generated);
    Subnet subnet = random.subnetModel();
    NetworkSecurityGroup nsg =
        random.nsg() != null
            ? random.nsg()
            : NetworkSecurityGroup.builder()
                .id(
                    ResourceId.networkSecurityGroup(
                        subnet.id().subscriptionId(), subnet.id().resourceGroup(), "empty-nsg"))
                .build();
    App routed =
        sameAppWith(random.app(), OutboundVnetRouting.builder().allTraffic(TriState.ON).build());
    Scenario scenario =
        new Scenario(
            VirtualNetwork.builder()
                .from(random.vnet())
                .subnets(
                    List.of(Subnet.builder().from(subnet).networkSecurityGroupId(nsg.id()).build()))
                .build(),
            routed,
            nsg,
            random.table(),
            random.bgpRoutes(),
            random.tags());
    RoutingEvaluator evaluator = scenario.evaluator();
    assertThat(evaluator.effectiveRouting().isOn(RoutingSwitch.APPLICATION_TRAFFIC)).isTrue();
    for (Flow flow : flows) {
      if (flow.direction() == TrafficDirection.INBOUND
          || LinearOracle.neverIntegrated(flow.kind())) {
        continue;
      }
      RoutingDecision d = evaluator.evaluate(flow);
      assertThat(d.enteredVnet()).as("%s", d).isTrue();
      assertThat(d.nsgVerdict()).as("%s", d).isPresent();
      assertThat(d.ruleIds()).as("%s", d).contains("APP-3", "NR-1");
    }
  }

  @Property(tries = 100)
  void withoutRoutingNoPublicDestinationIsEvaluatedAgainstTheNsg(
      @ForAll("scenarios") RoutingScenario generated, @ForAll("flows") List<Flow> flows) {
    Scenario random = Scenario.of(generated);
    App unrouted =
        sameAppWith(
            random.app(),
            OutboundVnetRouting.builder()
                .applicationTraffic(TriState.OFF)
                .imagePullTraffic(TriState.OFF)
                .contentShareTraffic(TriState.OFF)
                .backupRestoreTraffic(TriState.OFF)
                .build());
    Scenario scenario =
        new Scenario(
            random.vnet(),
            unrouted,
            random.nsg(),
            random.table(),
            random.bgpRoutes(),
            random.tags());
    RoutingEvaluator evaluator = scenario.evaluator();
    LinearOracle oracle = new LinearOracle(scenario);
    for (Flow flow : flows) {
      int address = flow.destination().intValue();
      boolean publicDestination =
          !Ipv4.isRfc1918(address) && !oracle.inServiceEndpoint(flow.destination());
      boolean keyVaultRetry =
          flow.kind() == TrafficKind.KEY_VAULT_REFERENCE && flow.destinationBlocksPublicAccess();
      if (!publicDestination || keyVaultRetry) {
        continue;
      }
      RoutingDecision d = evaluator.evaluate(flow);
      assertThat(d.nsgVerdict()).as("%s", d).isEmpty();
      assertThat(d.route()).as("%s", d).isEmpty();
      assertThat(d.enteredVnet()).as("%s", d).isFalse();
    }
  }
}
