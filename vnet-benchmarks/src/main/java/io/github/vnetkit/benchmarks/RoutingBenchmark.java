package io.github.vnetkit.benchmarks;

import io.github.vnetkit.model.Flow;
import io.github.vnetkit.routing.EffectiveRoute;
import io.github.vnetkit.routing.NsgVerdict;
import io.github.vnetkit.routing.RoutingDecision;
import io.github.vnetkit.routing.RoutingEvaluator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second of the routing evaluator ({@code indexed}: route trie and NSG index) against
 * the straightforward linear evaluator ({@code linear}, {@link LinearRoutingEvaluator}) on the
 * realistic worst case of {@link RoutingWorkload}: 400 user routes, 100 BGP routes, 1,000 NSG rules
 * with service-tag prefix sets of thousands of prefixes, random destinations. The app routes all
 * traffic, so every flow meets the NSG and the routes. Setup checks that both evaluators agree on
 * every flow.
 *
 * <p>Run (short settings for a shared machine; add {@code -prof gc} for allocation per operation):
 *
 * <pre>{@code
 * ./mvnw -B -pl vnet-benchmarks -am package -DskipTests
 * java -jar vnet-benchmarks/target/benchmarks.jar Routing -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RoutingBenchmark {

  private static final int FLOWS = 4_096;

  @SuppressWarnings("NullAway.Init") // set in setUp(), which JMH runs before any benchmark
  private RoutingEvaluator indexed;

  @SuppressWarnings("NullAway.Init")
  private LinearRoutingEvaluator linear;

  private Flow[] flows = new Flow[0];
  private int next;

  /** Builds both evaluators and the flows, and checks that the evaluators agree. */
  @Setup
  public void setUp() {
    RoutingWorkload workload = new RoutingWorkload(20_261_121L);
    indexed = workload.indexed();
    linear = new LinearRoutingEvaluator(workload);
    List<Flow> list = workload.flows(7L, FLOWS);
    flows = list.toArray(new Flow[0]);
    for (Flow flow : flows) {
      RoutingDecision d = indexed.evaluate(flow);
      LinearRoutingEvaluator.Decision l = linear.evaluate(flow);
      NsgVerdict v = d.nsgVerdict().orElseThrow();
      EffectiveRoute r = d.route().orElseThrow();
      if (!v.ruleName().equals(l.ruleName())
          || v.priority() != l.priority()
          || !r.addressPrefix().equals(l.routePrefix())
          || r.nextHopType() != l.nextHop()
          || !r.source().armName().equals(l.routeSource())) {
        throw new IllegalStateException(
            "indexed and linear evaluators disagree on " + flow + ":\n" + d + "\nlinear: " + l);
      }
    }
  }

  /** One decision of the indexed evaluator. */
  @Benchmark
  public RoutingDecision indexed() {
    return indexed.evaluate(flows[next++ & (FLOWS - 1)]);
  }

  /** One decision of the linear evaluator. */
  @Benchmark
  public LinearRoutingEvaluator.Decision linear() {
    return linear.evaluate(flows[next++ & (FLOWS - 1)]);
  }
}
