package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.statistics.Statistics;

/**
 * The edge cases that matter appear: /28 and /26 boundaries, exactly-full subnets (maxInstances
 * exactly at the CAP-5 headroom limit), and near-miss setting values (LEG-3). Checked with jqwik
 * statistics coverage in properties, and with fixed-seed samples and {@code edgeCases()} in tests.
 */
class EdgeCaseProperties {

  @Property(tries = 2_000)
  @Label("CAP-7: /28 and /26 subnets are drawn often")
  void subnetBoundariesAppear(@ForAll("subnets") Subnet subnet) {
    Statistics.label("prefix").collect(subnet.addressPrefix().prefixLength());
    Statistics.label("prefix")
        .coverage(
            c -> {
              c.check(28).percentage(p -> p >= 15);
              c.check(26).percentage(p -> p >= 15);
              c.check(24).count(n -> n > 0);
            });
  }

  @Provide
  Arbitrary<Subnet> subnets() {
    return VnetArbitraries.subnets();
  }

  @Property(tries = 2_000)
  @Label("CAP-5: exactly-full integration subnets appear in estates")
  void exactlyFullSubnetsAppear(@ForAll("estates") Estate estate) {
    Statistics.label("exactly full").collect(hasExactlyFullSubnet(estate));
    Statistics.label("has /28").collect(hasPrefix(estate, 28));
    Statistics.label("has /26").collect(hasPrefix(estate, 26));
    Statistics.label("exactly full").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("has /28").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("has /26").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  @Provide
  Arbitrary<Estate> estates() {
    return VnetArbitraries.estates();
  }

  @Property(tries = 2_000)
  @Label("NET-5, CAP-8, FN-2, LIFE-3: MPSJ subnets, VNet triggers and service links appear")
  void sharingFunctionsAndLinksAppear(@ForAll("estates") Estate estate) {
    Statistics.label("MPSJ subnet").collect(hasMultiPlanSubnet(estate));
    Statistics.label("VNet triggers").collect(hasVnetTriggers(estate));
    Statistics.label("service links").collect(hasServiceLinks(estate));
    Statistics.label("peered").collect(hasPeering(estate));
    Statistics.label("MPSJ subnet").coverage(c -> c.check(true).percentage(p -> p >= 5));
    Statistics.label("VNet triggers").coverage(c -> c.check(true).percentage(p -> p >= 5));
    Statistics.label("service links").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("peered").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  /** NET-5, CAP-8: a subnet that two or more plans share through multi-plan subnet join. */
  static boolean hasMultiPlanSubnet(Estate estate) {
    return EstateChecker.subnets(estate).stream()
        .anyMatch(s -> EstateChecker.plansIntegratedWith(estate, s.id()).size() > 1);
  }

  private static boolean hasVnetTriggers(Estate estate) {
    return estate.apps().stream().anyMatch(a -> a.functionsSettings().hasVnetTriggers());
  }

  private static boolean hasServiceLinks(Estate estate) {
    return EstateChecker.subnets(estate).stream()
        .anyMatch(s -> !s.serviceAssociationLinks().isEmpty());
  }

  private static boolean hasPeering(Estate estate) {
    return estate.virtualNetworks().stream().anyMatch(v -> !v.peerings().isEmpty());
  }

  @Example
  @Label("CAP-7, CAP-8: MPSJ subnets include exactly /26 ones, and some shared by three plans")
  void multiPlanSubnetsIncludeTheMinimum() {
    List<Estate> estates =
        sample(VnetArbitraries.estates().withPlans(2, 4), 2_000, 11L).stream()
            .filter(EdgeCaseProperties::hasMultiPlanSubnet)
            .toList();
    assertThat(estates).hasSizeGreaterThan(100);
    List<List<AppServicePlan>> shared =
        estates.stream()
            .flatMap(
                e ->
                    EstateChecker.subnets(e).stream()
                        .map(s -> EstateChecker.plansIntegratedWith(e, s.id()))
                        .filter(plans -> plans.size() > 1))
            .toList();
    assertThat(shared).anyMatch(plans -> plans.size() >= 3);
    List<Integer> prefixes =
        estates.stream()
            .flatMap(
                e ->
                    EstateChecker.subnets(e).stream()
                        .filter(s -> EstateChecker.plansIntegratedWith(e, s.id()).size() > 1)
                        .map(s -> s.addressPrefix().prefixLength()))
            .toList();
    assertThat(prefixes).contains(26).allMatch(p -> p <= 26);
  }

  @Example
  @Label("FN-2: trigger versions at the minimum and numeric near misses are edge cases")
  void triggerVersionNearMissesAppear() {
    List<String> versions =
        sample(VnetArbitraries.functionsSettings().withVnetTriggers(), 1_000, 12L).stream()
            .flatMap(f -> f.vnetTriggerExtensions().values().stream())
            .toList();
    // Exactly the minimum; 3.0.10 for CosmosDB (3.0.5) and 3.10.0 for ServiceBus (3.2.0) are
    // above it, though a string comparison says below; 3.2 equals 3.2.0.
    assertThat(versions).contains("3.2.0", "3.0.10", "3.10.0", "3.2", "2");
    assertThat(edgeCases(VnetArbitraries.functionsSettings())).contains(FunctionsSettings.none());
  }

  /** A plan whose maxInstances is exactly usable / (2c) of one of its subnets. */
  static boolean hasExactlyFullSubnet(Estate estate) {
    for (AppServicePlan plan : estate.plans()) {
      for (ResourceId id : plan.vnetIntegrations()) {
        int prefix = estate.subnet(id).orElseThrow().addressPrefix().prefixLength();
        long limit = EstateChecker.usable(prefix) / (2L * EstateChecker.cost(estate, plan));
        if (plan.maxInstances() == limit) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasPrefix(Estate estate, int prefix) {
    return estate.plans().stream()
        .flatMap(p -> p.vnetIntegrations().stream())
        .anyMatch(id -> estate.subnet(id).orElseThrow().addressPrefix().prefixLength() == prefix);
  }

  @Property(tries = 2_000)
  @Label("LEG-3: near-miss values True, ' 1 ' and true appear for WEBSITE_VNET_ROUTE_ALL")
  void nearMissValuesAppear(@ForAll("nearMissSettings") AppSettings settings) {
    String value = settings.get("WEBSITE_VNET_ROUTE_ALL").orElse("<absent>");
    Statistics.label("WEBSITE_VNET_ROUTE_ALL").collect(value);
    Statistics.label("WEBSITE_VNET_ROUTE_ALL")
        .coverage(
            c -> {
              c.check("True").count(n -> n > 0);
              c.check(" 1 ").count(n -> n > 0);
              c.check("true").count(n -> n > 0);
              c.check("1").count(n -> n > 0);
            });
  }

  @Provide
  Arbitrary<AppSettings> nearMissSettings() {
    return VnetArbitraries.appSettings().legacyOnly().withNearMissValues();
  }

  @Example
  void nearMissSettingsAreEdgeCases() {
    List<AppSettings> edges = edgeCases(VnetArbitraries.appSettings().withNearMissValues());
    assertThat(edges)
        .contains(
            AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "True").build(),
            AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", " 1 ").build(),
            AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "true").build());
    assertThat(edgeCases(VnetArbitraries.appSettings().withNearMissNames()))
        .contains(AppSettings.builder().put("website_vnet_route_all", "1").build());
  }

  @Example
  @Label("CAP-7: subnet edge cases include the /28 and /26 boundaries")
  void subnetBoundariesAreEdgeCases() {
    List<Integer> prefixes =
        edgeCases(VnetArbitraries.subnets()).stream()
            .map(s -> s.addressPrefix().prefixLength())
            .toList();
    assertThat(prefixes).contains(28, 26);
    List<Integer> cidrPrefixes =
        edgeCases(VnetArbitraries.cidrs().withPrefixBetween(24, 29)).stream()
            .map(c -> c.prefixLength())
            .toList();
    assertThat(cidrPrefixes).contains(24, 26, 28, 29);
  }

  @Example
  void virtualNetworkSamplesHaveBoundarySubnets() {
    List<VirtualNetwork> vnets = sample(VnetArbitraries.virtualNetworks(), 1_000, 9L);
    List<Integer> prefixes =
        vnets.stream()
            .flatMap(v -> v.subnets().stream())
            .map(s -> s.addressPrefix().prefixLength())
            .toList();
    assertThat(share(prefixes, p -> p == 28)).isGreaterThan(0.15);
    assertThat(share(prefixes, p -> p == 26)).isGreaterThan(0.15);
  }

  @Example
  @Label("CAP-5: about a quarter of estates have an exactly full subnet")
  void estateSamplesHaveExactlyFullSubnets() {
    List<Estate> estates = sample(VnetArbitraries.estates(), 1_000, 10L);
    assertThat(share(estates, EdgeCaseProperties::hasExactlyFullSubnet)).isGreaterThan(0.15);
  }

  static <T> List<T> edgeCases(Arbitrary<T> arbitrary) {
    List<T> values = new ArrayList<>();
    for (Shrinkable<T> s : arbitrary.edgeCases(10_000)) {
      values.add(s.value());
    }
    return values;
  }

  static <T> List<T> sample(Arbitrary<T> arbitrary, int n, long seed) {
    RandomGenerator<T> generator = arbitrary.generator(1000, true);
    Random random = new Random(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(generator.next(random).value());
    }
    return values;
  }

  static <T> double share(List<T> values, Function<T, Boolean> test) {
    return values.stream().filter(test::apply).count() / (double) values.size();
  }
}
