package io.github.vnetkit.benchmarks;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.planner.SubnetCarver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finding the next free /26 in a /8 virtual network with 10,000 existing subnets: {@link
 * SubnetCarver} against {@link NaiveCarver}, a scan of candidate blocks, in one JMH run.
 *
 * <p>The layout is fixed (seeded): 9,000 subnets of /26 to /29 packed from 10.0.0.0, each
 * 64-address block keeping at least one of them, with /28 and /29 holes too small for a /26 (so
 * about 5,000 candidate blocks are taken before the first free /26); 1,000 more scattered in
 * 10.128.0.0/9. The subnets are given in shuffled order. The constructor checks that both
 * implementations find the same block.
 *
 * <ul>
 *   <li>{@code carverNextFree}: a query on a built carver (the index is built once per VNet).
 *   <li>{@code carverBuildAndNextFree}: building the carver from the 10,000 subnets, then the
 *       query.
 *   <li>{@code naiveScan}: the baseline.
 * </ul>
 *
 * <p>Run:
 *
 * <pre>{@code
 * ./mvnw -B -q package -DskipTests
 * java -jar vnet-benchmarks/target/benchmarks.jar Carve
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CarveBenchmark {

  static final int EXISTING = 10_000;
  static final int PACKED = 9_000;
  static final int PREFIX = 26;

  private final List<Cidr> spaces = List.of(Cidr.parse("10.0.0.0/8"));
  private final List<Cidr> existing;
  private final SubnetCarver carver;
  private final NaiveCarver naive;

  /** Builds the layout and both implementations, and checks that they agree. */
  public CarveBenchmark() {
    existing = layout();
    carver = SubnetCarver.of(spaces, existing);
    naive = new NaiveCarver(spaces, existing);
    Optional<Cidr> expected = naive.nextFree(PREFIX);
    if (!carver.nextFree(PREFIX).equals(expected) || !carver.inputConsistent()) {
      throw new IllegalStateException(
          "carver and naive disagree: " + carver.nextFree(PREFIX) + " vs " + expected);
    }
  }

  static List<Cidr> layout() {
    Random random = new Random(20_26);
    List<Cidr> subnets = new ArrayList<>(EXISTING);
    // packed from 10.0.0.0, one 64-address block at a time; every block keeps at least one subnet
    for (long block = 0x0A00_0000L; subnets.size() < PACKED; block += 64) {
      if (random.nextInt(4) == 0) {
        subnets.add(Cidr.containing(new IPv4Address((int) block), 26));
        continue;
      }
      int before = subnets.size();
      for (long quarter = block; quarter < block + 64; quarter += 16) {
        switch (random.nextInt(4)) {
          case 0 -> subnets.add(Cidr.containing(new IPv4Address((int) quarter), 28));
          case 1 -> {
            subnets.add(Cidr.containing(new IPv4Address((int) quarter), 29));
            subnets.add(Cidr.containing(new IPv4Address((int) quarter + 8), 29));
          }
          case 2 -> subnets.add(Cidr.containing(new IPv4Address((int) quarter + 8), 29));
          default -> {} // a /28 hole: too small for a /26
        }
      }
      if (subnets.size() == before) {
        subnets.add(Cidr.containing(new IPv4Address((int) block), 28));
      }
    }
    // the rest scattered over 10.128.0.0/9, one per distinct 64-address slot
    long upperHalf = 0x0A80_0000L;
    Set<Long> used = new HashSet<>();
    while (subnets.size() < EXISTING) {
      long slot = random.nextInt(1 << 17);
      if (used.add(slot)) {
        int prefix = 26 + random.nextInt(4);
        subnets.add(Cidr.containing(new IPv4Address((int) (upperHalf + slot * 64)), prefix));
      }
    }
    Collections.shuffle(subnets, random);
    return List.copyOf(subnets);
  }

  /** A query on a built carver. */
  @Benchmark
  public Optional<Cidr> carverNextFree() {
    return carver.nextFree(PREFIX);
  }

  /** Building the carver from the 10,000 subnets, then the query. */
  @Benchmark
  public Optional<Cidr> carverBuildAndNextFree() {
    return SubnetCarver.of(spaces, existing).nextFree(PREFIX);
  }

  /** The naive baseline: every candidate /26 in order, checked against every subnet. */
  @Benchmark
  public Optional<Cidr> naiveScan() {
    return naive.nextFree(PREFIX);
  }
}
