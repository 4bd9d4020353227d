package io.github.vnetkit.planner;

/**
 * The subnet capacity rules of the SPEC rule catalog (section 3, CAP), as cited by the planner's
 * answers.
 *
 * <pre>{@code
 * CapacityRule.CAP_5.id();      // "CAP-5"
 * CapacityRule.parse("cap-5");  // CAP_5
 * }</pre>
 */
public enum CapacityRule {
  /** Azure reserves five addresses per subnet: usable = 2^(32-p) - 5. */
  CAP_1("Azure reserves five addresses in every subnet: usable = 2^(32-p) - 5"),
  /** Each plan instance takes one address. */
  CAP_2("each plan instance takes one address"),
  /** A Windows-container plan takes one more address per Windows-container app per instance. */
  CAP_3("a Windows-container plan takes one more address per Windows-container app per instance"),
  /** A scale operation adds the new instances before it removes the old ones. */
  CAP_4(
      "a scale operation adds the new instances before it removes the old ones; released"
          + " addresses may take up to 12 hours to return"),
  /** Largest plan a prefix holds: floor(usable / c) steady, floor(usable / 2c) with headroom. */
  CAP_5("largest plan a /p holds: floor(usable / c) steady, floor(usable / (2c)) with headroom"),
  /** The size cannot change after assignment: size for the maximum scale, recommended /26. */
  CAP_6(
      "subnet size cannot change after assignment: size for the maximum scale with headroom;"
          + " /26 is recommended"),
  /** Minimum sizes: /28 existing, /27 portal-created, /26 multi-plan; Azure allows /29 to /2. */
  CAP_7(
      "minimum /28 for an existing subnet, /27 when the portal creates it, /26 for multi-plan"
          + " subnet join; Azure subnets are /29 to /2"),
  /** With multi-plan subnet join, the need of the subnet is the sum over its plans. */
  CAP_8("with multi-plan subnet join, the need of the subnet is the sum over its plans"),
  /** An instance's private address can be any address of the subnet. */
  CAP_9(
      "an instance's private address (WEBSITE_PRIVATE_IP) can be any address of the subnet, so"
          + " firewall rules must allow the whole subnet range");

  private final String summary;

  CapacityRule(String summary) {
    this.summary = summary;
  }

  /** The rule id as written in the SPEC, such as {@code "CAP-5"}. */
  public String id() {
    return name().replace('_', '-');
  }

  /** A one-line summary of the rule. */
  public String summary() {
    return summary;
  }

  /**
   * The rule with id {@code id}, ignoring case: {@code "CAP-5"} or {@code "cap-5"}.
   *
   * @throws IllegalArgumentException if {@code id} is not a CAP rule id
   */
  public static CapacityRule parse(String id) {
    for (CapacityRule rule : values()) {
      if (rule.id().equalsIgnoreCase(id)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "rule id '" + id + "' is not a capacity rule; expected CAP-1 to CAP-9");
  }

  @Override
  public String toString() {
    return id();
  }
}
