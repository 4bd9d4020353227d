package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.testkit.internal.EstateOutline;
import org.immutables.value.Value;

/**
 * An {@link Estate} that breaks exactly one {@link EstateRule}, at one resource, as {@link
 * EstateArbitrary#breaking(EstateRule)} generates it: {@link #estate()} is an ordinary vnet-model
 * estate (every app's plan exists, every reference resolves) in which {@link #rule()} is broken at
 * {@link #resource()} (a plan, app, virtual network or subnet of the estate) and every other rule
 * of {@link EstateRule} holds.
 *
 * <p>{@link #toString()} renders a compact outline, one line per plan, app, VNet and subnet, headed
 * by the broken rule, so that shrunk counterexamples read well.
 *
 * <pre>{@code
 * @Property
 * void reportsUndelegatedSubnets(@ForAll("undelegated") BrokenEstate broken) {
 *   assertThat(myAudit(broken.estate())).containsExactly("NET-3 " + broken.resource().name());
 * }
 *
 * @Provide
 * Arbitrary<BrokenEstate> undelegated() {
 *   return VnetArbitraries.estates().breaking(EstateRule.NET_3_UNDELEGATED_SUBNET);
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class BrokenEstate {

  BrokenEstate() {}

  /**
   * An estate that breaks {@code rule} at {@code resource}.
   *
   * @throws IllegalArgumentException if {@code resource} is not a plan, app, virtual network or
   *     subnet of {@code estate}
   */
  public static BrokenEstate of(Estate estate, EstateRule rule, ResourceId resource) {
    return ImmutableBrokenEstate.builder().estate(estate).rule(rule).resource(resource).build();
  }

  /** The estate, a plain vnet-model value. */
  public abstract Estate estate();

  /** The rule the estate breaks. */
  public abstract EstateRule rule();

  /** The plan, app, virtual network or subnet at which {@link #rule()} is broken. */
  public abstract ResourceId resource();

  @Value.Check
  void check() {
    Estate e = estate();
    ResourceId r = resource();
    checkArgument(
        e.plan(r).isPresent()
            || e.app(r).isPresent()
            || e.virtualNetwork(r).isPresent()
            || e.subnet(r).isPresent(),
        "resource '%s' (where %s is broken) must be a plan, app, virtual network or subnet of the"
            + " estate",
        r,
        rule());
  }

  /** A compact outline of the estate, headed by the rule and where it is broken. */
  @Override
  public String toString() {
    return EstateOutline.render(
        "Estate breaking "
            + rule().specId()
            + " ("
            + rule()
            + ") at "
            + EstateOutline.shortName(resource()),
        estate());
  }
}
