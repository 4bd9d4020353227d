package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Something worth telling the user about a decision or a configuration, with the SPEC rule it comes
 * from: a denied port that content share needs (CFG-4), SMTP outside the integration (APP-6), a
 * database backup that cannot use the integration (CFG-5), a certificate in a private Key Vault
 * (CFG-7), and so on.
 *
 * <p>The severity is the model's {@link Severity}, shared with the legacy diagnostics and the
 * integration checker's findings. Findings sort like those diagnostics: most serious first ({@code
 * ERROR}, {@code WARNING}, {@code INFO}, the declaration order of {@link Severity}), then by rule
 * id, then by message. Every list of findings the routing evaluator returns is in that order:
 * {@link RoutingEvaluator#findings()}, {@link RoutingDecision#findings()} and {@link
 * NameResolution#findings()}.
 *
 * <pre>{@code
 * decision.findings().stream()
 *     .filter(f -> f.severity() == Severity.ERROR)     // io.github.vnetkit.model.Severity
 *     .forEach(System.out::println); // "ERROR CFG-4: ..."
 * }</pre>
 */
public final class Finding implements Comparable<Finding> {

  private final String ruleId;
  private final Severity severity;
  private final String message;

  Finding(String ruleId, Severity severity, String message) {
    this.ruleId = requireNonNull(ruleId, "ruleId");
    this.severity = requireNonNull(severity, "severity");
    this.message = requireNonNull(message, "message");
  }

  /** The SPEC rule id, such as {@code CFG-4}. */
  public String ruleId() {
    return ruleId;
  }

  /**
   * How serious it is: {@code ERROR} when the traffic will not work as configured, {@code WARNING}
   * when it works but probably not as meant, {@code INFO} when it is worth knowing.
   */
  public Severity severity() {
    return severity;
  }

  /** What was found, in words. */
  public String message() {
    return message;
  }

  /**
   * Most serious first (the declaration order of {@link Severity}), then by rule id, then by
   * message: the deterministic order of every list of findings. Consistent with {@link
   * #equals(Object)}.
   */
  @Override
  public int compareTo(Finding other) {
    int c = severity.compareTo(other.severity);
    if (c == 0) {
      c = ruleId.compareTo(other.ruleId);
    }
    return c != 0 ? c : message.compareTo(other.message);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Finding other
        && other.ruleId.equals(ruleId)
        && other.severity == severity
        && other.message.equals(message);
  }

  @Override
  public int hashCode() {
    return (ruleId.hashCode() * 31 + severity.hashCode()) * 31 + message.hashCode();
  }

  /** {@code SEVERITY ruleId: message}. */
  @Override
  public String toString() {
    return severity + " " + ruleId + ": " + message;
  }
}
