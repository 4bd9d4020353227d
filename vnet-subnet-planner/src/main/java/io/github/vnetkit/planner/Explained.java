package io.github.vnetkit.planner;

import static com.google.common.collect.ImmutableList.toImmutableList;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A planner answer that explains itself: the steps it took, each citing a CAP rule.
 *
 * <pre>{@code
 * Explained answer = SubnetPlanner.plan(PlanDemand.of(30));
 * answer.rules();        // ["CAP-2", "CAP-4", ...], in the order first applied
 * answer.steps();        // the same rules with what each decided
 * answer.explanation();  // the steps as text, one per line
 * }</pre>
 */
public interface Explained {

  /** The steps of the decision, in order. */
  List<PlanStep> steps();

  /** The ids of the rules applied (such as {@code "CAP-5"}), each once, in the order first used. */
  default List<String> rules() {
    return steps().stream().map(s -> s.rule().id()).distinct().collect(toImmutableList());
  }

  /** The steps as text, one per line. */
  default String explanation() {
    return steps().stream().map(PlanStep::toString).collect(Collectors.joining("\n"));
  }
}
