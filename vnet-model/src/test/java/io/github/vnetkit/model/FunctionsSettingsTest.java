package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FunctionsSettingsTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";

  @Test
  void noneUsesNoFeature() {
    FunctionsSettings none = FunctionsSettings.none();
    assertThat(none.runtimeScaleMonitoringEnabled()).isFalse();
    assertThat(none.hasVnetTriggers()).isFalse();
    assertThat(none.hybridConnections()).isEmpty();
    assertThat(none.storageAccountVnetRestricted()).isFalse();
    assertThat(FunctionsSettings.builder().build()).isEqualTo(none);
  }

  @Test
  void appDefaultsToNoFunctionsSettings() {
    App app =
        App.builder()
            .id(ResourceId.site(SUB, "fn", "orders"))
            .kind(AppKind.FUNCTION_APP)
            .planId(ResourceId.serverFarm(SUB, "fn", "ep1"))
            .build();
    assertThat(app.functionsSettings()).isEqualTo(FunctionsSettings.none());
  }

  @Test
  void fn2_keepsExtensionVersionsAsGiven() {
    FunctionsSettings s =
        FunctionsSettings.builder()
            .runtimeScaleMonitoringEnabled(true)
            .putVnetTriggerExtensions("Microsoft.Azure.WebJobs.Extensions.Storage", "3.0.10")
            .putVnetTriggerExtensions("Microsoft.Azure.WebJobs.Extensions.EventHubs", "4.1.0-beta1")
            .build();
    assertThat(s.hasVnetTriggers()).isTrue();
    assertThat(s.vnetTriggerExtensions())
        .containsEntry("Microsoft.Azure.WebJobs.Extensions.Storage", "3.0.10");
  }

  @Test
  void nonNumericVersionIsRejectedNamingIt() {
    assertThatThrownBy(
            () ->
                FunctionsSettings.builder()
                    .putVnetTriggerExtensions("Microsoft.Azure.WebJobs.Extensions.Storage", "v3")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'v3'")
        .hasMessageContaining("Microsoft.Azure.WebJobs.Extensions.Storage");
  }

  @Test
  void extensionListedTwiceIgnoringCaseIsRejected() {
    assertThatThrownBy(
            () ->
                FunctionsSettings.builder()
                    .putVnetTriggerExtensions(
                        "Microsoft.Azure.WebJobs.Extensions.Storage", "3.0.10")
                    .putVnetTriggerExtensions("microsoft.azure.webjobs.extensions.storage", "4.0.0")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void blankExtensionNameIsRejected() {
    assertThatThrownBy(
            () -> FunctionsSettings.builder().putVnetTriggerExtensions(" ", "1.0.0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trigger extension ' '");
  }

  @Test
  void hybridConnectionMustBeHostAndPort() {
    assertThatThrownBy(() -> FunctionsSettings.builder().addHybridConnections("sql.corp").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sql.corp'")
        .hasMessageContaining("host:port");
    assertThatThrownBy(
            () -> FunctionsSettings.builder().addHybridConnections("sql.corp:70000").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sql.corp:70000'");
    assertThatThrownBy(
            () ->
                FunctionsSettings.builder()
                    .addHybridConnections("sql.corp:1433", "SQL.corp:1433")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }
}
