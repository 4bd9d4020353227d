package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.Fixtures.APP;
import static io.github.vnetkit.planner.check.Fixtures.PLAN;
import static io.github.vnetkit.planner.check.Fixtures.check;
import static io.github.vnetkit.planner.check.Fixtures.clean;
import static io.github.vnetkit.planner.check.Fixtures.withApp;
import static io.github.vnetkit.planner.check.Fixtures.withPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Sku;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC section 10: FN-1..FN-4. */
class FunctionsRulesTest {

  private static final String SERVICE_BUS = "Microsoft.Azure.WebJobs.Extensions.ServiceBus";

  /** A function app on an EP1 (Functions Premium) Windows plan, integrated, runtime ~4. */
  private static Estate functionApp(String sku, UnaryOperator<FunctionsSettings.Builder> settings) {
    Estate estate = withPlan(clean(), PLAN, p -> p.sku(Sku.parse(sku)));
    return withApp(
        estate,
        APP,
        a ->
            a.kind(AppKind.FUNCTION_APP)
                .appSettings(AppSettings.builder().put("FUNCTIONS_EXTENSION_VERSION", "~4").build())
                .functionsSettings(settings.apply(FunctionsSettings.builder()).build()));
  }

  private static Estate withVnetTrigger(String extension, String version) {
    return functionApp(
        "EP1",
        s -> s.runtimeScaleMonitoringEnabled(true).putVnetTriggerExtensions(extension, version));
  }

  // --------------------------------------------------------------------------- FN-1

  @Test
  @DisplayName("FN-1: a function app on Consumption cannot use VNet integration")
  void fn1_consumptionIntegrationBreaks() {
    CheckResult result = check(functionApp("Y1", s -> s));
    assertThat(result.findings("FN-1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(APP, PLAN);
              assertThat(f.message()).contains("virtual network integration", "Consumption");
            });
    assertThat(result.findings("TIER-1")).hasSize(1);
  }

