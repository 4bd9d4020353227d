package io.github.vnetkit.model;

/**
 * Whether a peering connects VNets in the same region or in different regions. Both are reachable
 * through regional integration (SPEC NET-9; the older "global peering is not reachable" text is
 * superseded, SPEC section 0).
 *
 * <pre>{@code
 * Peering.builder().scope(PeeringScope.GLOBAL) // ...
 * }</pre>
 */
public enum PeeringScope {
  /** Both VNets are in the same region. */
  REGIONAL,
  /** The VNets are in different regions. */
  GLOBAL
}
