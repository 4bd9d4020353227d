package io.github.vnetkit.compat;

import io.github.vnetkit.model.Severity;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding about an app's legacy routing or DNS configuration: its severity, the SPEC rule id,
 * the setting's exact name and value as written, what is wrong, and a suggested fix.
 *
 * <p>Diagnostics sort deterministically by {@link #ORDER}: severity (most serious first), rule id,
 * setting name, kind, value, message; {@link LegacyAnalysis#diagnostics()} is in that order.
 *
 * <pre>{@code
 * for (LegacyDiagnostic d : LegacyAnalyzer.strict().analyze(app).diagnostics()) {
 *   System.out.println(d);
 *   // WARNING LEG-4 WEBSITE_VNET_ROUTE_ALL=1: ... loses to vnetRouteAllEnabled=false ...
 *   //   fix: remove app setting WEBSITE_VNET_ROUTE_ALL ...
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class LegacyDiagnostic {

  /** The deterministic order of diagnostics. */
  public static final Comparator<LegacyDiagnostic> ORDER =
      Comparator.comparing(LegacyDiagnostic::severity)
          .thenComparing(LegacyDiagnostic::ruleId)
          .thenComparing(LegacyDiagnostic::settingName)
          .thenComparing(LegacyDiagnostic::kind)
          .thenComparing(LegacyDiagnostic::settingValue)
          .thenComparing(LegacyDiagnostic::message);

  LegacyDiagnostic() {}

  static ImmutableLegacyDiagnostic.Builder builder() {
    return ImmutableLegacyDiagnostic.builder();
  }

  /** How serious it is. */
  public abstract Severity severity();

  /** What it is about. */
  public abstract DiagnosticKind kind();

  /** The SPEC rule id, such as {@code LEG-4}; by default the kind's. */
  @Value.Default
  public String ruleId() {
    return kind().ruleId();
  }

  /**
   * The setting's exact name: an app-setting name as written, or a site property path relative to
   * the site's {@code properties} (such as {@code outboundVnetRouting.applicationTraffic}).
   */
  public abstract String settingName();

  /** The setting's exact value as written ({@code true}/{@code false} for properties). */
  public abstract String settingValue();

  /** The switch concerned, if the diagnostic is about a routing switch. */
  public abstract Optional<RoutingSwitch> routingSwitch();

  /** What is wrong, and what is in effect. */
  public abstract String message();

  /** What to change. */
  public abstract String suggestedFix();

  /** {@code SEVERITY RULE name=value: message; fix: suggestedFix}. */
  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + " "
        + settingName()
        + "="
        + settingValue()
        + ": "
        + message()
        + "; fix: "
        + suggestedFix();
  }
}
