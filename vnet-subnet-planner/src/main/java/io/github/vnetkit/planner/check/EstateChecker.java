package io.github.vnetkit.planner.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.Estate;
import java.util.List;

/**
 * Checks a whole {@link Estate} (plans, apps with slots, VNets with subnets and the integrations
 * between them) against the SPEC rules of eligibility (TIER-1..TIER-5), VNets and subnets
 * (NET-1..NET-10), capacity (the subnet planner's answers), Azure Functions hosting (FN-1..FN-4)
 * and what a snapshot shows of the lifecycle (LIFE-3), and reports every rule it breaks as a {@link
 * Finding}.
 *
 * <p>What the estate cannot say (the caller's permissions, which subscriptions have {@code
 * Microsoft.Web} registered, what apps expect to do through the integration) comes from a {@link
 * CheckContext}; without it, the checker reports what it could not verify as warnings. Lifecycle
 * operations (connect, disconnect, delete, change subscription) are in {@link Lifecycle}.
 *
 * <pre>{@code
 * EstateChecker checker = EstateChecker.create(CheckContext.builder()
 *     .callerPermissions(CallerPermissions.of("Microsoft.Network/virtualNetworks/*"))
 *     .build());
 * CheckResult result = checker.check(estate);
 * result.isClean();                       // true when nothing at all was found
 * result.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Cost: O(n log n) in the number of resources, plus, per subnet, the plans sharing it. The
 * result depends only on the estate's content, never on the order in which its plans, apps, slots,
 * VNets, subnets, peerings, settings or context entries were listed. Instances are immutable and
 * thread-safe.
 */
public final class EstateChecker {

  private final CheckContext context;
  private final ImmutableList<RuleSet> ruleSets;

  private EstateChecker(CheckContext context, CapacityAnswers capacity) {
    this.context = context;
    this.ruleSets =
        ImmutableList.of(
            new EligibilityRules(),
            new NetworkRules(),
            new CapacityRules(capacity),
            new FunctionsRules(),
            new LifecycleRules());
  }

  /** A checker that knows nothing beyond the estate ({@link CheckContext#defaults()}). */
  public static EstateChecker create() {
    return create(CheckContext.defaults());
  }

  /** A checker that uses {@code context} for what the estate cannot say. */
  public static EstateChecker create(CheckContext context) {
    return new EstateChecker(requireNonNull(context, "context"), CapacityAnswers.PLANNER);
  }

  /** The context this checker uses. */
  public CheckContext context() {
    return context;
  }

  /** The rule ids this checker evaluates, in SPEC order. */
  public List<String> rules() {
    return ruleSets.stream()
        .flatMap(r -> r.ruleIds().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Lifecycle operations that report with this checker. */
  public Lifecycle lifecycle() {
    return Lifecycle.using(this);
  }

  /** Checks {@code estate}; the result lists every finding in order, or says it is clean. */
  public CheckResult check(Estate estate) {
    EstateIndex index = new EstateIndex(requireNonNull(estate, "estate"));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (RuleSet rules : ruleSets) {
      rules.check(index, context, findings);
    }
    return CheckResult.of(ImmutableList.copyOf(findings.build()), rules());
  }

  @Override
  public String toString() {
    return "EstateChecker" + rules();
  }
}
