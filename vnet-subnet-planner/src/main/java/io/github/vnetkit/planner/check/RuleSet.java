package io.github.vnetkit.planner.check;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** One SPEC section's checks over an estate. Implementations are stateless and thread-safe. */
interface RuleSet {

  /** The rule ids this set evaluates, in SPEC order. */
  List<String> ruleIds();

  /** Adds the findings of {@code index} under {@code context} to {@code out}, in any order. */
  void check(EstateIndex index, CheckContext context, ImmutableList.Builder<Finding> out);
}
