package io.github.vnetkit.model;

/**
 * The networking features of the FN-1 feature matrix.
 *
 * <pre>{@code
 * FunctionsHosting.CONSUMPTION.supports(FunctionsFeature.HYBRID_CONNECTIONS); // false
 * }</pre>
 */
public enum FunctionsFeature {
  /** Inbound IP restrictions and private site access. */
  INBOUND_IP_RESTRICTIONS,
  /** Virtual network integration. */
  VNET_INTEGRATION,
  /** Virtual network triggers (non-HTTP triggers from inside a VNet). */
  VNET_TRIGGERS,
  /** Hybrid Connections (Windows only, FN-3). */
  HYBRID_CONNECTIONS,
  /** Outbound IP restrictions. */
  OUTBOUND_IP_RESTRICTIONS
}
