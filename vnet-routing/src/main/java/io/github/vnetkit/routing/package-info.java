/**
 * Where an integrated App Service app's outbound flows go, and why (SPEC sections 4 to 7).
 *
 * <p>{@link io.github.vnetkit.routing.RoutingEvaluator} compiles an app's integration subnet (its
 * NSG, route table, BGP and system routes, NAT gateway, service endpoints and peerings) into
 * indexes, then answers each {@link io.github.vnetkit.model.Flow} with a {@link
 * io.github.vnetkit.routing.RoutingDecision}: whether the flow enters the VNet, leaves publicly, is
 * dropped or is not affected; the NSG verdict and the route chosen; the source address the
 * destination sees; findings; and the ordered explanation {@link io.github.vnetkit.routing.Step}s
 * with their SPEC rule ids. {@link io.github.vnetkit.routing.RoutingEvaluator#resolve(String)}
 * answers how a host name resolves (DNS).
 *
 * <pre>{@code
 * RoutingEvaluator evaluator = RoutingEvaluator.builder()
 *     .virtualNetwork(vnet).site(app).networkSecurityGroup(nsg).build();
 * RoutingDecision d = evaluator.evaluate(
 *     Flow.outbound(IpAddresses.parseIpv4("10.1.0.4"), 1433, TransportProtocol.TCP));
 * System.out.println(d);
 * }</pre>
 */
@NullMarked
package io.github.vnetkit.routing;

import org.jspecify.annotations.NullMarked;
