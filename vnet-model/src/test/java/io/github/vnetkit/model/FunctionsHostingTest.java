package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The FN-1 feature matrix, row by row as SPEC section 10 prints it. */
class FunctionsHostingTest {

  @ParameterizedTest(name = "FN-1 row {0}")
  @CsvSource({
    "INBOUND_IP_RESTRICTIONS,  yes, yes, yes, yes, yes",
    "VNET_INTEGRATION,         no,  yes, yes, yes, yes",
    "VNET_TRIGGERS,            no,  yes, yes, yes, yes",
    "HYBRID_CONNECTIONS,       no,  yes, yes, yes, yes",
    "OUTBOUND_IP_RESTRICTIONS, no,  yes, yes, yes, yes"
  })
  @DisplayName("FN-1: feature matrix (Consumption, Premium, Dedicated, ASE, Kubernetes)")
  void fn1_featureMatrix(
      FunctionsFeature feature,
      String consumption,
      String premium,
      String dedicated,
      String ase,
      String kubernetes) {
    assertThat(FunctionsHosting.CONSUMPTION.supports(feature)).isEqualTo(yes(consumption));
    assertThat(FunctionsHosting.PREMIUM.supports(feature)).isEqualTo(yes(premium));
    assertThat(FunctionsHosting.DEDICATED.supports(feature)).isEqualTo(yes(dedicated));
    assertThat(FunctionsHosting.APP_SERVICE_ENVIRONMENT.supports(feature)).isEqualTo(yes(ase));
    assertThat(FunctionsHosting.KUBERNETES.supports(feature)).isEqualTo(yes(kubernetes));
  }

  @Test
  @DisplayName("FN-1: the matrix has five hosting options and five features")
  void fn1_shape() {
    assertThat(FunctionsHosting.values()).hasSize(5);
    assertThat(FunctionsFeature.values()).hasSize(5);
  }

  @Test
  @DisplayName("FN-1: VNet integration is regional on Premium, regional and gateway on Dedicated")
  void fn1_vnetIntegrationNotes() {
    assertThat(FunctionsHosting.PREMIUM.vnetIntegrationNote()).isEqualTo("regional");
    assertThat(FunctionsHosting.DEDICATED.vnetIntegrationNote())
        .contains("regional")
        .contains("gateway");
    assertThat(FunctionsHosting.CONSUMPTION.vnetIntegrationNote()).contains("not supported");
  }

  @Test
  void featuresAreListedInDeclarationOrder() {
    assertThat(FunctionsHosting.CONSUMPTION.features())
        .containsExactly(FunctionsFeature.INBOUND_IP_RESTRICTIONS);
    assertThat(FunctionsHosting.PREMIUM.features())
        .containsExactlyElementsOf(EnumSet.allOf(FunctionsFeature.class));
  }

  private static boolean yes(String cell) {
    return switch (cell) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException("cell '" + cell + "' must be yes or no");
    };
  }
}
