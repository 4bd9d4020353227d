package io.github.vnetkit.planner;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ResourceId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Subnet capacity answers for App Service regional virtual network integration (SPEC section 3,
 * CAP-1..CAP-9).
 *
 * <ul>
 *   <li>{@link #capacity(int, int)}: how many instances a /p holds, steady and with scale headroom
 *       (CAP-1, CAP-2, CAP-3, CAP-5).
 *   <li>{@link #plan(List, PlanningOptions)}: the smallest prefix for one or more plans, and the
 *       recommended one (CAP-4, CAP-6, CAP-7, CAP-8).
 *   <li>{@link #check(Cidr, List, PlanningOptions)}: whether a proposed subnet meets the minimum
 *       and holds the plans (for example a subnet prepared for a gateway migration, SPEC GW-6).
 *   <li>{@link #scale(int, ScaleOperation, int)}: the peak need of one scale operation (CAP-4).
 *   <li>{@link #simulate(int, int, List, Duration)}: the peak need of a sequence of scale
 *       operations, accounting for the delay before released addresses return (CAP-4).
 * </ul>
 *
 * <p>Every answer is an immutable result that implements {@link Explained}: its {@code steps()}
 * name the CAP rules applied, with the numbers. A subnet that does not fit is a result ({@code
 * fits()} is {@code false}), never an exception. Invalid input throws {@link
 * IllegalArgumentException} naming the input: a negative count, a prefix length outside Azure's
 * subnet sizes /2 to /29 (CAP-7), an IPv6 subnet (SPEC NET-2).
 *
 * <p>Cost and thread-safety: the class is stateless and every method is a pure function of its
 * arguments, safe to call from any thread. Each call does O(number of plans + number of operations)
 * work (plus sorting the plans); arithmetic saturates at {@link Long#MAX_VALUE} rather than
 * overflowing, so absurd inputs answer "does not fit".
 *
 * <pre>{@code
 * SubnetPlanner.capacity(26).maxInstancesWithScaleHeadroom();          // 29
 * SubnetPlanner.plan(PlanDemand.of(10, 4)).addressesNeeded();          // 100: 10 x (4 + 1), doubled
 * SubnetPlanner.check(Cidr.parse("10.0.1.0/28"), PlanDemand.of(5)).fits(); // true
 * SubnetPlanner.scale(26, ScaleOperation.skuChange(30)).fits();        // false: 60 > 59
 * }</pre>
 */
public final class SubnetPlanner {

  /** The smallest subnet Azure allows for regional integration: /28 (CAP-7). */
  public static final int EXISTING_SUBNET_MINIMUM_PREFIX_LENGTH = 28;

  /** The smallest subnet when the portal creates it during integration: /27 (CAP-7). */
  public static final int PORTAL_CREATED_MINIMUM_PREFIX_LENGTH = 27;

  /** The smallest subnet for multi-plan subnet join: /26 (CAP-7). */
  public static final int MULTI_PLAN_MINIMUM_PREFIX_LENGTH = 26;

  /** The recommended subnet size: /26 (CAP-6). */
  public static final int RECOMMENDED_PREFIX_LENGTH = 26;

  /** The largest subnet Azure allows: /2 (CAP-7). */
  public static final int LARGEST_AZURE_PREFIX_LENGTH = 2;

  /** The smallest subnet Azure allows: /29 (CAP-7); too small for integration. */
  public static final int SMALLEST_AZURE_PREFIX_LENGTH = 29;

  /** Addresses Azure reserves in every subnet (CAP-1). */
  public static final int RESERVED_ADDRESSES = 5;

  /** The documented upper bound for returning released addresses: 12 hours (CAP-4). */
  public static final Duration DEFAULT_RELEASE_DELAY = Duration.ofHours(12);

  private SubnetPlanner() {}

  // ---------------------------------------------------------------------------------------------
  // Primitive rules

  /**
   * Usable addresses of a /{@code prefixLength} subnet: {@code 2^(32 - prefixLength) - 5} (CAP-1).
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29)
   */
  public static long usableAddresses(int prefixLength) {
    checkPrefixLength(prefixLength);
    return (1L << (32 - prefixLength)) - RESERVED_ADDRESSES;
  }

  /**
   * Whether integration accepts a /{@code prefixLength} subnet at all: /28 or larger (CAP-7).
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29)
   */
  public static boolean integrationAllowed(int prefixLength) {
    checkPrefixLength(prefixLength);
    return prefixLength <= EXISTING_SUBNET_MINIMUM_PREFIX_LENGTH;
  }

  // ---------------------------------------------------------------------------------------------
  // Capacity

  /**
   * How many instances of a plan without Windows containers a /{@code prefixLength} holds.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29)
   */
  public static CapacityResult capacity(int prefixLength) {
    return capacity(prefixLength, 0);
  }

  /**
   * How many instances of {@code subnet}'s size a plan running {@code windowsContainerApps}
   * Windows-container apps can have.
   *
   * @throws IllegalArgumentException if {@code subnet} is IPv6 or not an Azure subnet size, or
   *     {@code windowsContainerApps} is negative
   */
  public static CapacityResult capacity(Cidr subnet, int windowsContainerApps) {
    return capacity(ipv4PrefixLength(subnet), windowsContainerApps);
  }

  /**
   * How many instances a /{@code prefixLength} holds for a plan running {@code
   * windowsContainerApps} Windows-container apps (0 for a plan without Windows containers): usable
   * addresses (CAP-1), addresses per instance {@code c = 1 + windowsContainerApps} (CAP-2, CAP-3),
   * {@code floor(usable / c)} steady and {@code floor(usable / 2c)} with scale headroom (CAP-5). A
   * /29 is too small for integration (CAP-7) and holds no instances.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29),
   *     or {@code windowsContainerApps} is negative
   */
  public static CapacityResult capacity(int prefixLength, int windowsContainerApps) {
    long usable = usableAddresses(prefixLength);
    long perInstance = PlanDemand.of(0, windowsContainerApps).addressesPerInstance();
    boolean allowed = integrationAllowed(prefixLength);
    List<PlanStep> steps = new ArrayList<>();
    steps.add(usableStep(prefixLength));
    steps.add(perInstanceStep(windowsContainerApps));
    long steady = 0;
    long headroom = 0;
    if (allowed) {
      steady = usable / perInstance;
      headroom = usable / (2 * perInstance);
      steps.add(
          PlanStep.of(
              CapacityRule.CAP_5,
              String.format(
                  Locale.ROOT,
                  "a /%d holds floor(%d / %d) = %d instances steady, floor(%d / (2 x %d)) = %d"
                      + " with scale headroom",
                  prefixLength,
                  usable,
                  perInstance,
                  steady,
                  usable,
                  perInstance,
                  headroom)));
      steps.add(PlanStep.of(CapacityRule.CAP_7, minimumsMetText(prefixLength)));
    } else {
      steps.add(tooSmallStep(prefixLength, ": it holds no instances"));
    }
    return CapacityResult.builder()
        .prefixLength(prefixLength)
        .windowsContainerApps(windowsContainerApps)
        .usableAddresses(usable)
        .addressesPerInstance(perInstance)
        .integrationAllowed(allowed)
        .maxInstancesSteady(steady)
        .maxInstancesWithScaleHeadroom(headroom)
        .steps(steps)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Planning

  /** The smallest and the recommended subnet for one plan, with the default options. */
  public static PlanResult plan(PlanDemand demand) {
    return plan(ImmutableList.of(demand), PlanningOptions.defaults());
  }

  /** The smallest and the recommended subnet for one plan. */
  public static PlanResult plan(PlanDemand demand, PlanningOptions options) {
    return plan(ImmutableList.of(demand), options);
  }

  /**
   * The smallest and the recommended subnet for {@code demands}: one plan, or several sharing the
   * subnet through multi-plan subnet join (more than one plan implies it; CAP-7, CAP-8).
   *
   * <p>The need is the sum of the plans' instances times their addresses per instance (CAP-2,
   * CAP-3, CAP-8), doubled with scale headroom (CAP-4, CAP-6). The smallest prefix is the longest
   * prefix length whose usable addresses (CAP-1, CAP-5) hold the need, but at most the minimum
   * (CAP-7). The recommended prefix (CAP-6) holds the need with headroom and is at least a /26; it
   * is reported beside the smallest, never forced into it.
   *
   * @throws IllegalArgumentException if {@code demands} is empty
   */
  public static PlanResult plan(List<PlanDemand> demands, PlanningOptions options) {
    requireNonNull(options, "options");
    Need need = Need.of(demands, options);
    List<PlanStep> steps = new ArrayList<>(need.steps);
    OptionalInt smallest = smallestPrefixHolding(need.addressesNeeded, need.minimumPrefixLength);
    OptionalInt recommended = OptionalInt.empty();
    if (smallest.isEmpty()) {
      steps.add(
          PlanStep.of(
              CapacityRule.CAP_1,
              String.format(
                  Locale.ROOT,
                  "no Azure subnet holds %d addresses: the largest, a /%d, has %d usable",
                  need.addressesNeeded,
                  LARGEST_AZURE_PREFIX_LENGTH,
                  usableAddresses(LARGEST_AZURE_PREFIX_LENGTH))));
    } else {
      int p = smallest.getAsInt();
      steps.add(usableStep(p));
      if (p == need.minimumPrefixLength) {
        steps.add(
            PlanStep.of(
                CapacityRule.CAP_7,
                String.format(
                    Locale.ROOT,
                    "smallest /%d, the minimum for %s: its %d usable addresses hold the %d needed",
                    p,
                    minimumReason(need.multiPlan, options.portalCreated()),
                    usableAddresses(p),
                    need.addressesNeeded)));
      } else {
        steps.add(
            PlanStep.of(
                CapacityRule.CAP_5,
                String.format(
                    Locale.ROOT,
                    "smallest /%d: its %d usable addresses hold the %d needed; a /%d has only %d",
                    p,
                    usableAddresses(p),
                    need.addressesNeeded,
                    p + 1,
                    usableAddresses(p + 1))));
      }
      long headroomNeed = LongMath.saturatedMultiply(need.steadyAddresses, 2);
      int withHeadroom =
          smallestPrefixHolding(headroomNeed, RECOMMENDED_PREFIX_LENGTH)
              .orElse(LARGEST_AZURE_PREFIX_LENGTH);
      int r = Math.min(p, withHeadroom);
      recommended = OptionalInt.of(r);
      steps.add(PlanStep.of(CapacityRule.CAP_6, recommendationText(r, p, headroomNeed)));
      steps.add(firewallStep("/" + r));
    }
    return PlanResult.builder()
        .demands(need.demands)
        .options(options)
        .multiPlan(need.multiPlan)
        .steadyAddresses(need.steadyAddresses)
        .addressesNeeded(need.addressesNeeded)
        .minimumPrefixLength(need.minimumPrefixLength)
        .smallestPrefix(smallest)
        .recommendedPrefix(recommended)
        .steps(steps)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Checking a proposed subnet

  /**
   * Whether {@code subnet} (an existing subnet) holds one plan with scale headroom.
   *
   * @throws IllegalArgumentException if {@code subnet} is IPv6 or not an Azure subnet size
   */
  public static FitResult check(Cidr subnet, PlanDemand demand) {
    return check(subnet, ImmutableList.of(demand), PlanningOptions.defaults());
  }

  /**
   * Whether {@code subnet} meets the minimum for {@code options} (CAP-7) and holds {@code demands}
   * at steady state and with scale headroom (CAP-1..CAP-5, CAP-8).
   *
   * @throws IllegalArgumentException if {@code subnet} is IPv6 or not an Azure subnet size, or
   *     {@code demands} is empty
   */
  public static FitResult check(Cidr subnet, List<PlanDemand> demands, PlanningOptions options) {
    return check(ipv4PrefixLength(subnet), Optional.of(subnet), demands, options);
  }

  /**
   * Whether a /{@code prefixLength} subnet (existing) holds one plan with scale headroom.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29)
   */
  public static FitResult check(int prefixLength, PlanDemand demand) {
    return check(prefixLength, ImmutableList.of(demand), PlanningOptions.defaults());
  }

  /**
   * Whether a /{@code prefixLength} subnet meets the minimum for {@code options} (CAP-7) and holds
   * {@code demands} at steady state and with scale headroom (CAP-1..CAP-5, CAP-8).
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29),
   *     or {@code demands} is empty
   */
  public static FitResult check(
      int prefixLength, List<PlanDemand> demands, PlanningOptions options) {
    return check(prefixLength, Optional.empty(), demands, options);
  }

  private static FitResult check(
      int prefixLength, Optional<Cidr> subnet, List<PlanDemand> demands, PlanningOptions options) {
    requireNonNull(options, "options");
    long usable = usableAddresses(prefixLength);
    Need need = Need.of(demands, options);
    long headroomNeed = LongMath.saturatedMultiply(need.steadyAddresses, 2);
    boolean meetsMinimum = prefixLength <= need.minimumPrefixLength;
    boolean fitsSteady = meetsMinimum && usable >= need.steadyAddresses;
    boolean fitsHeadroom = meetsMinimum && usable >= headroomNeed;
    boolean fits = meetsMinimum && usable >= need.addressesNeeded;
    boolean recommendation = fitsHeadroom && prefixLength <= RECOMMENDED_PREFIX_LENGTH;
    String name = subnet.map(Object::toString).orElse("/" + prefixLength);

    List<PlanStep> steps = new ArrayList<>(need.steps);
    steps.add(usableStep(prefixLength));
    steps.add(
        PlanStep.of(
            CapacityRule.CAP_7,
            meetsMinimum
                ? String.format(
                    Locale.ROOT,
                    "%s meets the minimum /%d for %s",
                    name,
                    need.minimumPrefixLength,
                    minimumReason(need.multiPlan, options.portalCreated()))
                : String.format(
                    Locale.ROOT,
                    "%s is smaller than /%d, the minimum for %s",
                    name,
                    need.minimumPrefixLength,
                    minimumReason(need.multiPlan, options.portalCreated()))));
    steps.add(
        PlanStep.of(
            CapacityRule.CAP_5,
            String.format(
                Locale.ROOT,
                "%d usable addresses %s the %d needed steady and %s the %d needed with scale"
                    + " headroom",
                usable,
                usable >= need.steadyAddresses ? "hold" : "do not hold",
                need.steadyAddresses,
                usable >= headroomNeed ? "hold" : "do not hold",
                headroomNeed)));
    steps.add(
        PlanStep.of(
            CapacityRule.CAP_6,
            recommendation
                ? String.format(
                    Locale.ROOT,
                    "%s follows the recommendation: /26 or larger, with headroom",
                    name)
                : String.format(
                    Locale.ROOT,
                    "%s does not follow the recommendation: a /26 or larger that holds the need"
                        + " with headroom",
                    name)));
    steps.add(firewallStep(name));
    return FitResult.builder()
        .subnet(subnet)
        .prefixLength(prefixLength)
        .usableAddresses(usable)
        .demands(need.demands)
        .options(options)
        .multiPlan(need.multiPlan)
        .steadyAddresses(need.steadyAddresses)
        .scaleHeadroomAddresses(headroomNeed)
        .addressesNeeded(need.addressesNeeded)
        .minimumPrefixLength(need.minimumPrefixLength)
        .meetsMinimum(meetsMinimum)
        .fitsSteady(fitsSteady)
        .fitsWithScaleHeadroom(fitsHeadroom)
        .fits(fits)
        .meetsRecommendation(recommendation)
        .steps(steps)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Scaling

  /**
   * The peak need of {@code operation} for a plan without Windows containers in a /{@code
   * prefixLength}.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29)
   */
  public static ScaleResult scale(int prefixLength, ScaleOperation operation) {
    return scale(prefixLength, operation, 0);
  }

  /**
   * The peak need of {@code operation} in a /{@code prefixLength} for a plan running {@code
   * windowsContainerApps} Windows-container apps: the platform adds the new instances before it
   * removes the old ones, so from N to M peaks at N + M instances and a SKU change at N peaks at 2N
   * (CAP-4). The removed instances' addresses may take up to {@link #DEFAULT_RELEASE_DELAY} to
   * return; use {@link #simulate(int, int, List, Duration)} for operations close together.
   *
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29),
   *     or {@code windowsContainerApps} is negative
   */
  public static ScaleResult scale(
      int prefixLength, ScaleOperation operation, int windowsContainerApps) {
    requireNonNull(operation, "operation");
    long usable = usableAddresses(prefixLength);
    long perInstance = PlanDemand.of(0, windowsContainerApps).addressesPerInstance();
    boolean allowed = integrationAllowed(prefixLength);
    long peakInstances = operation.peakInstances();
    long peak = LongMath.saturatedMultiply(peakInstances, perInstance);
    long after = LongMath.saturatedMultiply(operation.toInstances(), perInstance);
    long released = LongMath.saturatedMultiply(operation.releasedInstances(), perInstance);
    boolean fits = allowed && peak <= usable;

    List<PlanStep> steps = new ArrayList<>();
    steps.add(usableStep(prefixLength));
    steps.add(perInstanceStep(windowsContainerApps));
    steps.add(PlanStep.of(CapacityRule.CAP_4, peakText(operation, perInstance, peak)));
    if (!allowed) {
      steps.add(tooSmallStep(prefixLength, ""));
    }
    steps.add(
        PlanStep.of(
            CapacityRule.CAP_5,
            String.format(
                Locale.ROOT,
                "the peak of %d addresses %s the %d usable (%s)",
                peak,
                peak <= usable ? "fits in" : "exceeds",
                usable,
                peak <= usable ? (usable - peak) + " spare" : (peak - usable) + " short")));
    if (released > 0) {
      steps.add(
          PlanStep.of(
              CapacityRule.CAP_4,
              String.format(
                  Locale.ROOT,
                  "the %d removed instances' %d addresses may take up to %s to return; another"
                      + " operation before then stacks on this one; platform upgrades also need"
                      + " free addresses",
                  operation.releasedInstances(),
                  released,
                  human(DEFAULT_RELEASE_DELAY))));
    }
    return ScaleResult.builder()
        .prefixLength(prefixLength)
        .usableAddresses(usable)
        .addressesPerInstance(perInstance)
        .operation(operation)
        .peakInstances(peakInstances)
        .peakAddresses(peak)
        .addressesAfter(after)
        .releasedAddresses(released)
        .integrationAllowed(allowed)
        .fits(fits)
        .steps(steps)
        .build();
  }

  /**
   * Simulates {@code operations} with the documented upper bound for the release delay, {@link
   * #DEFAULT_RELEASE_DELAY} (12 hours).
   *
   * @throws IllegalArgumentException as {@link #simulate(int, int, List, Duration)}
   */
  public static TimelineResult simulate(
      int prefixLength, int windowsContainerApps, List<TimedScaleOperation> operations) {
    return simulate(prefixLength, windowsContainerApps, operations, DEFAULT_RELEASE_DELAY);
  }

  /**
   * Simulates a sequence of scale operations of one plan in a /{@code prefixLength} (CAP-4).
   *
   * <p>Each operation adds its new instances while the old ones still run; the old instances'
   * addresses return {@code releaseDelay} after the operation starts. An operation's need is the
   * running instances, the new instances and every earlier operation's addresses not yet returned.
   * Addresses due at the very moment an operation starts count as returned.
   *
   * @param operations in time order (equal times allowed, applied in list order); each operation
   *     starts from the instance count the previous one left
   * @param releaseDelay how long removed instances keep their addresses; {@link
   *     #DEFAULT_RELEASE_DELAY} is the documented upper bound, {@link Duration#ZERO} the best case
   * @throws IllegalArgumentException if {@code prefixLength} is not an Azure subnet size (2..29),
   *     {@code windowsContainerApps} is negative, {@code operations} is empty, out of time order or
   *     does not chain (an operation's {@code fromInstances} differs from the count the previous
   *     one left), or {@code releaseDelay} is negative
   */
  public static TimelineResult simulate(
      int prefixLength,
      int windowsContainerApps,
      List<TimedScaleOperation> operations,
      Duration releaseDelay) {
    requireNonNull(operations, "operations");
    requireNonNull(releaseDelay, "releaseDelay");
    long usable = usableAddresses(prefixLength);
    long perInstance = PlanDemand.of(0, windowsContainerApps).addressesPerInstance();
    boolean allowed = integrationAllowed(prefixLength);
    checkArgument(!operations.isEmpty(), "operations must not be empty");
    checkArgument(
        !releaseDelay.isNegative(), "releaseDelay (%s) must not be negative", releaseDelay);
    for (int i = 1; i < operations.size(); i++) {
      TimedScaleOperation previous = operations.get(i - 1);
      TimedScaleOperation current = operations.get(i);
      checkArgument(
          current.at().compareTo(previous.at()) >= 0,
          "operation %s (%s) starts before operation %s (%s): operations must be in time order",
          i,
          current,
          i - 1,
          previous);
      checkArgument(
          current.operation().fromInstances() == previous.operation().toInstances(),
          "operation %s (%s) starts from %s instances, but operation %s leaves %s",
          i,
          current,
          current.operation().fromInstances(),
          i - 1,
          previous.operation().toInstances());
    }

    Deque<Pending> pending = new ArrayDeque<>(); // in release order: times never decrease
    List<TimelineEvent> events = new ArrayList<>();
    long pendingSum = 0;
    long peak = -1;
    int peakIndex = 0;
    for (int i = 0; i < operations.size(); i++) {
      TimedScaleOperation timed = operations.get(i);
      ScaleOperation op = timed.operation();
      boolean saturated = pendingSum == Long.MAX_VALUE;
      while (!pending.isEmpty() && pending.peekFirst().releaseAt().compareTo(timed.at()) <= 0) {
        pendingSum -= pending.removeFirst().addresses();
      }
      if (saturated) { // a saturated sum cannot be subtracted from: recompute it
        pendingSum = 0;
        for (Pending p : pending) {
          pendingSum = LongMath.saturatedAdd(pendingSum, p.addresses());
        }
      }
      long running = LongMath.saturatedMultiply(op.fromInstances(), perInstance);
      long before = LongMath.saturatedAdd(running, pendingSum);
      long added =
          op.isNoOperation() ? 0 : LongMath.saturatedMultiply(op.toInstances(), perInstance);
      long eventPeak = LongMath.saturatedAdd(before, added);
      events.add(
          TimelineEvent.builder()
              .index(i)
              .at(timed.at())
              .operation(op)
              .pendingReleaseAddresses(pendingSum)
              .addressesBefore(before)
              .peakAddresses(eventPeak)
              .fits(allowed && eventPeak <= usable)
              .build());
      if (eventPeak > peak) {
        peak = eventPeak;
        peakIndex = i;
      }
      long released = LongMath.saturatedMultiply(op.releasedInstances(), perInstance);
      if (released > 0) {
        pending.addLast(new Pending(timed.at().plus(releaseDelay), released));
        pendingSum = LongMath.saturatedAdd(pendingSum, released);
      }
    }

    List<PlanStep> steps = new ArrayList<>();
    steps.add(usableStep(prefixLength));
    steps.add(perInstanceStep(windowsContainerApps));
    steps.add(
        PlanStep.of(
            CapacityRule.CAP_4,
            String.format(
                Locale.ROOT,
                "each operation adds its new instances before removing the old ones; removed"
                    + " instances' addresses return after %s, so operations closer together"
                    + " stack",
                human(releaseDelay))));
    TimelineEvent peakEvent = events.get(peakIndex);
    steps.add(
        PlanStep.of(
            CapacityRule.CAP_4,
            String.format(
                Locale.ROOT,
                "peak %d addresses at operation #%d (%s, after %s): %d running + %d new + %d"
                    + " not yet released",
                peak,
                peakIndex,
                peakEvent.operation(),
                human(peakEvent.at()),
                LongMath.saturatedMultiply(peakEvent.operation().fromInstances(), perInstance),
                peakEvent.peakAddresses() - peakEvent.addressesBefore(),
                peakEvent.pendingReleaseAddresses())));
    if (!allowed) {
      steps.add(tooSmallStep(prefixLength, ""));
    }
    Optional<TimelineEvent> shortfall = events.stream().filter(e -> !e.fits()).findFirst();
    steps.add(
        PlanStep.of(
            CapacityRule.CAP_5,
            shortfall
                .map(
                    e ->
                        String.format(
                            Locale.ROOT,
                            "the subnet runs out at operation #%d (after %s): %d addresses"
                                + " needed, %d usable",
                            e.index(),
                            human(e.at()),
                            e.peakAddresses(),
                            usable))
                .orElse(
                    String.format(
                        Locale.ROOT,
                        "the subnet never runs out: the peak of %d fits in %d usable",
                        peak,
                        usable))));
    return TimelineResult.builder()
        .prefixLength(prefixLength)
        .usableAddresses(usable)
        .addressesPerInstance(perInstance)
        .releaseDelay(releaseDelay)
        .events(events)
        .peakAddresses(peak)
        .peakOperationIndex(peakIndex)
        .integrationAllowed(allowed)
        .steps(steps)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  static void checkPrefixLength(int prefixLength) {
    checkArgument(
        prefixLength >= LARGEST_AZURE_PREFIX_LENGTH && prefixLength <= SMALLEST_AZURE_PREFIX_LENGTH,
        "prefixLength (%s) must be between %s and %s: Azure subnets are /%s to /%s (CAP-7)",
        prefixLength,
        LARGEST_AZURE_PREFIX_LENGTH,
        SMALLEST_AZURE_PREFIX_LENGTH,
        SMALLEST_AZURE_PREFIX_LENGTH,
        LARGEST_AZURE_PREFIX_LENGTH);
  }

  private static int ipv4PrefixLength(Cidr subnet) {
    requireNonNull(subnet, "subnet");
    subnet.requireIpv4("subnet");
    int p = subnet.prefixLength();
    checkArgument(
        p >= LARGEST_AZURE_PREFIX_LENGTH && p <= SMALLEST_AZURE_PREFIX_LENGTH,
        "subnet '%s' has prefix length %s, but Azure subnets are /%s to /%s (CAP-7)",
        subnet,
        p,
        SMALLEST_AZURE_PREFIX_LENGTH,
        LARGEST_AZURE_PREFIX_LENGTH);
    return p;
  }

  /** The longest prefix length, at most {@code maximum}, whose usable addresses hold {@code n}. */
  static OptionalInt smallestPrefixHolding(long n, int maximum) {
    for (int p = maximum; p >= LARGEST_AZURE_PREFIX_LENGTH; p--) {
      if (usableAddresses(p) >= n) {
        return OptionalInt.of(p);
      }
    }
    return OptionalInt.empty();
  }

  private static PlanStep usableStep(int prefixLength) {
    return PlanStep.of(
        CapacityRule.CAP_1,
        String.format(
            Locale.ROOT,
            "a /%d has %d addresses; Azure reserves 5 (network, gateway, two DNS, broadcast): %d"
                + " usable",
            prefixLength,
            1L << (32 - prefixLength),
            usableAddresses(prefixLength)));
  }

  private static PlanStep tooSmallStep(int prefixLength, String consequence) {
    return PlanStep.of(
        CapacityRule.CAP_7,
        String.format(
            Locale.ROOT,
            "a /%d is smaller than /28, the smallest subnet integration accepts%s",
            prefixLength,
            consequence));
  }

  private static PlanStep perInstanceStep(int windowsContainerApps) {
    if (windowsContainerApps == 0) {
      return PlanStep.of(CapacityRule.CAP_2, "each instance takes 1 address");
    }
    return PlanStep.of(
        CapacityRule.CAP_3,
        String.format(
            Locale.ROOT,
            "a Windows-container plan with %d Windows-container apps: each instance takes 1 + %d"
                + " = %d addresses",
            windowsContainerApps,
            windowsContainerApps,
            1L + windowsContainerApps));
  }

  private static String minimumsMetText(int prefixLength) {
    StringBuilder sb = new StringBuilder("a /").append(prefixLength).append(" meets the minimum");
    if (prefixLength <= MULTI_PLAN_MINIMUM_PREFIX_LENGTH) {
      return sb.append(
              " for an existing subnet (/28), a portal-created subnet (/27) and multi-plan subnet"
                  + " join (/26)")
          .toString();
    }
    if (prefixLength <= PORTAL_CREATED_MINIMUM_PREFIX_LENGTH) {
      return sb.append(
              " for an existing (/28) and a portal-created subnet (/27), not for multi-plan subnet"
                  + " join (/26)")
          .toString();
    }
    return sb.append(
            " for an existing subnet (/28) only; a portal-created subnet needs /27, multi-plan"
                + " subnet join /26")
        .toString();
  }

  private static String minimumReason(boolean multiPlan, boolean portalCreated) {
    if (multiPlan) {
      return "multi-plan subnet join";
    }
    return portalCreated ? "a subnet the portal creates" : "an existing subnet";
  }

  private static String recommendationText(int recommended, int smallest, long headroomNeed) {
    if (recommended == smallest) {
      return String.format(
          Locale.ROOT,
          "recommended /%d, the same as the smallest: it holds the %d addresses of a scale"
              + " operation at maximum scale and is at least the recommended /26",
          recommended,
          headroomNeed);
    }
    return String.format(
        Locale.ROOT,
        "recommended /%d rather than /%d: the size cannot change after assignment, so take a"
            + " /26 or larger that holds the %d addresses of a scale operation at maximum scale",
        recommended,
        smallest,
        headroomNeed);
  }

  private static PlanStep firewallStep(String subnet) {
    return PlanStep.of(
        CapacityRule.CAP_9,
        "firewall rules must allow the whole "
            + subnet
            + " range: an instance's WEBSITE_PRIVATE_IP can change to any address of the subnet");
  }

  private static String peakText(ScaleOperation op, long perInstance, long peak) {
    if (op.isNoOperation()) {
      return String.format(
          Locale.ROOT,
          "from %d to %d instances changes nothing: %d addresses",
          op.fromInstances(),
          op.toInstances(),
          peak);
    }
    if (op.kind() == ScaleKind.SKU_CHANGE) {
      return String.format(
          Locale.ROOT,
          "a SKU change at %d instances runs the new instances beside the old: 2 x %d x %d = %d"
              + " addresses at the peak",
          op.fromInstances(),
          op.fromInstances(),
          perInstance,
          peak);
    }
    return String.format(
        Locale.ROOT,
        "scaling from %d to %d instances adds the new instances before removing the old: (%d +"
            + " %d) x %d = %d addresses at the peak",
        op.fromInstances(),
        op.toInstances(),
        op.fromInstances(),
        op.toInstances(),
        perInstance,
        peak);
  }

  /** {@code PT12H} as {@code 12h}, {@code PT1H30M} as {@code 1h30m}, zero as {@code 0s}. */
  static String human(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  /** Addresses of removed instances, held until {@code releaseAt}. */
  private record Pending(Duration releaseAt, long addresses) {}

  /** The need of one or more plans under some options (CAP-2, CAP-3, CAP-4, CAP-6, CAP-8). */
  private static final class Need {
    final ImmutableList<PlanDemand> demands;
    final boolean multiPlan;
    final long steadyAddresses;
    final long addressesNeeded;
    final int minimumPrefixLength;
    final List<PlanStep> steps = new ArrayList<>();

    private Need(List<PlanDemand> demands, PlanningOptions options) {
      this.demands = ImmutableList.sortedCopyOf(PlanDemand.ORDER, demands);
      checkArgument(!this.demands.isEmpty(), "demands must not be empty: give at least one plan");
      for (int i = 1; i < this.demands.size(); i++) {
        Optional<ResourceId> id = this.demands.get(i).planId();
        Optional<ResourceId> previous = this.demands.get(i - 1).planId();
        checkArgument(
            id.isEmpty() || !id.equals(previous),
            "plan '%s' is listed twice (also as '%s'): a multi-plan subnet's need is the sum over"
                + " distinct plans (CAP-8)",
            previous.map(Object::toString).orElse(""),
            id.map(Object::toString).orElse(""));
      }
      this.multiPlan = options.multiPlan() || this.demands.size() > 1;
      long sum = 0;
      for (PlanDemand d : this.demands) {
        sum = LongMath.saturatedAdd(sum, d.steadyAddresses());
        steps.add(
            PlanStep.of(
                d.windowsContainerApps() == 0 ? CapacityRule.CAP_2 : CapacityRule.CAP_3,
                demandText(d)));
      }
      this.steadyAddresses = sum;
      if (multiPlan) {
        steps.add(
            PlanStep.of(
                CapacityRule.CAP_8,
                String.format(
                    Locale.ROOT,
                    "multi-plan subnet join: the need is the sum over %d plan%s: %d addresses",
                    this.demands.size(),
                    this.demands.size() == 1 ? "" : "s",
                    sum)));
      }
      if (options.scaleHeadroom()) {
        this.addressesNeeded = LongMath.saturatedMultiply(sum, 2);
        steps.add(
            PlanStep.of(
                CapacityRule.CAP_4,
                String.format(
                    Locale.ROOT,
                    "a scale operation at maximum scale adds the new instances before removing the"
                        + " old ones: 2 x %d = %d addresses",
                    sum,
                    addressesNeeded)));
        steps.add(
            PlanStep.of(
                CapacityRule.CAP_6,
                "the size cannot change after assignment: sized for the maximum scale with"
                    + " headroom"));
      } else {
        this.addressesNeeded = sum;
        steps.add(
            PlanStep.of(
                CapacityRule.CAP_6,
                String.format(
                    Locale.ROOT,
                    "sized without scale headroom: %d addresses; a scale operation at maximum"
                        + " scale would need %d (CAP-4)",
                    sum,
                    LongMath.saturatedMultiply(sum, 2))));
      }
      this.minimumPrefixLength =
          multiPlan ? MULTI_PLAN_MINIMUM_PREFIX_LENGTH : options.minimumPrefixLength();
      steps.add(
          PlanStep.of(
              CapacityRule.CAP_7,
              String.format(
                  Locale.ROOT,
                  "the minimum for %s is /%d",
                  minimumReason(multiPlan, options.portalCreated()),
                  minimumPrefixLength)));
    }

    static Need of(List<PlanDemand> demands, PlanningOptions options) {
      requireNonNull(demands, "demands");
      return new Need(demands, options);
    }

    private static String demandText(PlanDemand d) {
      String who = d.planId().map(id -> "plan '" + id.name() + "': ").orElse("");
      if (d.windowsContainerApps() == 0) {
        return String.format(
            Locale.ROOT,
            "%s%d instances x 1 address = %d addresses at maximum scale",
            who,
            d.instances(),
            d.steadyAddresses());
      }
      return String.format(
          Locale.ROOT,
          "%s%d instances x (%d Windows-container apps + 1) = %d addresses at maximum scale",
          who,
          d.instances(),
          d.windowsContainerApps(),
          d.steadyAddresses());
    }
  }
}
