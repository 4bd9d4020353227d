package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Something worth telling the user about a decision or a configuration, with the SPEC rule it comes
 * from: a denied port that content share needs (CFG-4), SMTP outside the integration (APP-6), a
 * database backup that cannot use the integration (CFG-5), a certificate in a private Key Vault
 * (CFG-7), and so on.
 *
 * <pre>{@code
 * decision.findings().stream()
 *     .filter(f -> f.severity() == Finding.Severity.ERROR)
 *     .forEach(System.out::println); // "ERROR CFG-4: ..."
 * }</pre>
 */
public final class Finding implements Comparable<Finding> {

  /** How serious a finding is. */
  public enum Severity {
    /** Worth knowing; nothing is wrong. */
    INFO,
    /** Probably not what the user wants. */
    WARNING,
    /** The traffic will not work as configured. */
    ERROR
  }

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

  /** The severity. */
  public Severity severity() {
    return severity;
  }

  /** What was found, in words. */
  public String message() {
    return message;
  }

  /** By rule id, then severity, then message: a deterministic order for lists of findings. */
  @Override
  public int compareTo(Finding other) {
    int c = ruleId.compareTo(other.ruleId);
    if (c == 0) {
      c = severity.compareTo(other.severity);
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
