package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The multibit route trie answers exactly as the binary trie it is expanded from. */
class IndexProperties {

  @Property(tries = 60)
  void multibitTrieAgreesWithTheBinaryTrie(@ForAll long seed) {
    Scenario s = Scenario.random(seed);
    CompiledNetwork network =
        new CompiledNetwork(
            s.vnet(), s.subnetModel(), s.nsg(), s.table(), s.bgpRoutes(), s.tagMap());
    Random r = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      int address = Scenario.destination(r).intValue();
      assertThat(network.routes.lookup(address))
          .as("%s", Ipv4.address(address & 0xFFFF_FFFFL))
          .isSameAs(network.routes.lookupBinary(address));
    }
    for (int address : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThat(network.routes.lookup(address)).isSameAs(network.routes.lookupBinary(address));
    }
  }
}
