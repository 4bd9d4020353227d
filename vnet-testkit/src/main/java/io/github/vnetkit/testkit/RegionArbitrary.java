package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.Region;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates Azure regions from a pool of real region names (westeurope, northeurope, eastus, ...);
 * shrinks towards the first region of the pool. Immutable: every knob returns a new arbitrary.
 *
 * <pre>{@code
 * VnetArbitraries.regions().among("West Europe", "North Europe");
 * VnetArbitraries.regions().except(Region.of("westeurope"));
 * }</pre>
 */
public final class RegionArbitrary extends ArbitraryDecorator<Region> {

  private final ImmutableList<Region> pool;

  RegionArbitrary() {
    this(Genes.REGIONS);
  }

  private RegionArbitrary(ImmutableList<Region> pool) {
    this.pool = pool;
  }

  /**
   * Only these regions (display or location names), in this shrinking order.
   *
   * @throws IllegalArgumentException if {@code names} is empty or a name is not a region name
   */
  public RegionArbitrary among(String... names) {
    checkArgument(names.length > 0, "among() needs at least one region name");
    return new RegionArbitrary(
        Arrays.stream(names).map(Region::of).distinct().collect(ImmutableList.toImmutableList()));
  }

  /**
   * Every region of the pool except these.
   *
   * @throws IllegalArgumentException if no region would be left
   */
  public RegionArbitrary except(Region... regions) {
    List<Region> excluded = Arrays.asList(regions);
    ImmutableList<Region> left =
        pool.stream().filter(r -> !excluded.contains(r)).collect(ImmutableList.toImmutableList());
    checkArgument(!left.isEmpty(), "except(%s) leaves no region of the pool %s", excluded, pool);
    return new RegionArbitrary(left);
  }

  /** The regions this arbitrary draws from, in shrinking order. */
  public List<Region> pool() {
    return pool;
  }

  @Override
  protected Arbitrary<Region> arbitrary() {
    return Arbitraries.of(pool);
  }
}
