package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.SecurityRuleAccess;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the integration subnet's NSG for one flow, in the shape of Network Watcher's IP
 * flow verify: allow or deny, and the rule that decided, default rules included (65000 {@code
 * AllowVnetOutBound}, 65001 {@code AllowInternetOutBound}, 65500 {@code DenyAllOutBound}; SPEC
 * NR-1).
 *
 * <pre>{@code
 * NsgVerdict verdict = decision.nsgVerdict().orElseThrow();
 * verdict.access();      // DENY
 * verdict.ruleName();    // "deny-sql"
 * verdict.priority();    // 200
 * verdict.defaultRule(); // false
 * }</pre>
 */
public final class NsgVerdict {

  private final ResourceId networkSecurityGroupId;
  private final String ruleName;
  private final int priority;
  private final SecurityRuleAccess access;
  private final boolean defaultRule;

  NsgVerdict(
      ResourceId networkSecurityGroupId,
      String ruleName,
      int priority,
      SecurityRuleAccess access,
      boolean defaultRule) {
    this.networkSecurityGroupId = requireNonNull(networkSecurityGroupId);
    this.ruleName = requireNonNull(ruleName);
    this.priority = priority;
    this.access = requireNonNull(access);
    this.defaultRule = defaultRule;
  }

  /** The NSG that decided. */
  public ResourceId networkSecurityGroupId() {
    return networkSecurityGroupId;
  }

  /** The name of the deciding rule, such as {@code deny-sql} or {@code AllowVnetOutBound}. */
  public String ruleName() {
    return ruleName;
  }

  /** The priority of the deciding rule. */
  public int priority() {
    return priority;
  }

  /** Allow or deny. */
  public SecurityRuleAccess access() {
    return access;
  }

  /** Whether the flow is allowed. */
  public boolean allowed() {
    return access == SecurityRuleAccess.ALLOW;
  }

  /** Whether the deciding rule is one of the default rules (65000, 65001, 65500). */
  public boolean defaultRule() {
    return defaultRule;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NsgVerdict other
        && other.networkSecurityGroupId.equals(networkSecurityGroupId)
        && other.ruleName.equals(ruleName)
        && other.priority == priority
        && other.access == access
        && other.defaultRule == defaultRule;
  }

  @Override
  public int hashCode() {
    return Objects.hash(networkSecurityGroupId, ruleName, priority, access, defaultRule);
  }

  /** Such as {@code Deny by 'deny-sql' (priority 200) of apps-nsg}. */
  @Override
  public String toString() {
    return access.armName()
        + " by '"
        + ruleName
        + "' (priority "
        + priority
        + (defaultRule ? ", default rule" : "")
        + ") of "
        + networkSecurityGroupId.name();
  }
}