  @Test
  @DisplayName("FN-1: VNet triggers and Hybrid Connections on Consumption break it")
  void fn1_consumptionFeaturesBreak() {
    Estate estate =
        withApp(
            functionApp(
                "Y1",
                s ->
                    s.putVnetTriggerExtensions(SERVICE_BUS, "5.0.0")
                        .addHybridConnections("sql.corp:1433")),
            APP,
            a -> a.virtualNetworkSubnetId(Optional.empty()));
    assertThat(check(estate).findings("FN-1"))
        .extracting(Finding::message)
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("triggers"))
        .anySatisfy(m -> assertThat(m).contains("Hybrid Connections"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EP1", "P1v3", "I1v2"})
  @DisplayName("FN-1: Premium, Dedicated and ASE offer every feature")
  void fn1_holds(String sku) {
    Estate estate =
        functionApp(
            sku,
            s ->
                s.runtimeScaleMonitoringEnabled(true)
                    .putVnetTriggerExtensions(SERVICE_BUS, "5.0.0")
                    .addHybridConnections("sql.corp:1433"));
    assertThat(check(estate).findings("FN-1")).isEmpty();
  }

  @Test
  @DisplayName("FN-1: a web app's features are not judged by the Functions matrix")
  void fn1_webAppIsNotJudged() {
    Estate estate =
        withApp(
            withPlan(clean(), PLAN, p -> p.sku(Sku.parse("Y1"))),
            APP,
            a ->
                a.functionsSettings(
                    FunctionsSettings.builder().addHybridConnections("sql.corp:1433").build()));
    assertThat(check(estate).findings("FN-1")).isEmpty();
  }

  // --------------------------------------------------------------------------- FN-2

  @Test
  @DisplayName("FN-2: VNet triggers on Premium without runtime scale monitoring break it")
  void fn2_scaleMonitoringOffBreaks() {
    Estate estate = functionApp("EP1", s -> s.putVnetTriggerExtensions(SERVICE_BUS, "5.0.0"));
    assertThat(check(estate).findings("FN-2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("functionsRuntimeScaleMonitoringEnabled");
            });
  }

  @Test
  @DisplayName("FN-2: VNet triggers need Functions runtime 2.x or later")
  void fn2_runtimeOneBreaks() {
    Estate estate =
        withApp(
            withVnetTrigger(SERVICE_BUS, "5.0.0"),
            APP,
            a ->
                a.appSettings(
                    AppSettings.builder().put("FUNCTIONS_EXTENSION_VERSION", "~1").build()));
    assertThat(check(estate).findings("FN-2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("runtime ~1", "2.x");
            });
  }

  @Test
  @DisplayName("FN-2: an unknown runtime version is a warning")
  void fn2_runtimeUnknownWarns() {
    Estate estate =
        withApp(
            withVnetTrigger(SERVICE_BUS, "5.0.0"), APP, a -> a.appSettings(AppSettings.empty()));
    assertThat(check(estate).findings("FN-2"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
  }

  @ParameterizedTest
  @CsvSource({
    "Microsoft.Azure.WebJobs.Extensions.Storage, 3.0.9",
    "Microsoft.Azure.WebJobs.Extensions.EventHubs, 4.0.1",
    "Microsoft.Azure.WebJobs.Extensions.ServiceBus, 3.1.99",
    "Microsoft.Azure.WebJobs.Extensions.CosmosDB, 3.0.4",
    "Microsoft.Azure.WebJobs.Extensions.DurableTask, 1.8.3",
    "Microsoft.Azure.WebJobs.Extensions.DurableTask, 2.0.0-rc1"
  })
  @DisplayName("FN-2: an extension below its minimum does not scale dynamically")
  void fn2_extensionBelowMinimumBreaks(String extension, String version) {
    assertThat(check(withVnetTrigger(extension, version)).findings("FN-2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains(extension, version, "pre-warmed");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "Microsoft.Azure.WebJobs.Extensions.Storage, 3.0.10",
    "Microsoft.Azure.WebJobs.Extensions.Storage, 3.0.11",
    "Microsoft.Azure.WebJobs.Extensions.Storage.Queues, 5.3.0",
    "Microsoft.Azure.WebJobs.Extensions.EventHubs, 4.1.0",
    "Microsoft.Azure.WebJobs.Extensions.EventHubs, 4.10",
    "microsoft.azure.webjobs.extensions.servicebus, 3.2",
    "Microsoft.Azure.WebJobs.Extensions.CosmosDB, 3.0.5",
    "Microsoft.Azure.WebJobs.Extensions.DurableTask, 2.0.0",
    "Microsoft.Azure.WebJobs.Extensions.DurableTask, 10.0.0"
  })
  @DisplayName("FN-2: versions compare numerically, not as strings (3.0.10 > 3.0.9, 10 > 2)")
  void fn2_holds(String extension, String version) {
    assertThat(check(withVnetTrigger(extension, version)).isClean()).isTrue();
  }

  @Test
  @DisplayName("FN-2: a trigger outside the FN-2 list does not scale beyond pre-warmed (info)")
  void fn2_otherTriggerIsInfo() {
    assertThat(
            check(withVnetTrigger("Microsoft.Azure.WebJobs.Extensions.Kafka", "3.9.0")).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("FN-2");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .endsWith(
                      " triggers on Microsoft.Azure.WebJobs.Extensions.Kafka 3.9.0, which is not"
                          + " one of the extensions that scale dynamically with runtime scale"
                          + " monitoring (Storage, EventHubs, ServiceBus, CosmosDB, DurableTask);"
                          + " it does not scale beyond the pre-warmed instance count.");
              assertThat(f.suggestedFix())
                  .isEqualTo(
                      "Raise the pre-warmed instance count to what the trigger needs, or use a"
                          + " trigger that scales dynamically.");
            });
  }

  @Test
  @DisplayName("FN-2: Storage's split package 3.0.9 is below Storage's 3.0.10, named in the fix")
  void fn2_belowMinimumNamesTheMinimum() {
    String queues = "Microsoft.Azure.WebJobs.Extensions.Storage.Queues";
    assertThat(check(withVnetTrigger(queues, "3.0.9")).findings("FN-2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .endsWith(
                      " triggers on "
                          + queues
                          + " 3.0.9; it scales dynamically with runtime scale monitoring only"
                          + " from 3.0.10, so it does not scale beyond the pre-warmed instance"
                          + " count.");
              assertThat(f.suggestedFix()).isEqualTo("Upgrade " + queues + " to 3.0.10 or later.");
            });
  }

  @Test
  @DisplayName("FN-2: VNet triggers on a Dedicated plan need no runtime scale monitoring")
  void fn2_dedicatedIsNotJudged() {
    Estate estate = functionApp("P1v3", s -> s.putVnetTriggerExtensions(SERVICE_BUS, "1.0.0"));
    assertThat(check(estate).isClean()).isTrue();
  }

  // --------------------------------------------------------------------------- FN-3

  @Test
  @DisplayName("FN-3: Hybrid Connections on a Linux plan break it")
  void fn3_linuxBreaks() {
    Estate estate =
        withPlan(
            functionApp("EP1", s -> s.addHybridConnections("sql.corp:1433")),
            PLAN,
            p -> p.operatingSystem(OperatingSystem.LINUX));
    assertThat(check(estate).findings("FN-3"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("sql.corp:1433", "Windows"));
  }

  @Test
  @DisplayName("FN-3: Hybrid Connections on a Windows Premium plan hold")
  void fn3_holds() {
    assertThat(check(functionApp("EP1", s -> s.addHybridConnections("sql.corp:1433"))).isClean())
        .isTrue();
  }

  // --------------------------------------------------------------------------- FN-4

  @Test
  @DisplayName("FN-4: a Consumption app with a VNet-restricted storage account breaks it")
  void fn4_breaks() {
    Estate estate =
        withPlan(
            withApp(
                functionApp("Y1", s -> s.storageAccountVnetRestricted(true)),
                APP,
                a -> a.virtualNetworkSubnetId(Optional.empty())),
            PLAN,
            p -> p.vnetIntegrations(List.of()));
    assertThat(check(estate).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("FN-4");
              assertThat(f.message()).contains("storage account");
            });
  }

  @Test
  @DisplayName("FN-4: a Premium app with a VNet-restricted storage account holds")
  void fn4_holds() {
    assertThat(check(functionApp("EP1", s -> s.storageAccountVnetRestricted(true))).isClean())
        .isTrue();
  }
}
