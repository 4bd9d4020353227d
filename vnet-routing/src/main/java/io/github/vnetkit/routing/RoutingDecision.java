package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.Flow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where one flow goes, and why: the answer of {@link RoutingEvaluator#evaluate(Flow)}.
 *
 * <p>It extends the shape of Network Watcher's next-hop and IP flow verify answers (which cannot
 * see App Service traffic) with what only the integration decides: whether the flow enters the VNet
 * at all ({@link #outcome()}), the source address the destination sees, findings, and the ordered
 * {@link #explanation()} with the SPEC rule id of every step. The NSG verdict and the route are
 * present exactly when the flow entered the VNet (the verdict only when the subnet has an NSG).
 *
 * <pre>{@code
 * RoutingDecision d = evaluator.evaluate(Flow.outbound(ip("10.1.0.4"), 1433, TransportProtocol.TCP));
 * d.outcome();                      // ENTERS_VNET
 * d.nsgVerdict();                   // Optional[Allow by 'AllowVnetOutBound' (priority 65000, ...)]
 * d.route();                        // Optional[10.1.0.0/16 -> VNetPeering (Default, ...)]
 * d.sourceAddress();                // Optional[any address of 10.0.1.0/26 ...]
 * d.explanation();                  // [APP-2: ..., APP-3: ..., NR-1: ..., NR-2: ..., ...]
 * System.out.println(d);            // all of it, one item per line
 * }</pre>
 *
 * <p>Instances are immutable; equal inputs give equal decisions, explanations included.
 */
public final class RoutingDecision {

  private final Flow flow;
  private final Outcome outcome;
  private final Optional<NsgVerdict> nsgVerdict;
  private final Optional<EffectiveRoute> route;
  private final Optional<SourceAddress> sourceAddress;
  private final Finding[] findings;
  private final Step[] explanation;

  RoutingDecision(
      Flow flow,
      Outcome outcome,
      Optional<NsgVerdict> nsgVerdict,
      Optional<EffectiveRoute> route,
      Optional<SourceAddress> sourceAddress,
      Finding[] findings,
      Step[] explanation) {
    this.flow = requireNonNull(flow);
    this.outcome = requireNonNull(outcome);
    this.nsgVerdict = requireNonNull(nsgVerdict);
    this.route = requireNonNull(route);
    this.sourceAddress = requireNonNull(sourceAddress);
    this.findings = requireNonNull(findings);
    this.explanation = requireNonNull(explanation);
  }

  /** The flow that was evaluated. */
  public Flow flow() {
    return flow;
  }

  /** Enters the VNet, leaves publicly, dropped, or not applicable. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the flow entered the VNet ({@link Outcome#ENTERS_VNET} or {@link Outcome#DROPPED}). */
  public boolean enteredVnet() {
    return outcome == Outcome.ENTERS_VNET || outcome == Outcome.DROPPED;
  }

  /** Whether the subnet's NSG denied the flow. */
  public boolean deniedByNsg() {
    return nsgVerdict.isPresent() && !nsgVerdict.get().allowed();
  }

  /**
   * The NSG verdict: present when the flow entered the VNet and the subnet has an NSG (SPEC APP-3,
   * NR-1).
   */
  public Optional<NsgVerdict> nsgVerdict() {
    return nsgVerdict;
  }

  /** The route chosen for the flow: present when the flow entered the VNet (SPEC NR-2). */
  public Optional<EffectiveRoute> route() {
    return route;
  }

  /**
   * The source address the destination sees (SPEC APP-5, NR-5); empty when the flow is dropped or
   * not applicable.
   */
  public Optional<SourceAddress> sourceAddress() {
    return sourceAddress;
  }

  /** Findings about this flow, such as CFG-4 or APP-6; empty when there are none. */
  public List<Finding> findings() {
    return new ArrayView<>(findings, findings.length);
  }

  /** The ordered steps that led to this decision, each with its SPEC rule id. */
  public List<Step> explanation() {
    return new ArrayView<>(explanation, explanation.length);
  }

  /** The rule ids of {@link #explanation()}, in order. */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>(explanation.length);
    for (Step step : explanation) {
      ids.add(step.ruleId());
    }
    return List.copyOf(ids);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RoutingDecision other
        && other.flow.equals(flow)
        && other.outcome == outcome
        && other.nsgVerdict.equals(nsgVerdict)
        && other.route.equals(route)
        && other.sourceAddress.equals(sourceAddress)
        && Arrays.equals(other.findings, findings)
        && Arrays.equals(other.explanation, explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        flow,
        outcome,
        nsgVerdict,
        route,
        sourceAddress,
        Arrays.hashCode(findings),
        Arrays.hashCode(explanation));
  }

  /** The flow, the outcome, verdict, route, source, the numbered steps and the findings. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(flow).append(": ").append(outcome);
    nsgVerdict.ifPresent(v -> sb.append("\n  NSG:    ").append(v));
    route.ifPresent(
        r -> sb.append("\n  route:  ").append(r).append(" in ").append(r.routeTableLabel()));
    sourceAddress.ifPresent(s -> sb.append("\n  source: ").append(s));
    sb.append("\n  because:");
    for (int i = 0; i < explanation.length; i++) {
      sb.append("\n    ").append(i + 1).append(". ").append(explanation[i]);
    }
    for (Finding f : findings) {
      sb.append("\n  finding: ").append(f);
    }
    return sb.toString();
  }
}
