package io.github.vnetkit.planner.check;

/**
 * How serious a {@link Finding} is. Findings sort by severity first, most serious first.
 *
 * <pre>{@code
 * result.findings(Severity.ERROR); // what the platform will refuse or break
 * }</pre>
 */
public enum Severity {
  /** The platform refuses the configuration, or the integration does not work as configured. */
  ERROR,
  /** It may work, but something is unknown, unverified or works only in part. */
  WARNING,
  /** Worth knowing; nothing is wrong as such (for example TIER-3 "not applicable"). */
  INFO
}
