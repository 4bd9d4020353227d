package io.github.vnetkit.compat.gateway;

/**
 * The phases of a gateway-to-regional migration, in the order their steps run.
 *
 * <pre>{@code
 * plan.steps().stream().filter(s -> s.phase() == StepPhase.CROSS_REGION) // GW-5 steps
 * }</pre>
 */
public enum StepPhase {
  /** Assess the current set-up and plan the rollback ([004] premigration). */
  ASSESS,
  /** Extra steps for a VNet in another region (GW-5). */
  CROSS_REGION,
  /** Prepare the integration subnet (GW-6). */
  PREPARE_SUBNET,
  /** The strategy's own steps, including the disconnect/connect (GW-3, GW-4). */
  MIGRATE,
  /** Verify connectivity, DNS and routing. */
  VERIFY,
  /** Remove what the old integration left. */
  CLEAN_UP
}
