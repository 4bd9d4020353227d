/**
 * Subnet capacity planning (SPEC section 3, CAP) and carving integration subnets out of a virtual
 * network.
 *
 * <pre>{@code
 * PlanResult plan = SubnetPlanner.plan(PlanDemand.of(30));
 * plan.smallestPrefix();  // OptionalInt[25]
 * }</pre>
 */
module io.github.vnetkit.planner {
  requires transitive io.github.vnetkit.model;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.vnetkit.planner;
}
