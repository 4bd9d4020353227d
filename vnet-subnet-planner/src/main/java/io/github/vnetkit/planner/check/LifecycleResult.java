package io.github.vnetkit.planner.check;

import com.google.common.collect.Ordering;
import io.github.vnetkit.model.Estate;
import java.util.LinkedHashSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link Lifecycle} operation did: whether the platform would apply it, the estate after it
 * (unchanged when refused), what the operation itself caused or why it was refused ({@link
 * #operationFindings()}), and the check of the resulting estate ({@link #check()}).
 *
 * <pre>{@code
 * LifecycleResult r = lifecycle.deleteVirtualNetwork(estate, vnetId);
 * r.applied();            // false: an app is still integrated (LIFE-2)
 * r.estate() == estate;   // true
 * r.findings();           // the LIFE-2 refusal, then the estate's own findings
 * }</pre>
 */
@Value.Immutable
public abstract class LifecycleResult {

  LifecycleResult() {}

  static LifecycleResult of(
      String operation,
      boolean applied,
      Estate estate,
      Iterable<Finding> operationFindings,
      CheckResult check) {
    return ImmutableLifecycleResult.builder()
        .operation(operation)
        .applied(applied)
        .estate(estate)
        .operationFindings(Ordering.natural().immutableSortedCopy(operationFindings))
        .check(check)
        .build();
  }

  /** The operation, in words: {@code disconnect 'shop' from 'vnet1/apps'}. */
  public abstract String operation();

  /** Whether the platform would apply the operation; {@code false} when a rule refuses it. */
  public abstract boolean applied();

  /** The estate after the operation; the given estate when it was not applied. */
  public abstract Estate estate();

  /** What the operation caused (LIFE-1, LIFE-3) or why it was refused (LIFE-2, LIFE-3, LIFE-4). */
  public abstract List<Finding> operationFindings();

  /** The check of {@link #estate()}. */
  public abstract CheckResult check();

  /** The operation's findings and the estate's, each once, in order. */
  public final List<Finding> findings() {
    LinkedHashSet<Finding> all = new LinkedHashSet<>(operationFindings());
    all.addAll(check().findings());
    return Ordering.natural().immutableSortedCopy(all);
  }

  /** The operation, whether it applied, and one line per finding. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(operation()).append(applied() ? ": applied" : ": refused");
    for (Finding f : operationFindings()) {
      sb.append("\n  ").append(f);
    }
    sb.append("\nresulting estate: ").append(check());
    return sb.toString();
  }
}
