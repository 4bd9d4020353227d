/**
 * Immutable, validated value types of Azure App Service regional virtual network integration.
 *
 * <p>Every type here validates itself on construction: a malformed value (an ARM id with a bad
 * segment, a subnet prefix with host bits set, a negative instance count) is rejected with an
 * {@link java.lang.IllegalArgumentException} whose message quotes the input and says what was
 * expected. Whether a valid configuration <em>works</em> (fits, is eligible, is allowed) is never
 * decided here: the planner, the routing evaluator and the checker answer that with result values.
 *
 * <p>Three-state switches ({@link io.github.vnetkit.model.TriState}) keep "not set" apart from
 * "off", because the legacy precedence rules (SPEC LEG-1) depend on it.
 *
 * <pre>{@code
 * VirtualNetwork vnet = VirtualNetwork.builder()
 *     .id(ResourceId.virtualNetwork(sub, "rg", "vnet1"))
 *     .region(Region.of("West Europe"))
 *     .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
 *     .addSubnets(Subnet.builder()
 *         .id(ResourceId.subnet(sub, "rg", "vnet1", "integration"))
 *         .addressPrefix(Cidr.parse("10.0.1.0/26"))
 *         .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
 *         .build())
 *     .build();
 * }</pre>
 */
@NullMarked
@VnetStyle
package io.github.vnetkit.model;

import org.jspecify.annotations.NullMarked;
