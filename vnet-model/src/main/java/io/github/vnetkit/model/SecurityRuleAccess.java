package io.github.vnetkit.model;

/**
 * Whether a network security rule allows or denies the traffic it matches.
 *
 * <pre>{@code
 * SecurityRule.builder().access(SecurityRuleAccess.DENY) // ...
 * }</pre>
 */
public enum SecurityRuleAccess {
  /** The rule allows matching traffic. */
  ALLOW("Allow"),
  /** The rule denies matching traffic. */
  DENY("Deny");

  private final String armName;

  SecurityRuleAccess(String armName) {
    this.armName = armName;
  }

  /** The ARM spelling: {@code Allow} or {@code Deny}. */
  public String armName() {
    return armName;
  }
}
