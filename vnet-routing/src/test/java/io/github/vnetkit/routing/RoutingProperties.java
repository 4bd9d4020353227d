package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.compat.RoutingSwitch;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TriState;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariants of the routing evaluator over random integrations (see {@link Scenario}) and random
 * flows: determinism under permutation, agreement with the linear oracle, and where the NSG does
 * and does not apply (SPEC APP-1, APP-2, APP-3, NR-1, NR-2).
 */
class RoutingProperties {

  private static final int FLOWS = 150;

  @Property(tries = 150)
  void permutingRoutesOrRulesNeverChangesADecisionOrItsExplanation(
      @ForAll long seed, @ForAll long shuffle) {
    Scenario scenario = Scenario.random(seed);
    RoutingEvaluator original = scenario.evaluator();
    RoutingEvaluator permuted = scenario.shuffled(shuffle).evaluator();
    assertThat(permuted.effectiveRoutes()).isEqualTo(original.effectiveRoutes());
    assertThat(permuted.findings()).isEqualTo(original.findings());
    for (Flow flow : scenario.flows(seed ^ shuffle, FLOWS)) {
      RoutingDecision a = original.evaluate(flow);
      RoutingDecision b = permuted.evaluate(flow);
      assertThat(b).as("%s", flow).isEqualTo(a);
      assertThat(b.toString()).isEqualTo(a.toString());
    }
  }

  @Property(tries = 200)
  void indexedEvaluatorAgreesWithTheLinearOracle(@ForAll long seed) {
    Scenario scenario = Scenario.random(seed);
    RoutingEvaluator evaluator = scenario.evaluator();
    LinearOracle oracle = new LinearOracle(scenario);
    for (Flow flow : scenario.flows(seed, FLOWS)) {
      RoutingDecision decision = evaluator.evaluate(flow);
      assertThat(LinearOracle.Answer.of(decision))
          .as("%s\n%s", flow, decision)
          .isEqualTo(oracle.decide(flow));
    }
  }

  @Property(tries = 100)
  void withAllTrafficRoutedNoFlowBypassesTheNsg(@ForAll long seed) {
    Scenario random = Scenario.random(seed);
    NetworkSecurityGroup nsg =
        random.nsg() != null
            ? random.nsg()
            : NetworkSecurityGroup.builder().id(Fixtures.NSG_ID).build();
    App routed =
        Fixtures.app()
            .outboundVnetRouting(OutboundVnetRouting.builder().allTraffic(TriState.ON).build())
            .build();
    Scenario scenario =
        new Scenario(
            io.github.vnetkit.model.VirtualNetwork.builder()
                .from(random.vnet())
                .subnets(
                    List.of(
                        io.github.vnetkit.model.Subnet.builder()
                            .from(random.subnetModel())
                            .networkSecurityGroupId(Fixtures.NSG_ID)
                            .build()))
                .build(),
            routed,
            nsg,
            random.table(),
            random.bgpRoutes(),
            random.tags());
    RoutingEvaluator evaluator = scenario.evaluator();
    assertThat(evaluator.effectiveRouting().isOn(RoutingSwitch.APPLICATION_TRAFFIC)).isTrue();
    for (Flow flow : scenario.flows(seed, FLOWS)) {
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
  void withoutRoutingNoPublicDestinationIsEvaluatedAgainstTheNsg(@ForAll long seed) {
    Scenario random = Scenario.random(seed);
    App unrouted =
        Fixtures.app()
            .outboundVnetRouting(
                OutboundVnetRouting.builder()
                    .applicationTraffic(TriState.OFF)
                    .imagePullTraffic(TriState.OFF)
                    .contentShareTraffic(TriState.OFF)
                    .backupRestoreTraffic(TriState.OFF)
                    .build())
            .build();
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
    for (Flow flow : scenario.flows(seed, FLOWS)) {
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
