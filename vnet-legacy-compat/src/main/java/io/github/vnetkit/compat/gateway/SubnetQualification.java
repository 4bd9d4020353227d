package io.github.vnetkit.compat.gateway;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Whether a proposed integration subnet qualifies, and why: the findings (an {@code ERROR}
 * disqualifies), the rules that were checked, and the rules that were <em>not</em> checked by the
 * check that produced it. {@link IntegrationSubnetCheck#and} merges two qualifications, so a rule
 * one check leaves open can be closed by another.
 *
 * <pre>{@code
 * SubnetQualification q = IntegrationSubnetCheck.standard().check(proposal, plan);
 * q.qualifies();       // false if any ERROR finding
 * q.checkedRules();    // [CAP-5, CAP-6, CAP-7, GW-6, NET-2, NET-3, NET-4, NET-5]
 * q.uncheckedRules();  // [] with the standard check; basic() leaves CAP-5, CAP-6, CAP-7 open
 * }</pre>
 */
@Value.Immutable
public abstract class SubnetQualification {

  SubnetQualification() {}

  /**
   * A qualification; findings are sorted by {@link Finding#ORDER}, rule ids sorted, and a rule both
   * checked and unchecked counts as checked.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SubnetQualification of(
      Collection<Finding> findings,
      Collection<String> checkedRules,
      Collection<String> uncheckedRules) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    TreeSet<String> checked = new TreeSet<>(checkedRules);
    TreeSet<String> unchecked = new TreeSet<>(uncheckedRules);
    unchecked.removeAll(checked);
    return ImmutableSubnetQualification.builder()
        .findings(sorted)
        .checkedRules(checked)
        .uncheckedRules(unchecked)
        .build();
  }

  /** The findings, sorted. */
  public abstract List<Finding> findings();

  /** The rule ids that were checked, sorted. */
  public abstract List<String> checkedRules();

  /** The rule ids that apply but were not checked, sorted; empty when the check was complete. */
  public abstract List<String> uncheckedRules();

  /** Whether the subnet qualifies: no {@code ERROR} finding. */
  public final boolean qualifies() {
    return findings().stream().noneMatch(Finding::isBlocking);
  }

  /** Whether every applicable rule was checked. */
  public final boolean isComplete() {
    return uncheckedRules().isEmpty();
  }

  /** The {@code ERROR} findings. */
  public final List<Finding> blockers() {
    return findings().stream().filter(Finding::isBlocking).collect(ImmutableList.toImmutableList());
  }

  /** This qualification merged with {@code other}: all findings, union of the checked rules. */
  public final SubnetQualification merge(SubnetQualification other) {
    List<Finding> findings = new ArrayList<>(findings());
    other.findings().stream().filter(f -> !findings.contains(f)).forEach(findings::add);
    List<String> checked = new ArrayList<>(checkedRules());
    checked.addAll(other.checkedRules());
    List<String> unchecked = new ArrayList<>(uncheckedRules());
    unchecked.addAll(other.uncheckedRules());
    return of(findings, checked, unchecked);
  }

  @Override
  public String toString() {
    return (qualifies() ? "qualifies" : "does not qualify")
        + " (checked "
        + checkedRules()
        + (isComplete() ? "" : ", not checked " + uncheckedRules())
        + ")"
        + (findings().isEmpty() ? "" : ": " + findings());
  }
}
