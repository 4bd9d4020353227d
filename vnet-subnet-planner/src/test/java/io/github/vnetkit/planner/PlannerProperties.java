package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PlannerProperties {

  @Provide
  Arbitrary<PlanningOptions> options() {
    return Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(
            (headroom, portal, multi) ->
                PlanningOptions.builder()
                    .scaleHeadroom(headroom)
                    .portalCreated(portal)
                    .multiPlan(multi)
                    .build());
  }

  @Provide
  Arbitrary<PlanDemand> demands() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 40))
        .as(PlanDemand::of);
  }

  @Property
  @Label("CAP-2, CAP-5: more instances never need fewer addresses or a smaller subnet")
  void moreInstancesNeverNeedFewerAddresses(
      @ForAll @IntRange(max = 1_000_000) int n,
      @ForAll @IntRange(max = 1_000_000) int extra,
      @ForAll @IntRange(max = 40) int apps,
      @ForAll("options") PlanningOptions options) {
    PlanResult fewer = SubnetPlanner.plan(PlanDemand.of(n, apps), options);
    PlanResult more = SubnetPlanner.plan(PlanDemand.of(n + extra, apps), options);

    assertThat(more.addressesNeeded()).isGreaterThanOrEqualTo(fewer.addressesNeeded());
    if (more.fits()) {
      assertThat(fewer.fits()).isTrue();
      assertThat(more.smallestPrefix().getAsInt())
          .isLessThanOrEqualTo(fewer.smallestPrefix().getAsInt());
    }
  }

  @Property
  @Label("CAP-4, CAP-6: scale headroom never lowers the need")
  void headroomNeverLowersTheNeed(
      @ForAll @Size(min = 1, max = 4) List<@From("demands") PlanDemand> demands,
      @ForAll boolean portal,
      @ForAll boolean multi) {
    PlanningOptions.Builder base = PlanningOptions.builder().portalCreated(portal).multiPlan(multi);
    PlanResult with = SubnetPlanner.plan(demands, base.scaleHeadroom(true).build());
    PlanResult without = SubnetPlanner.plan(demands, base.scaleHeadroom(false).build());

    assertThat(with.addressesNeeded()).isGreaterThanOrEqualTo(without.addressesNeeded());
    if (with.fits()) {
      assertThat(with.smallestPrefix().getAsInt())
          .isLessThanOrEqualTo(without.smallestPrefix().getAsInt());
    }
    assertThat(with.recommendedPrefix()).isEqualTo(without.recommendedPrefix());
  }

  @Property
  @Label("CAP-5, CAP-7: the returned prefix fits, the next smaller one does not")
  void returnedPrefixFitsNextSmallerDoesNot(
      @ForAll @Size(min = 1, max = 4) List<@From("demands") PlanDemand> demands,
      @ForAll("options") PlanningOptions options) {
    PlanResult plan = SubnetPlanner.plan(demands, options);

    if (plan.fits()) {
      int p = plan.smallestPrefix().getAsInt();
      FitResult fit = SubnetPlanner.check(p, demands, options);
      assertThat(fit.fits()).isTrue();
      assertThat(fit.addressesNeeded()).isEqualTo(plan.addressesNeeded());
      if (p < SubnetPlanner.SMALLEST_AZURE_PREFIX_LENGTH) {
        assertThat(SubnetPlanner.check(p + 1, demands, options).fits()).isFalse();
      }
      int r = plan.recommendedPrefix().getAsInt();
      assertThat(r).isLessThanOrEqualTo(Math.min(p, SubnetPlanner.RECOMMENDED_PREFIX_LENGTH));
      assertThat(SubnetPlanner.check(r, demands, options).meetsRecommendation()).isTrue();
    } else {
      assertThat(SubnetPlanner.check(2, demands, options).fits()).isFalse();
      assertThat(plan.recommendedPrefix()).isEmpty();
    }
  }

  @Property
  @Label("CAP-5: capacity's maxima fit, one more instance does not")
  void capacityMaximaAreTight(
      @ForAll @IntRange(min = 2, max = 29) int prefix, @ForAll @IntRange(max = 40) int apps) {
    CapacityResult c = SubnetPlanner.capacity(prefix, apps);
    PlanningOptions steady = PlanningOptions.builder().scaleHeadroom(false).build();
    if (!c.integrationAllowed()) {
      assertThat(c.maxInstancesSteady()).isZero();
      return;
    }
    int max = (int) c.maxInstancesSteady();
    int maxHeadroom = (int) c.maxInstancesWithScaleHeadroom();
    assertThat(SubnetPlanner.check(prefix, List.of(PlanDemand.of(max, apps)), steady).fits())
        .isTrue();
    assertThat(SubnetPlanner.check(prefix, List.of(PlanDemand.of(max + 1, apps)), steady).fits())
        .isFalse();
    assertThat(SubnetPlanner.check(prefix, PlanDemand.of(maxHeadroom, apps)).fits()).isTrue();
    assertThat(SubnetPlanner.check(prefix, PlanDemand.of(maxHeadroom + 1, apps)).fits()).isFalse();
  }

  @Property
  @Label("CAP-8: the order of the plans never changes the answer")
  void planOrderDoesNotMatter(
      @ForAll @Size(min = 1, max = 5) List<@From("demands") PlanDemand> demands,
      @ForAll("options") PlanningOptions options,
      @ForAll Random random) {
    List<PlanDemand> shuffled = new ArrayList<>(demands);
    Collections.shuffle(shuffled, random);
    assertThat(SubnetPlanner.plan(shuffled, options))
        .isEqualTo(SubnetPlanner.plan(demands, options));
    assertThat(SubnetPlanner.check(26, shuffled, options))
        .isEqualTo(SubnetPlanner.check(26, demands, options));
  }

  @Property
  @Label(
      "CAP-4: a scale operation peaks at N + M (2N for a SKU change) times the per-instance cost")
  void scalePeak(
      @ForAll @IntRange(max = 100_000) int from,
      @ForAll @IntRange(max = 100_000) int to,
      @ForAll @IntRange(max = 20) int apps,
      @ForAll @IntRange(min = 2, max = 29) int prefix) {
    ScaleResult count = SubnetPlanner.scale(prefix, ScaleOperation.instanceCount(from, to), apps);
    ScaleResult sku = SubnetPlanner.scale(prefix, ScaleOperation.skuChange(from), apps);
    long c = apps + 1L;
    long expected = from == to ? (long) from * c : ((long) from + to) * c;
    assertThat(count.peakAddresses()).isEqualTo(expected);
    assertThat(sku.peakAddresses()).isEqualTo(2L * from * c);
    assertThat(count.fits())
        .isEqualTo(prefix <= 28 && expected <= SubnetPlanner.usableAddresses(prefix));
  }

  @Property
  @Label("CAP-4: a release delay never lowers a timeline's peak")
  void releaseDelayNeverLowersThePeak(
      @ForAll @IntRange(min = 1, max = 50) int start,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 50) Integer> targets,
      @ForAll @Size(min = 8, max = 8) List<@IntRange(max = 20) Integer> gapsHours,
      @ForAll @IntRange(max = 30) int delayHours) {
    List<TimedScaleOperation> ops = new ArrayList<>();
    int current = start;
    Duration at = Duration.ZERO;
    for (int i = 0; i < targets.size(); i++) {
      at = at.plusHours(gapsHours.get(i));
      ScaleOperation op =
          targets.get(i) == current
              ? ScaleOperation.skuChange(current)
              : ScaleOperation.instanceCount(current, targets.get(i));
      ops.add(TimedScaleOperation.at(at, op));
      current = targets.get(i);
    }
    TimelineResult none = SubnetPlanner.simulate(24, 0, ops, Duration.ZERO);
    TimelineResult delayed = SubnetPlanner.simulate(24, 0, ops, Duration.ofHours(delayHours));

    assertThat(delayed.peakAddresses()).isGreaterThanOrEqualTo(none.peakAddresses());
    for (int i = 0; i < ops.size(); i++) {
      long alone = SubnetPlanner.scale(24, ops.get(i).operation()).peakAddresses();
      assertThat(none.events().get(i).peakAddresses()).isEqualTo(alone);
      assertThat(delayed.events().get(i).peakAddresses()).isGreaterThanOrEqualTo(alone);
    }
    assertThat(delayed.runsOut()).isEqualTo(delayed.peakAddresses() > 251);
  }
}
