package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.testkit.RoutingScenario;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The multibit route trie answers exactly as the binary trie it is expanded from. */
class IndexProperties {

  @Provide
  Arbitrary<RoutingScenario> scenarios() {
    return VnetArbitraries.routingScenarios().withLargeServiceTags();
  }

  /** Destinations inside and around the routing pools' prefixes, from vnet-testkit's flows. */
  @Provide
  Arbitrary<List<Integer>> destinations() {
    return VnetArbitraries.flows().map(f -> f.destination().intValue()).list().ofSize(5_000);
  }

  @Property(tries = 60)
  void multibitTrieAgreesWithTheBinaryTrie(
      @ForAll("scenarios") RoutingScenario generated,
      @ForAll("destinations") List<Integer> destinations) {
    Scenario s = Scenario.of(generated);
    CompiledNetwork network =
        new CompiledNetwork(
            s.vnet(), s.subnetModel(), s.nsg(), s.table(), s.bgpRoutes(), s.tagMap());
    for (int address : destinations) {
      assertThat(network.routes.lookup(address))
          .as("%s", Ipv4.address(address & 0xFFFF_FFFFL))
          .isSameAs(network.routes.lookupBinary(address));
    }
    for (int address : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThat(network.routes.lookup(address)).isSameAs(network.routes.lookupBinary(address));
    }
  }
}
