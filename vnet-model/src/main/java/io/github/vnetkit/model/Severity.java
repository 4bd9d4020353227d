package io.github.vnetkit.model;

/**
 * How serious a finding or diagnostic is: one scale shared by the integration checker's findings
 * ({@code io.github.vnetkit.planner.check}), the legacy-settings diagnostics and gateway-migration
 * findings ({@code io.github.vnetkit.compat}) and the routing evaluator's findings ({@code
 * io.github.vnetkit.routing}), so that results from any of them compare directly.
 *
 * <p>The constants are declared most serious first, so the natural order ({@link #compareTo}) puts
 * {@link #ERROR} before {@link #WARNING} before {@link #INFO}; that is the order in which every
 * list of findings and diagnostics is sorted.
 *
 * <pre>{@code
 * checkResult.findings(Severity.ERROR);                // exactly the errors
 * legacyAnalysis.diagnosticsAtLeast(Severity.WARNING); // warnings and errors
 * Severity.WARNING.isAtLeast(Severity.INFO);    // true
 * Severity.INFO.isAtLeast(Severity.WARNING);    // false
 * }</pre>
 */
public enum Severity {
  /**
   * It does not work as configured: the platform refuses the configuration, the integration or the
   * traffic does not work as written, or a migration cannot proceed.
   */
  ERROR,
  /**
   * It may work, but probably not as its author meant, or something is unknown, unverified or works
   * only in part: review it.
   */
  WARNING,
  /**
   * Worth knowing, and perhaps cleaning up; nothing is wrong as such and the behaviour is as
   * written (for example TIER-3 "not applicable").
   */
  INFO;

  /**
   * Whether this severity is at least as serious as {@code other}: {@code ERROR} is at least as
   * serious as every severity, {@code INFO} only as itself.
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
