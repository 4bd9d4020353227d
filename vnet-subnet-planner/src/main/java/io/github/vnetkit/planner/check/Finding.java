package io.github.vnetkit.planner.check;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One rule an estate breaks, or one fact about it worth knowing: the SPEC rule id, a severity, the
 * resources it concerns, a message a person understands and a suggested fix.
 *
 * <p>Findings are ordered (their natural order is the order of {@link CheckResult#findings()}): by
 * severity (errors first), then by rule in SPEC order (TIER, NET, CAP, FN, LIFE; {@code NET-2}
 * before {@code NET-10}), then by resource ids, then by message. Resource ids are sorted and
 * distinct, so equal estates give equal findings whatever order their parts were listed in.
 *
 * <pre>{@code
 * for (Finding f : EstateChecker.create().check(estate).findings()) {
 *   System.out.println(f.severity() + " " + f.ruleId() + ": " + f.message());
 *   System.out.println("  fix: " + f.suggestedFix());
 *   f.resourceIds();  // e.g. [.../serverFarms/plan1, .../virtualNetworks/vnet1/subnets/apps]
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {

  private static final Pattern RULE_ID = Pattern.compile("([A-Z]+)-([1-9][0-9]*)");
  private static final ImmutableList<String> SECTIONS =
      ImmutableList.of("TIER", "NET", "CAP", "APP", "CFG", "NR", "DNS", "LEG", "GW", "FN", "LIFE");

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparingInt(f -> sectionIndex(f.ruleId()))
          .thenComparingInt(f -> ruleNumber(f.ruleId()))
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::resourceIds, Finding::compareIds)
          .thenComparing(Finding::message)
          .thenComparing(Finding::suggestedFix);

  Finding() {}

  static Finding of(
      String ruleId,
      Severity severity,
      Iterable<ResourceId> resourceIds,
      String message,
      String suggestedFix) {
    return ImmutableFinding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .resourceIds(ImmutableSortedSet.copyOf(resourceIds))
        .message(message)
        .suggestedFix(suggestedFix)
        .build();
  }

  /** The SPEC rule id, such as {@code NET-3}. */
  public abstract String ruleId();

  /** How serious the finding is. */
  public abstract Severity severity();

  /** The resources the finding concerns, sorted and distinct; never empty. */
  public abstract List<ResourceId> resourceIds();

  /** What is wrong (or worth knowing), in words a person understands. */
  public abstract String message();

  /** What to do about it. */
  public abstract String suggestedFix();

  @Override
  public final int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Value.Check
  void check() {
    checkArgument(
        RULE_ID.matcher(ruleId()).matches(),
        "ruleId '%s' must be a SPEC rule id such as NET-3",
        ruleId());
    checkArgument(!resourceIds().isEmpty(), "finding %s must name at least one resource", ruleId());
    checkArgument(!message().isBlank(), "finding %s needs a message", ruleId());
    checkArgument(!suggestedFix().isBlank(), "finding %s needs a suggested fix", ruleId());
  }

  /**
   * {@code ERROR NET-3 [vnet1/apps, plan1]: message Fix: fix}, naming the resources by their short
   * names ({@link #resourceIds()} has the full ids).
   */
  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + " "
        + resourceIds().stream().map(EstateIndex::label).toList()
        + ": "
        + message()
        + " Fix: "
        + suggestedFix();
  }

  private static int sectionIndex(String ruleId) {
    Matcher m = RULE_ID.matcher(ruleId);
    int i = m.matches() ? SECTIONS.indexOf(m.group(1)) : -1;
    return i < 0 ? SECTIONS.size() : i;
  }

  private static int ruleNumber(String ruleId) {
    Matcher m = RULE_ID.matcher(ruleId);
    return m.matches() ? Integer.parseInt(m.group(2)) : 0;
  }

  private static int compareIds(List<ResourceId> a, List<ResourceId> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
