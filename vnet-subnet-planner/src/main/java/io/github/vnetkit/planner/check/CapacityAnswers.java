package io.github.vnetkit.planner.check;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.planner.FitResult;
import io.github.vnetkit.planner.PlanDemand;
import io.github.vnetkit.planner.PlanningOptions;
import io.github.vnetkit.planner.SubnetPlanner;
import java.util.List;
import java.util.Optional;

/**
 * The checker's one seam to the subnet planner (SPEC CAP): the checker never computes capacity
 * itself, it asks here and turns the answer into findings ({@link CapacityRules}).
 *
 * <p>{@link #PLANNER} asks {@link SubnetPlanner#check(Cidr, List, PlanningOptions)}: does the
 * subnet meet the minimum (CAP-7) and hold the plans at their maximum scale, at steady state and
 * with scale headroom (CAP-1..CAP-5), summed over the plans when several share it (CAP-8). It has
 * no answer for a prefix outside the sizes Azure allows (/2 to /29), which the planner rejects;
 * {@link CapacityRules} reports a prefix smaller than /29 itself, against the planner's minimum.
 */
interface CapacityAnswers {

  /** The subnet planner's answer, with its default options (an existing subnet, headroom). */
  CapacityAnswers PLANNER =
      (prefix, demands) -> {
        int p = prefix.prefixLength();
        if (p < SubnetPlanner.LARGEST_AZURE_PREFIX_LENGTH
            || p > SubnetPlanner.SMALLEST_AZURE_PREFIX_LENGTH) {
          return Optional.empty();
        }
        return Optional.of(SubnetPlanner.check(prefix, demands, PlanningOptions.defaults()));
      };

  /** The planner's answer for {@code demands} (one or more plans) on a subnet of {@code prefix}. */
  Optional<FitResult> answer(Cidr prefix, List<PlanDemand> demands);
}
