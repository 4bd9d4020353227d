package io.github.vnetkit.testkit;

import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Typed weight tuples for {@code Arbitraries.frequency} and {@code frequencyOf}. */
final class Tuple2s {

  private Tuple2s() {}

  static <T> Tuple2<Integer, T> weighted(int weight, T value) {
    return Tuple.of(weight, value);
  }
}
