package io.github.vnetkit.planner;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.LongMath;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.ResourceId;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one App Service plan asks of its integration subnet: the most instances it may scale to, and
 * the number of Windows-container apps when it is a Windows-container (Hyper-V) plan.
 *
 * <p>Addresses per instance are {@code 1 + windowsContainerApps} (SPEC CAP-2, CAP-3); the steady
 * need is that times the instances. A plan is sized for its maximum instance count, not its current
 * one (CAP-6).
 *
 * <pre>{@code
 * PlanDemand.of(30);                     // 30 instances, 1 address each
 * PlanDemand.of(10, 4);                  // Windows containers: 10 x (4 + 1) = 50 addresses
 * PlanDemand.of(plan);                   // plan.maxInstances(); plan must not be Hyper-V
 * PlanDemand.of(hyperVPlan, 4);          // a Hyper-V plan running 4 Windows-container apps
 * }</pre>
 */
@Value.Immutable
public abstract class PlanDemand {

  /** Orders demands by plan id (absent first), then instances, then container apps. */
  static final Comparator<PlanDemand> ORDER =
      Comparator.comparing(PlanDemand::planId, PlanDemand::comparePlanIds)
          .thenComparingInt(PlanDemand::instances)
          .thenComparingInt(PlanDemand::windowsContainerApps);

  PlanDemand() {}

  /** Absent first, then by {@link ResourceId}'s own order (ignoring case, as ARM compares ids). */
  private static int comparePlanIds(Optional<ResourceId> a, Optional<ResourceId> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    return a.get().compareTo(b.get());
  }

  /**
   * A plan of {@code instances} instances, one address each.
   *
   * @throws IllegalArgumentException if {@code instances} is negative
   */
  public static PlanDemand of(int instances) {
    return of(instances, 0);
  }

  /**
   * A plan of {@code instances} instances running {@code windowsContainerApps} Windows-container
   * apps (0 for a plan that is not a Windows-container plan).
   *
   * @throws IllegalArgumentException if either count is negative
   */
  public static PlanDemand of(int instances, int windowsContainerApps) {
    return ImmutablePlanDemand.builder()
        .instances(instances)
        .windowsContainerApps(windowsContainerApps)
        .build();
  }

  /**
   * The demand of {@code plan} at its {@link AppServicePlan#maxInstances() maximum instance count}.
   *
   * @throws IllegalArgumentException if the plan is a Windows-container (Hyper-V) plan: its
   *     per-instance cost depends on its number of Windows-container apps; use {@link
   *     #of(AppServicePlan, int)}
   */
  public static PlanDemand of(AppServicePlan plan) {
    checkArgument(
        !plan.hyperV(),
        "plan '%s' is a Windows-container (Hyper-V) plan: each of its instances takes one address"
            + " per Windows-container app (CAP-3); use PlanDemand.of(plan, windowsContainerApps)",
        plan.id());
    return of(plan, 0);
  }

  /**
   * The demand of {@code plan} at its {@link AppServicePlan#maxInstances() maximum instance count},
   * running {@code windowsContainerApps} Windows-container apps.
   *
   * @throws IllegalArgumentException if {@code windowsContainerApps} is negative, or positive for a
   *     plan that is not a Windows-container (Hyper-V) plan
   */
  public static PlanDemand of(AppServicePlan plan, int windowsContainerApps) {
    checkArgument(
        plan.hyperV() || windowsContainerApps == 0,
        "windowsContainerApps (%s) must be 0 for plan '%s': it is not a Windows-container"
            + " (Hyper-V) plan",
        windowsContainerApps,
        plan.id());
    return ImmutablePlanDemand.builder()
        .instances(plan.maxInstances())
        .windowsContainerApps(windowsContainerApps)
        .planId(plan.id())
        .build();
  }

  /** The most instances the plan may scale to. */
  public abstract int instances();

  /** The number of Windows-container apps (0 unless the plan is a Windows-container plan). */
  public abstract int windowsContainerApps();

  /** The plan's id, when the demand was made from an {@link AppServicePlan}. */
  public abstract Optional<ResourceId> planId();

  /** Addresses each instance takes: {@code 1 + windowsContainerApps()} (CAP-2, CAP-3). */
  public final long addressesPerInstance() {
    return 1L + windowsContainerApps();
  }

  /** Addresses the plan takes at its maximum scale, without headroom (CAP-2, CAP-3). */
  public final long steadyAddresses() {
    return LongMath.saturatedMultiply(instances(), addressesPerInstance());
  }

  @Value.Check
  void check() {
    checkArgument(instances() >= 0, "instances (%s) must be at least 0", instances());
    checkArgument(
        windowsContainerApps() >= 0,
        "windowsContainerApps (%s) must be at least 0",
        windowsContainerApps());
  }

  @Override
  public String toString() {
    String who = planId().map(id -> "plan " + id.name() + ": ").orElse("");
    return who
        + instances()
        + " instances x "
        + addressesPerInstance()
        + (windowsContainerApps() == 0
            ? " address"
            : " addresses (1 + " + windowsContainerApps() + " Windows-container apps)");
  }
}
