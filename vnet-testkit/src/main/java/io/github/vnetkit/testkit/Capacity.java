package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The subnet-capacity arithmetic the generators size subnets with: SPEC CAP-1 (five reserved
 * addresses), CAP-3 (one more address per Windows-container app per instance), CAP-4/CAP-5 (scale
 * headroom doubles the need) and CAP-7 (/28 is the smallest integration subnet, /29 the smallest
 * subnet Azure allows). A copy of the planner's facts, kept to what the generators need, because
 * the testkit cannot depend on vnet-subnet-planner (whose tests use the testkit);
 * vnet-subnet-planner's {@code TestkitAgreementProperties} checks the estates sized with it against
 * {@code SubnetPlanner}.
 */
final class Capacity {

  /** CAP-7: the smallest subnet (longest prefix) regional integration accepts. */
  static final int MIN_INTEGRATION_PREFIX = 28;

  /** CAP-7 [az]: the smallest subnet Azure allows at all. */
  static final int AZURE_MIN_PREFIX = 29;

  /** CAP-7 / NET-5: the smallest subnet for multi-plan subnet join. */
  static final int MPSJ_MIN_PREFIX = 26;

  private Capacity() {}

  /** CAP-1: usable addresses of a /p IPv4 subnet, {@code 2^(32-p) - 5}; negative past /29. */
  static long usable(int prefix) {
    checkArgument(
        prefix >= 0 && prefix <= 32, "prefixLength (%s) must be between 0 and 32", prefix);
    return (1L << (32 - prefix)) - 5;
  }

  /** CAP-2/CAP-3: addresses per plan instance, {@code 1 + container apps} on a Hyper-V plan. */
  static int costPerInstance(boolean hyperV, int apps) {
    return 1 + (hyperV ? apps : 0);
  }

  /** CAP-4/CAP-5: addresses needed with scale headroom, {@code 2 * maxInstances * cost}. */
  static long needWithHeadroom(int maxInstances, int cost) {
    return 2L * maxInstances * cost;
  }

  /** CAP-5: the largest plan a /p subnet holds with scale headroom, {@code usable / (2c)}. */
  static long headroomLimit(int prefix, int cost) {
    return Math.max(0, usable(prefix)) / (2L * cost);
  }

  /**
   * The longest prefix, at most {@code longest}, whose usable addresses cover {@code need}.
   *
   * @throws IllegalArgumentException if no IPv4 subnet is large enough
   */
  static int longestPrefixFor(long need, int longest) {
    for (int p = longest; p >= 1; p--) {
      if (usable(p) >= need) {
        return p;
      }
    }
    throw new IllegalArgumentException("need (" + need + ") exceeds any IPv4 subnet");
  }
}
