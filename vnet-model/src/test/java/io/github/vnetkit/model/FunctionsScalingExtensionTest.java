package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC FN-2: the extensions that scale dynamically with runtime scale monitoring, from a version.
 */
class FunctionsScalingExtensionTest {

  @ParameterizedTest(name = "FN-2 row {0} from {2}")
  @CsvSource({
    "STORAGE,      Microsoft.Azure.WebJobs.Extensions.Storage,     3.0.10",
    "EVENT_HUBS,   Microsoft.Azure.WebJobs.Extensions.EventHubs,   4.1.0",
    "SERVICE_BUS,  Microsoft.Azure.WebJobs.Extensions.ServiceBus,  3.2.0",
    "COSMOS_DB,    Microsoft.Azure.WebJobs.Extensions.CosmosDB,    3.0.5",
    "DURABLE_TASK, Microsoft.Azure.WebJobs.Extensions.DurableTask, 2.0.0"
  })
  @DisplayName(
      "FN-2: Storage 3.0.10, EventHubs 4.1.0, ServiceBus 3.2.0, CosmosDB 3.0.5, Durable 2.0.0")
  void fn2_publishedList(FunctionsScalingExtension extension, String packageId, String minimum) {
    assertThat(extension.packageId()).isEqualTo(packageId);
    assertThat(extension.minimumVersion()).isEqualTo(minimum);
    assertThat(FunctionsScalingExtension.of(packageId)).contains(extension);
    assertThat(extension.supportsDynamicScaling(minimum)).isTrue();
  }

  @Test
  @DisplayName("FN-2: exactly the five extensions SPEC lists, in its order")
  void fn2_onlyTheseFive() {
    assertThat(FunctionsScalingExtension.values())
        .extracting(e -> e.packageId().substring(e.packageId().lastIndexOf('.') + 1))
        .containsExactly("Storage", "EventHubs", "ServiceBus", "CosmosDB", "DurableTask");
  }

