package io.github.vnetkit.planner.check;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ResourceId;
import java.util.List;
import java.util.Optional;

/**
 * The checker's one seam to the subnet planner (SPEC CAP): the checker never computes capacity
 * itself, it asks here and turns the answer into findings ({@link CapacityRules}).
 *
 * <p>An implementation answers, for one integration subnet and the plans on it, whether the subnet
 * holds them at their maximum scale, at steady state and with scale headroom (CAP-1..CAP-5), summed
 * over the plans when they share it (CAP-8), and whether the prefix is below the integration
 * minimum (CAP-7: /28; the /26 multi-plan minimum is reported by NET-5). {@link #NOT_WIRED} is the
 * implementation while the planner's API is not available: it answers nothing, and the checker then
 * lists no CAP rule among those it checked.
 */
interface CapacityAnswers {

  /** What the checker knows about one plan on a subnet. */
  record PlanDemand(ResourceId planId, int maxInstances, int windowsContainerApps) {}

  /**
   * The planner's answer for one subnet, as the planner gives it: the checker compares nothing
   * itself.
   */
  record SubnetCapacity(
      long usableAddresses,
      long steadyAddresses,
      long scaleHeadroomAddresses,
      boolean meetsMinimum,
      int minimumPrefixLength,
      boolean fitsSteady,
      boolean fitsWithScaleHeadroom,
      List<String> ruleIds) {}

  /** Answers nothing: the planner is not wired in. */
  CapacityAnswers NOT_WIRED =
      new CapacityAnswers() {
        @Override
        public boolean wired() {
          return false;
        }

        @Override
        public Optional<SubnetCapacity> answer(Cidr prefix, List<PlanDemand> plans) {
          return Optional.empty();
        }
      };

  /** Whether this seam answers at all. */
  boolean wired();

  /** The planner's answer for {@code plans} (one or more) on a subnet of {@code prefix}. */
  Optional<SubnetCapacity> answer(Cidr prefix, List<PlanDemand> plans);
}
