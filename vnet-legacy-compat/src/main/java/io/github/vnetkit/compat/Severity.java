package io.github.vnetkit.compat;

/**
 * How serious a diagnostic or finding is. Declared most serious first, which is the order in which
 * diagnostics are sorted.
 *
 * <pre>{@code
 * analysis.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR) // ...
 * }</pre>
 */
public enum Severity {
  /** The configuration cannot work as written, or a migration cannot proceed. */
  ERROR,
  /** The configuration works, but probably not as its author meant: review it. */
  WARNING,
  /** Worth knowing and cleaning up; the behaviour is as written. */
  INFO;

  /** Whether this severity is at least as serious as {@code other}. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
