package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates service tag definitions: a tag that NSG rules and service endpoints use ({@code
 * Storage}, {@code Sql}, {@code AzureCosmosDB}, {@code AzureKeyVault}, {@code AzureMonitor}, or a
 * regional one such as {@code Storage.westeurope}) with one to three public IPv4 prefixes by
 * default, drawn from ranges the routing generators also use ({@code 20.38.96.0/19}, {@code
 * 40.68.0.0/16}, ...) and sometimes any prefix inside {@code 20.0.0.0/8}. Never {@code
 * VirtualNetwork} or {@code Internet}, which the evaluator computes. Shrinks towards {@code
 * Storage} with one prefix. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.serviceTagDefinitions().withPrefixesUpTo(2_000); // large tags: big indexes
 * VnetArbitraries.serviceTagDefinitions().list().uniqueElements(ServiceTagDefinition::tag);
 * }</pre>
 */
public final class ServiceTagDefinitionArbitrary extends ArbitraryDecorator<ServiceTagDefinition> {

  /** Tags that services define by prefixes, the shrink target first. */
  static final ImmutableList<ServiceTag> TAGS =
      ImmutableList.of("Storage", "Sql", "AzureCosmosDB", "AzureKeyVault", "AzureMonitor").stream()
          .map(ServiceTag::of)
          .collect(ImmutableList.toImmutableList());

  /** The container of the random tag prefixes. */
  private static final Cidr RANDOM_CONTAINER = Cidr.parse("20.0.0.0/8");

  private static final int MAX_PREFIXES = 10_000;

  private final int maxPrefixes;

  ServiceTagDefinitionArbitrary() {
    this(3);
  }

  private ServiceTagDefinitionArbitrary(int maxPrefixes) {
    this.maxPrefixes = maxPrefixes;
  }

  /**
   * One to {@code max} prefixes per definition.
   *
   * @throws IllegalArgumentException unless {@code 1 <= max <= 10,000}
   */
  public ServiceTagDefinitionArbitrary withPrefixesUpTo(int max) {
    checkArgument(
        max >= 1 && max <= MAX_PREFIXES,
        "prefixes (%s) must be between 1 and %s",
        max,
        MAX_PREFIXES);
    return new ServiceTagDefinitionArbitrary(max);
  }

  @Override
  protected Arbitrary<ServiceTagDefinition> arbitrary() {
    Arbitrary<ServiceTag> tags =
        Combinators.combine(Arbitraries.of(TAGS), Arbitraries.of(Genes.REGIONS).optional(0.3))
            .as((tag, region) -> region.map(tag::inRegion).orElse(tag));
    return Combinators.combine(tags, prefixes(maxPrefixes)).as(ServiceTagDefinition::of);
  }

  /** One to {@code max} distinct prefixes; shrinks towards the first of the pool. */
  static Arbitrary<List<Cidr>> prefixes(int max) {
    Arbitrary<Cidr> random =
        Combinators.combine(Arbitraries.integers().between(16, 30), CidrArbitrary.blockIndexes())
            .as((length, index) -> CidrArbitrary.block(RANDOM_CONTAINER, length, index));
    Arbitrary<Cidr> prefix =
        Arbitraries.frequencyOf(
            List.of(
                Tuple2s.weighted(3, Arbitraries.of(RoutingPools.TAG_PREFIXES)),
                Tuple2s.weighted(1, random)));
    return prefix.list().ofMinSize(1).ofMaxSize(max).uniqueElements();
  }

  /**
   * {@code count} further distinct prefixes inside {@code 20.0.0.0/8}, /16 to /30, from {@code
   * seed}: the bulk of a large tag, which makes the evaluator's route and NSG indexes grow.
   */
  static List<Cidr> bulk(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<Cidr> prefixes = new LinkedHashSet<>();
    while (prefixes.size() < count) {
      int address = (20 << 24) | random.nextInt(1 << 24);
      prefixes.add(Cidr.containing(new IPv4Address(address), 16 + random.nextInt(15)));
    }
    return new ArrayList<>(prefixes);
  }
}
