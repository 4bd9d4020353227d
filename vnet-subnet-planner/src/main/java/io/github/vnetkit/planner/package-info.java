/**
 * Subnet capacity planning for App Service regional virtual network integration (SPEC section 3,
 * CAP-1..CAP-9), and carving free integration subnets out of a virtual network.
 *
 * <p>{@link io.github.vnetkit.planner.SubnetPlanner} answers capacity questions (how many instances
 * a prefix holds, the smallest prefix for a plan, whether a proposed subnet fits, the peak need of
 * a scale operation or of a sequence of them). {@link io.github.vnetkit.planner.SubnetCarver} finds
 * free, aligned blocks in a virtual network's IPv4 address spaces. Every answer is an immutable
 * result value that carries its reasons as {@link io.github.vnetkit.planner.PlanStep}s naming the
 * CAP rules applied; "does not fit" is a result, never an exception. Invalid input (a negative
 * count, a prefix length Azure does not allow, an IPv6 prefix) throws {@link
 * java.lang.IllegalArgumentException} naming the input.
 *
 * <pre>{@code
 * PlanResult plan = SubnetPlanner.plan(PlanDemand.of(30));
 * plan.smallestPrefix();     // OptionalInt[25]: 30 instances doubled for scaling need 60 addresses
 * plan.recommendedPrefix();  // OptionalInt[25]
 * plan.rules();              // [CAP-2, CAP-4, CAP-6, CAP-7, CAP-1, CAP-5, CAP-9]
 *
 * SubnetCarver carver = SubnetCarver.of(vnet);
 * carver.nextFree(26);       // Optional[10.0.2.0/26], the lowest free aligned /26
 * }</pre>
 */
@NullMarked
@PlannerStyle
package io.github.vnetkit.planner;

import org.jspecify.annotations.NullMarked;
