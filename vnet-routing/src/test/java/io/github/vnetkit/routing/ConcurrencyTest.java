package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Evaluators are immutable and thread-safe: many threads get the single-threaded answers. */
class ConcurrencyTest {

  @Test
  void evaluatesConcurrentlyWithTheSameAnswers() throws Exception {
    List<RoutingEvaluator> evaluators = new ArrayList<>();
    List<List<Flow>> flows = new ArrayList<>();
    List<List<RoutingDecision>> expected = new ArrayList<>();
    for (long seed = 1; seed <= 8; seed++) {
      Scenario scenario = Scenario.random(seed * 7919);
      RoutingEvaluator evaluator = scenario.evaluator();
      List<Flow> f = scenario.flows(seed, 2_000);
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
