/**
 * Subnet capacity planning (SPEC section 3, CAP), carving integration subnets out of a virtual
 * network, and the integration checker over a whole estate (SPEC TIER, NET, FN, LIFE; package
 * {@code io.github.vnetkit.planner.check}), which reuses the planner's capacity answers.
 *
 * <pre>{@code
 * PlanResult plan = SubnetPlanner.plan(PlanDemand.of(30));
 * plan.smallestPrefix();  // OptionalInt[25]
 * CheckResult result = EstateChecker.create().check(estate);
 * }</pre>
 */
module io.github.vnetkit.planner {
  requires transitive io.github.vnetkit.model;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.vnetkit.planner;
  exports io.github.vnetkit.planner.check;
}
