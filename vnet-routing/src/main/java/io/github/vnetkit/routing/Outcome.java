package io.github.vnetkit.routing;

/**
 * What happens to a flow, at the level of the integration.
 *
 * <pre>{@code
 * switch (decision.outcome()) {
 *   case ENTERS_VNET -> decision.route().orElseThrow().nextHopType();
 *   case LEAVES_PUBLICLY -> decision.sourceAddress(); // the app's outbound addresses
 *   case DROPPED -> decision.nsgVerdict();            // or a route to None
 *   case NOT_APPLICABLE -> { }                        // inbound (APP-4)
 * }
 * }</pre>
 */
public enum Outcome {
  /**
   * The flow enters the virtual network through the integration and is delivered according to the
   * chosen route (SPEC APP-1, APP-2, CFG-2, CFG-3, CFG-6, NR).
   */
  ENTERS_VNET,
  /**
   * The flow does not use the integration: it goes straight to its destination over the public
   * route, from the app's outbound addresses (SPEC APP-2, CFG-1, CFG-5, CFG-6, CFG-7).
   */
  LEAVES_PUBLICLY,
  /**
   * The flow entered the virtual network and is dropped there: denied by the subnet's NSG (SPEC
   * NR-1) or sent to a route whose next hop is {@code None} (SPEC NR-4).
   */
  DROPPED,
  /** The integration does not apply: inbound traffic and replies to it (SPEC APP-4). */
  NOT_APPLICABLE
}
