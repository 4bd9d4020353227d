package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One step of an explanation: the SPEC rule id that was applied and what it concluded, such as
 * {@code NR-2: longest prefix match 10.1.0.0/16 (VNetPeering, System Route)}. Steps are data: a
 * tool can filter them by rule id; {@link #toString()} renders them for people.
 *
 * <pre>{@code
 * for (Step step : decision.explanation()) {
 *   System.out.println(step.ruleId() + " " + step.text());
 * }
 * }</pre>
 */
public final class Step {

  private final String ruleId;
  private final String text;

  Step(String ruleId, String text) {
    this.ruleId = requireNonNull(ruleId, "ruleId");
    this.text = requireNonNull(text, "text");
  }

  /** The SPEC rule id, such as {@code APP-2} or {@code NR-1}. */
  public String ruleId() {
    return ruleId;
  }

  /** What the rule concluded, in words. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Step other && other.ruleId.equals(ruleId) && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return ruleId.hashCode() * 31 + text.hashCode();
  }

  /** {@code ruleId: text}. */
  @Override
  public String toString() {
    return ruleId + ": " + text;
  }
}
