package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.FunctionsScalingExtension;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The testkit's FN-2 test data sits on the side of each minimum that it claims to. */
class FunctionsFactsTest {

  @Test
  @DisplayName("FN-2: every extension of the model's list has test data, and Storage.Queues too")
  void fn2_everyExtensionIsCovered() {
    assertThat(FunctionsFacts.TRIGGER_EXTENSIONS)
        .extracting(FunctionsFacts.TriggerExtension::extension)
        .containsOnly(FunctionsScalingExtension.values());
    assertThat(FunctionsFacts.TRIGGER_EXTENSIONS)
        .extracting(FunctionsFacts.TriggerExtension::packageId)
        .doesNotHaveDuplicates()
        .contains("Microsoft.Azure.WebJobs.Extensions.Storage.Queues");
  }

  @Test
  @DisplayName("FN-2: each package id belongs to its extension, versions straddle its minimum")
  void fn2_versionsStraddleTheMinimum() {
    for (FunctionsFacts.TriggerExtension e : FunctionsFacts.TRIGGER_EXTENSIONS) {
      assertThat(FunctionsScalingExtension.of(e.packageId())).contains(e.extension());
      assertThat(e.atOrAbove()).contains(e.minimum()).allMatch(v -> scales(e, v));
      assertThat(e.below()).isNotEmpty().noneMatch(v -> scales(e, v));
      assertThat(FunctionsFacts.extension(e.packageId().toUpperCase(Locale.ROOT))).contains(e);
    }
  }

  @Test
  @DisplayName("FN-2: ServiceBus at its minimum is the first trigger (the shrink target)")
  void fn2_shrinkTarget() {
    FunctionsFacts.TriggerExtension first = FunctionsFacts.TRIGGER_EXTENSIONS.get(0);
    assertThat(first.extension()).isEqualTo(FunctionsScalingExtension.SERVICE_BUS);
    assertThat(first.atOrAbove().get(0)).isEqualTo("3.2.0");
  }

  private static boolean scales(FunctionsFacts.TriggerExtension e, String version) {
    return e.extension().supportsDynamicScaling(version);
  }
}
