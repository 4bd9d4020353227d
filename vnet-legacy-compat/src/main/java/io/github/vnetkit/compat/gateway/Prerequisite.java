package io.github.vnetkit.compat.gateway;

import java.util.List;
import org.immutables.value.Value;

/**
 * A prerequisite of migrating to regional integration (SPEC GW-6) and where it stands.
 *
 * <pre>{@code
 * for (Prerequisite p : plan.prerequisites()) {
 *   System.out.println(p); // TO_VERIFY NET-7: RBAC permissions on the subnet: ...
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Prerequisite {

  Prerequisite() {}

  static ImmutablePrerequisite.Builder builder() {
    return ImmutablePrerequisite.builder();
  }

  /** The SPEC rule ids. */
  public abstract List<String> ruleIds();

  /** What is required. */
  public abstract String requirement();

  /** Where it stands. */
  public abstract PrerequisiteStatus status();

  /** Why it has that status. */
  public abstract String detail();

  @Override
  public String toString() {
    return status() + " " + String.join(", ", ruleIds()) + ": " + requirement() + ": " + detail();
  }
}
