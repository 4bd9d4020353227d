package io.github.vnetkit.compat.gateway;

/**
 * Where a migration prerequisite stands (SPEC GW-6).
 *
 * <pre>{@code
 * plan.prerequisites().stream().filter(p -> p.status() == PrerequisiteStatus.TO_VERIFY)
 * }</pre>
 */
public enum PrerequisiteStatus {
  /** Met by the inputs. */
  MET,
  /** Not met: the migration is blocked until it is. */
  NOT_MET,
  /** Not met yet, but a step of the plan provides it (for example, creating the subnet). */
  PLANNED,
  /** Cannot be checked offline (for example, RBAC permissions): verify before starting. */
  TO_VERIFY
}
