package io.github.vnetkit.testkit;

import java.util.Iterator;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

/**
 * Shrinks like a failing property would, through jqwik's public {@link Shrinkable} API: generate
 * until a value falsifies, then repeatedly take the first shrink candidate that is smaller and
 * still falsifies, until none is.
 */
final class Shrinking {

  private Shrinking() {}

  static <T> T minimal(Arbitrary<T> arbitrary, Predicate<T> falsifies, long seed) {
    RandomGenerator<T> generator = arbitrary.generator(1000, true);
    Random random = new Random(seed);
    Shrinkable<T> current =
        generator.stream(random)
            .limit(10_000)
            .filter(candidate -> falsifies.test(candidate.value()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no falsifying sample within 10,000 tries"));
    boolean progress = true;
    for (int step = 0; progress && step < 10_000; step++) {
      progress = false;
      Iterator<Shrinkable<T>> candidates = current.shrink().iterator();
      for (int tried = 0; candidates.hasNext() && tried < 2_000; tried++) {
        Shrinkable<T> candidate = candidates.next();
        if (candidate.distance().compareTo(current.distance()) < 0
            && falsifies.test(candidate.value())) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current.value();
  }
}
