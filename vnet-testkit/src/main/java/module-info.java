/**
 * jqwik arbitraries for valid, shrinkable vnetkit model values, for property-based tests of your
 * own tools. The only exported package is {@code io.github.vnetkit.testkit}; its entry point is
 * {@code VnetArbitraries}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Arbitrary<Subnet> subnets = VnetArbitraries.subnets().withPrefixBetween(24, 28);
 * Arbitrary<BrokenEstate> broken =
 *     VnetArbitraries.estates().breaking(EstateRule.NET_3_FOREIGN_DELEGATION);
 * }</pre>
 */
module io.github.vnetkit.testkit {
  requires transitive io.github.vnetkit.model;
  requires transitive net.jqwik.api;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.vnetkit.testkit;

  provides net.jqwik.api.SampleReportingFormat with
      io.github.vnetkit.testkit.internal.EstateReportingFormat;
}