  @ParameterizedTest
  @CsvSource({
    // just below the minimum, and at it
    "STORAGE,      3.0.9,          false",
    "STORAGE,      3.0.10,         true",
    "STORAGE,      3.0.11,         true",
    "STORAGE,      3.1,            true",
    "EVENT_HUBS,   4.0.1,          false",
    "EVENT_HUBS,   4.1,            true",
    "EVENT_HUBS,   4.10.0,         true",
    "SERVICE_BUS,  3.1.99,         false",
    "SERVICE_BUS,  3.2,            true",
    "SERVICE_BUS,  3.2.0.0,        true",
    "SERVICE_BUS,  3.10.0,         true",
    "COSMOS_DB,    3.0.4,          false",
    "COSMOS_DB,    3.0.10,         true",
    "DURABLE_TASK, 1.8.4,          false",
    "DURABLE_TASK, 2,              true",
    "DURABLE_TASK, 10.0.0,         true",
    // pre-releases come before their release; build metadata is ignored
    "STORAGE,      3.0.10-beta1,   false",
    "EVENT_HUBS,   4.1.0-preview1, false",
    "SERVICE_BUS,  3.2-beta1,      false",
    "DURABLE_TASK, 2.0.0-rc1,      false",
    "DURABLE_TASK, 2.0.1-rc1,      true",
    "COSMOS_DB,    3.0.5+build7,   true",
    // leading zeros do not count
    "STORAGE,      3.0.010,        true",
    "STORAGE,      03.00.09,       false"
  })
  @DisplayName("FN-2: versions compare numerically, not as strings (3.0.10 > 3.0.9)")
  void fn2_numericComparison(FunctionsScalingExtension extension, String version, boolean scales) {
    assertThat(extension.supportsDynamicScaling(version)).isEqualTo(scales);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Microsoft.Azure.WebJobs.Extensions.Storage",
        "microsoft.azure.webjobs.extensions.storage",
        "MICROSOFT.AZURE.WEBJOBS.EXTENSIONS.STORAGE",
        "Microsoft.Azure.WebJobs.Extensions.Storage.Queues",
        "Microsoft.Azure.WebJobs.Extensions.Storage.Blobs",
        "microsoft.azure.webjobs.extensions.STORAGE.queues"
      })
  @DisplayName("FN-2: Storage, in any case, and its split packages count as Storage")
  void fn2_storageAndSplitPackages(String packageId) {
    assertThat(FunctionsScalingExtension.of(packageId)).contains(FunctionsScalingExtension.STORAGE);
  }

  @ParameterizedTest
  @EnumSource(FunctionsScalingExtension.class)
  @DisplayName("FN-2: package ids compare ignoring case")
  void fn2_ofIgnoresCase(FunctionsScalingExtension extension) {
    String id = extension.packageId();
    assertThat(FunctionsScalingExtension.of(id.toLowerCase(Locale.ROOT))).contains(extension);
    assertThat(FunctionsScalingExtension.of(id.toUpperCase(Locale.ROOT))).contains(extension);
    assertThat(FunctionsScalingExtension.of(CaseVariants.flipCase(id, 3))).contains(extension);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Microsoft.Azure.WebJobs.Extensions.Kafka",
        "Microsoft.Azure.WebJobs.Extensions.RabbitMQ",
        "Microsoft.Azure.WebJobs.Extensions.StorageQueues", // not a split package: no dot
        "Microsoft.Azure.WebJobs.Extensions.ServiceBus.Extra", // only Storage has split packages
        "Microsoft.Azure.WebJobs.Extensions",
        "ServiceBus",
        " Microsoft.Azure.WebJobs.Extensions.ServiceBus",
        ""
      })
  @DisplayName("FN-2: other triggers do not scale beyond the pre-warmed count (no extension)")
  void fn2_otherPackagesAreNotListed(String packageId) {
    assertThat(FunctionsScalingExtension.of(packageId)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"v3", "", "3.", ".3", "3..0", "3.0.10-", "3.0 beta", "latest", "3,0,10"})
  void badVersionIsRejectedNamingIt(String version) {
    assertThatThrownBy(() -> FunctionsScalingExtension.STORAGE.supportsDynamicScaling(version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + version + "'")
        .hasMessageContaining("such as 3.0.10");
  }

  @Test
  @DisplayName("FN-2: every version FunctionsSettings accepts can be compared, and vice versa")
  void versionGrammarIsTheSettingsGrammar() {
    for (String version : new String[] {"3.0.10", "4.1.0-beta1", "2.0.0+build5", "3.2", "1"}) {
      FunctionsSettings.builder()
          .putVnetTriggerExtensions(FunctionsScalingExtension.STORAGE.packageId(), version)
          .build();
      for (FunctionsScalingExtension e : FunctionsScalingExtension.values()) {
        assertThatNoException().isThrownBy(() -> e.supportsDynamicScaling(version));
      }
    }
    assertThatThrownBy(
            () ->
                FunctionsSettings.builder()
                    .putVnetTriggerExtensions(
                        FunctionsScalingExtension.STORAGE.packageId(), "3.0.10-")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'3.0.10-'");
  }

  @Property
  @Label("FN-2: a version scales exactly when it is numerically at or above the minimum")
  void fn2_scalesExactlyFromTheMinimum(
      @ForAll FunctionsScalingExtension extension,
      @ForAll @IntRange(max = 12) int major,
      @ForAll @IntRange(max = 12) int minor,
      @ForAll @IntRange(max = 12) int patch) {
    int[] min =
        Arrays.stream(extension.minimumVersion().split("\\."))
            .mapToInt(Integer::parseInt)
            .toArray();
    int cmp = Integer.compare(major, min[0]);
    cmp = cmp != 0 ? cmp : Integer.compare(minor, min[1]);
    cmp = cmp != 0 ? cmp : Integer.compare(patch, min[2]);
    String version = major + "." + minor + "." + patch;
    assertThat(extension.supportsDynamicScaling(version)).isEqualTo(cmp >= 0);
    assertThat(extension.supportsDynamicScaling(version + "-beta1")).isEqualTo(cmp > 0);
  }
}
