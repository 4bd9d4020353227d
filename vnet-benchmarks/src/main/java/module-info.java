/**
 * JMH benchmarks of vnetkit (not published). Build with {@code ./mvnw -B package -DskipTests} and
 * run with {@code java -jar vnet-benchmarks/target/benchmarks.jar [name]}.
 */
open module io.github.vnetkit.benchmarks {
  requires io.github.vnetkit.model;
  requires io.github.vnetkit.planner;
  requires io.github.vnetkit.routing;
  requires jmh.core;
  requires static org.jspecify;
}
