/**
 * Gateway-required (legacy) virtual network integration and its migration to regional integration
 * (SPEC section 9, GW-1..GW-6).
 *
 * <p>{@link io.github.vnetkit.compat.gateway.GatewayIntegration} models an app's gateway-required
 * integration; {@link io.github.vnetkit.compat.gateway.GatewayIntegrationChecker} reports the
 * states that cannot exist or cannot work (GW-1, GW-2); {@link
 * io.github.vnetkit.compat.gateway.GatewayMigrationPlanner} plans the move to regional integration:
 * blockers, prerequisites (GW-6), the strategy for the caller's downtime tolerance (GW-4), ordered
 * steps, the expected connectivity loss (GW-3) and the extra steps for a VNet in another region
 * (GW-5). A proposed integration subnet is checked through the {@link
 * io.github.vnetkit.compat.gateway.IntegrationSubnetCheck} seam.
 *
 * <pre>{@code
 * GatewayMigrationPlan plan = GatewayMigrationPlanner.standard().plan(
 *     GatewayMigrationRequest.builder()
 *         .app(app).plan(appPlan).current(gatewayIntegration)
 *         .targetVnet(vnet).downtimeTolerance(DowntimeTolerance.BRIEF)
 *         .build());
 * System.out.println(plan);
 * }</pre>
 */
@NullMarked
@GatewayStyle
package io.github.vnetkit.compat.gateway;

import org.jspecify.annotations.NullMarked;
