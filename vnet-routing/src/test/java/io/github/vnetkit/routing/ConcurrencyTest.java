package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.Flow;
import io.github.vnetkit.testkit.RoutingScenario;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/** Evaluators are immutable and thread-safe: many threads get the single-threaded answers. */
class ConcurrencyTest {

  @Example
  void evaluatesConcurrentlyWithTheSameAnswers() throws Exception {
    RandomGenerator<RoutingScenario> scenarios =
        VnetArbitraries.routingScenarios().withLargeServiceTags().generator(1000);
    RandomGenerator<List<Flow>> flowLists =
        VnetArbitraries.flows().list().ofSize(2_000).generator(1000);
    Random random = new Random(7919);
    List<RoutingEvaluator> evaluators = new ArrayList<>();
    List<List<Flow>> flows = new ArrayList<>();
    List<List<RoutingDecision>> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Scenario scenario = Scenario.of(scenarios.next(random).value());
      RoutingEvaluator evaluator = scenario.evaluator();
      List<Flow> f = flowLists.next(random).value();
      evaluators.add(evaluator);
      flows.add(f);
      expected.add(f.stream().map(evaluator::evaluate).toList());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<RoutingDecision>>> results = new ArrayList<>();
      for (int thread = 0; thread < 32; thread++) {
        int i = thread % evaluators.size();
        results.add(
            pool.submit(() -> flows.get(i).stream().map(evaluators.get(i)::evaluate).toList()));
      }
      for (int thread = 0; thread < results.size(); thread++) {
        assertThat(results.get(thread).get()).isEqualTo(expected.get(thread % evaluators.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
