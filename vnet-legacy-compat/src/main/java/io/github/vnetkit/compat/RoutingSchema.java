package io.github.vnetkit.compat;

/**
 * Which properties a {@code Microsoft.Web/sites} resource of a given ARM API version uses to carry
 * the routing switches (SPEC LEG-5).
 *
 * <pre>{@code
 * ArmApiVersion.parse("2024-11-01").routingSchema(); // VNET_ENABLED_FLAGS
 * ArmApiVersion.parse("2025-03-01").routingSchema(); // OUTBOUND_VNET_ROUTING
 * }</pre>
 */
public enum RoutingSchema {
  /**
   * API versions up to 2024-11-01: the four {@code vnet*Enabled} site properties (and {@code
   * siteConfig.vnetRouteAllEnabled}); there is no {@code allTraffic}.
   */
  VNET_ENABLED_FLAGS,
  /** API versions from 2025-03-01: {@code outboundVnetRouting} with its five switches. */
  OUTBOUND_VNET_ROUTING
}
