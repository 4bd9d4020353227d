package io.github.vnetkit.compat;

import io.github.vnetkit.model.Severity;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link LegacyAnalyzer} found for one app or slot: the routing in effect, with provenance,
 * and the diagnostics about its legacy settings, sorted by {@link LegacyDiagnostic#ORDER}.
 *
 * <pre>{@code
 * LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app, plan);
 * analysis.routing().isOn(RoutingSwitch.APPLICATION_TRAFFIC);
 * analysis.diagnosticsAtLeast(Severity.WARNING); // warnings and errors
 * System.out.println(analysis);           // one line per switch, then one per diagnostic
 * }</pre>
 */
@Value.Immutable
public abstract class LegacyAnalysis {

  LegacyAnalysis() {}

  static ImmutableLegacyAnalysis.Builder builder() {
    return ImmutableLegacyAnalysis.builder();
  }

  /** The mode the app settings were read in. */
  public final ValueMode mode() {
    return routing().mode();
  }

  /** The switches and DNS servers in effect, with provenance (LEG-1, LEG-2). */
  public abstract EffectiveRouting routing();

  /** Every diagnostic, sorted by {@link LegacyDiagnostic#ORDER}. */
  public abstract List<LegacyDiagnostic> diagnostics();

  /**
   * The diagnostics at least as serious as {@code minimum}, in order: {@code
   * diagnosticsAtLeast(Severity.WARNING)} gives warnings and errors. (A checker's {@code
   * CheckResult.findings(Severity)} gives exactly one severity.)
   */
  public final List<LegacyDiagnostic> diagnosticsAtLeast(Severity minimum) {
    return diagnostics().stream().filter(d -> d.severity().isAtLeast(minimum)).toList();
  }

  /** The diagnostics about the setting or property named exactly {@code settingName}, in order. */
  public final List<LegacyDiagnostic> diagnosticsFor(String settingName) {
    return diagnostics().stream().filter(d -> d.settingName().equals(settingName)).toList();
  }

  /** Whether there is no diagnostic at all. */
  public final boolean isClean() {
    return diagnostics().isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LegacyAnalysis (").append(mode()).append(")\n");
    for (EffectiveSwitch s : routing().switches().values()) {
      sb.append("  ").append(s).append('\n');
    }
    sb.append("  dns ")
        .append(routing().dnsServers())
        .append(" from ")
        .append(routing().dnsSource())
        .append('\n');
    for (LegacyDiagnostic d : diagnostics()) {
      sb.append("  ").append(d).append('\n');
    }
    return sb.toString();
  }
}
