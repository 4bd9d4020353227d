/**
 * jqwik arbitraries that generate valid, shrinkable vnetkit model values for property-based tests
 * of your own tools.
 *
 * <p>Start at {@link io.github.vnetkit.testkit.VnetArbitraries}: one static method per model type,
 * each returning a fluent arbitrary with knobs ({@code subnets().withPrefixBetween(24, 28)}, {@code
 * plans().linux().withMaxInstancesUpTo(30)}, {@code appSettings().legacyOnly()}). {@link
 * io.github.vnetkit.testkit.VnetArbitraries#estates()} generates whole consistent vnet-model {@code
 * Estate}s of plans, apps and virtual networks, valid by construction, or {@link
 * io.github.vnetkit.testkit.BrokenEstate}s with exactly one chosen {@link
 * io.github.vnetkit.testkit.EstateRule} broken. {@link io.github.vnetkit.testkit.VnetDomain} makes
 * {@code @ForAll Subnet subnet} work under {@code @Domain(VnetDomain.class)}.
 *
 * <p>Every value is built through the model's validating builders, shrinks towards small readable
 * values (short names, /28 subnets, few settings, one plan) and the arbitraries include the edge
 * cases that matter: /28 and /26 boundaries, exactly-full subnets, subnets shared through
 * multi-plan subnet join, near-miss setting values and trigger extension versions, DNS labels of 63
 * and names of 253 characters ({@code dnsNames().withLongLabels()}). {@code dnsNames()}, {@code
 * privateDnsZones()} and {@code customDnsServers()} generate the DNS values (SPEC DNS-1..DNS-3),
 * and {@code routingScenarios().withDns()} integrations that carry them.
 *
 * <pre>{@code
 * @Property
 * void myGeneratorAcceptsEveryValidEstate(@ForAll("estates") Estate estate) { ... }
 *
 * @Provide
 * Arbitrary<Estate> estates() {
 *   return VnetArbitraries.estates().withPlans(1, 3);
 * }
 * }</pre>
 */
@NullMarked
@TestkitStyle
package io.github.vnetkit.testkit;

import org.jspecify.annotations.NullMarked;
