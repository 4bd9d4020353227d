package io.github.vnetkit.compat.gateway;

import io.github.vnetkit.model.Severity;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One finding about a gateway-required integration, a proposed subnet or a migration: severity, the
 * SPEC rule id, what it is about, what is wrong and a suggested fix. {@link Severity#ERROR}
 * findings of a migration are its blockers.
 *
 * <pre>{@code
 * for (Finding f : GatewayIntegrationChecker.check(app, plan, integration)) {
 *   System.out.println(f); // ERROR GW-2 plan 'plan1': gateway-required integration cannot ...
 * }
 * Finding.of(Severity.ERROR, "NET-4", "subnet 'apps'", "has service endpoint policies",
 *     "remove the service endpoint policies or choose another subnet");
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {

  /** The deterministic order: severity, rule id, subject, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::message);

  Finding() {}

  /**
   * A finding.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ruleId} is not a rule id such as {@code GW-2}
   */
  public static Finding of(
      Severity severity, String ruleId, String subject, String message, String suggestedFix) {
    return ImmutableFinding.builder()
        .severity(severity)
        .ruleId(ruleId)
        .subject(subject)
        .message(message)
        .suggestedFix(suggestedFix)
        .build();
  }

  /** How serious it is; {@link Severity#ERROR} blocks a migration. */
  public abstract Severity severity();

  /** The SPEC rule id, such as {@code GW-2}. */
  public abstract String ruleId();

  /** What it is about, such as {@code plan 'plan1'} or {@code subnet 'apps'}. */
  public abstract String subject();

  /** What is wrong. */
  public abstract String message();

  /** What to change. */
  public abstract String suggestedFix();

  /** Whether this finding blocks a migration ({@link Severity#ERROR}). */
  public final boolean isBlocking() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    if (!ruleId().matches("[A-Z]+-[0-9]+")) {
      throw new IllegalArgumentException(
          "ruleId '" + ruleId() + "' is not a SPEC rule id such as GW-2");
    }
  }

  /** {@code SEVERITY RULE subject: message; fix: suggestedFix}. */
  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + " "
        + subject()
        + ": "
        + message()
        + "; fix: "
        + suggestedFix();
  }
}
