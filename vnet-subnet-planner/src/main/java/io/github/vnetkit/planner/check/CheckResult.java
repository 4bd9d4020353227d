package io.github.vnetkit.planner.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link EstateChecker#check(io.github.vnetkit.model.Estate)} found: the findings in their
 * natural order (errors first, then by rule, resources and message), and the rules that were
 * checked. An estate with no findings is {@linkplain #isClean() clean}, and {@link #toString()}
 * says so.
 *
 * <pre>{@code
 * CheckResult result = EstateChecker.create().check(estate);
 * result.isClean();              // false
 * result.hasErrors();            // true
 * result.findings("NET-3");      // the delegation findings
 * result.findingsAbout(subnetId);
 * System.out.println(result);    // "2 findings (1 error, 1 warning, 0 info):" and one line each
 * }</pre>
 */
@Value.Immutable
public abstract class CheckResult {

  CheckResult() {}

  static CheckResult of(Iterable<Finding> findings, List<String> rulesChecked) {
    return ImmutableCheckResult.builder()
        .findings(Ordering.natural().immutableSortedCopy(ImmutableList.copyOf(findings)))
        .rulesChecked(rulesChecked)
        .build();
  }

  /** Every finding, sorted (see {@link Finding}); equal estates give equal lists. */
  public abstract List<Finding> findings();

  /** The rule ids the checker evaluated, in SPEC order. */
  public abstract List<String> rulesChecked();

  /** Whether there is no finding at all, not even a warning or an info. */
  public final boolean isClean() {
    return findings().isEmpty();
  }

  /** Whether any finding is an {@link Severity#ERROR}. */
  public final boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The {@link Severity#ERROR} findings. */
  public final List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /** The findings of one severity, in order. */
  public final List<Finding> findings(Severity severity) {
    return findings().stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings of one rule, such as {@code NET-3}, in order. */
  public final List<Finding> findings(String ruleId) {
    return findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings that concern {@code resourceId}, in order. */
  public final List<Finding> findingsAbout(ResourceId resourceId) {
    return findings().stream()
        .filter(f -> f.resourceIds().contains(resourceId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The distinct rule ids of the findings, in finding order. */
  public final List<String> ruleIds() {
    return findings().stream()
        .map(Finding::ruleId)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@code "clean: no findings (checked TIER-1, ...)"}, or a count by severity followed by one line
   * per finding.
   */
  @Override
  public String toString() {
    if (isClean()) {
      return "clean: no findings (checked " + String.join(", ", rulesChecked()) + ")";
    }
    StringBuilder sb =
        new StringBuilder()
            .append(findings().size())
            .append(findings().size() == 1 ? " finding (" : " findings (")
            .append(count(Severity.ERROR, "error", "errors"))
            .append(", ")
            .append(count(Severity.WARNING, "warning", "warnings"))
            .append(", ")
            .append(count(Severity.INFO, "info", "info"))
            .append("):");
    for (Finding f : findings()) {
      sb.append("\n  ").append(f);
    }
    return sb.toString();
  }

  private String count(Severity severity, String one, String many) {
    int n = findings(severity).size();
    return n + " " + (n == 1 ? one : many);
  }
}
