package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.SecurityRuleAccess;
import io.github.vnetkit.model.SecurityRuleAddress;
import io.github.vnetkit.model.SecurityRuleProtocol;
import io.github.vnetkit.model.TrafficDirection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates NSG security rules (SPEC NR-1). By default: mostly outbound (one in six inbound), allow
 * or deny, TCP mostly and sometimes any protocol; destination addresses from a pool that mixes
 * {@code *}, service tags ({@code VirtualNetwork}, {@code Internet}, {@code Storage}, {@code Sql},
 * {@code AzureCosmosDB}) and prefixes that overlap the routing generators' prefixes; destination
 * ports such as {@code 443}, {@code 445}, {@code 80-90}, {@code *}; sources mostly {@code *}, and
 * sometimes a narrower source or source port range (which an integrated app's outbound traffic does
 * not match). Names are {@code rule1} to {@code rule99}, priorities 100 to 4096. Shrinks towards
 * {@code rule1}, priority 100, outbound, one destination. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.securityRules().outbound().withoutServiceTags();
 * }</pre>
 *
 * <p>Rules generated one by one may share a name or priority; {@link
 * VnetArbitraries#networkSecurityGroups()} gives whole, consistent rule sets.
 */
public final class SecurityRuleArbitrary extends ArbitraryDecorator<SecurityRule> {

  private final @Nullable TrafficDirection direction;
  private final boolean serviceTags;

  SecurityRuleArbitrary() {
    this(null, true);
  }

  private SecurityRuleArbitrary(@Nullable TrafficDirection direction, boolean serviceTags) {
    this.direction = direction;
    this.serviceTags = serviceTags;
  }

  /** Only outbound rules (the ones that decide an integrated app's flows). */
  public SecurityRuleArbitrary outbound() {
    return new SecurityRuleArbitrary(TrafficDirection.OUTBOUND, serviceTags);
  }

  /** Only inbound rules. */
  public SecurityRuleArbitrary inbound() {
    return new SecurityRuleArbitrary(TrafficDirection.INBOUND, serviceTags);
  }

  /** Addresses are {@code *} or IPv4 prefixes only, never service tags. */
  public SecurityRuleArbitrary withoutServiceTags() {
    return new SecurityRuleArbitrary(direction, false);
  }

  @Override
  protected Arbitrary<SecurityRule> arbitrary() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(SecurityRule.MIN_PRIORITY, SecurityRule.MAX_PRIORITY),
            genes())
        .as((n, priority, gene) -> gene.build("rule" + n, priority));
  }

  /** Everything of a rule but its name and priority. */
  record Gene(
      TrafficDirection direction,
      SecurityRuleAccess access,
      SecurityRuleProtocol protocol,
      List<SecurityRuleAddress> sources,
      List<PortRange> sourcePorts,
      List<SecurityRuleAddress> destinations,
      List<PortRange> destinationPorts) {

    SecurityRule build(String name, int priority) {
      return SecurityRule.builder()
          .name(name)
          .priority(priority)
          .direction(direction)
          .access(access)
          .protocol(protocol)
          .addAllSourceAddresses(sources)
          .addAllSourcePortRanges(sourcePorts)
          .addAllDestinationAddresses(destinations)
          .addAllDestinationPortRanges(destinationPorts)
          .build();
    }
  }

  /** Rule genes under this arbitrary's knobs; each part shrinks towards the simplest rule. */
  Arbitrary<Gene> genes() {
    TrafficDirection fixed = direction;
    Arbitrary<TrafficDirection> directions =
        fixed != null
            ? Arbitraries.just(fixed)
            : Arbitraries.frequency(
                Tuple2s.weighted(5, TrafficDirection.OUTBOUND),
                Tuple2s.weighted(1, TrafficDirection.INBOUND));
    Arbitrary<SecurityRuleProtocol> protocols =
        Arbitraries.frequencyOf(
            List.of(
                Tuple2s.weighted(2, Arbitraries.just(SecurityRuleProtocol.TCP)),
                Tuple2s.weighted(1, Arbitraries.of(SecurityRuleProtocol.class))));
    List<SecurityRuleAddress> pool =
        serviceTags
            ? RoutingPools.ADDRESSES
            : RoutingPools.ADDRESSES.stream()
                .filter(a -> a.serviceTag().isEmpty())
                .collect(ImmutableList.toImmutableList());
    Arbitrary<List<SecurityRuleAddress>> sources =
        Arbitraries.frequencyOf(
            List.of(
                Tuple2s.weighted(3, Arbitraries.just(ImmutableList.<SecurityRuleAddress>of())),
                Tuple2s.weighted(
                    1, Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(2).uniqueElements())));
    Arbitrary<List<PortRange>> sourcePorts =
        Arbitraries.frequency(
            Tuple2s.weighted(7, ImmutableList.<PortRange>of()),
            Tuple2s.weighted(1, ImmutableList.of(PortRange.of(1024, PortRange.MAX_PORT))));
    Arbitrary<List<SecurityRuleAddress>> destinations =
        Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    Arbitrary<List<PortRange>> ports =
        Arbitraries.of(RoutingPools.PORT_RANGES).list().ofMinSize(1).ofMaxSize(2).uniqueElements();
    return Combinators.combine(
            directions,
            Arbitraries.of(SecurityRuleAccess.class),
            protocols,
            sources,
            sourcePorts,
            destinations,
            ports)
        .as(Gene::new);
  }
}
