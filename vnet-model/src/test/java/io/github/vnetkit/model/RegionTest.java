package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

  @Test
  @DisplayName("NET-1: \"West Europe\" equals \"westeurope\"")
  void net1_displayNameEqualsLocationName() {
    Region display = Region.of("West Europe");
    Region location = Region.of("westeurope");

    assertThat(display).isEqualTo(location).hasSameHashCodeAs(location);
    assertThat(display.compareTo(location)).isZero();
    assertThat(display.name()).isEqualTo("westeurope");
    assertThat(display).hasToString("westeurope");
    assertThat(Region.of("WestEurope")).isEqualTo(display);
    assertThat(Region.of(" West  Europe ")).isEqualTo(display);
    assertThat(Region.of("East US 2")).isEqualTo(Region.of("eastus2"));
  }

  @Test
  void differentRegionsAreDifferentAndSorted() {
    assertThat(Region.of("North Europe")).isNotEqualTo(Region.of("West Europe"));
    assertThat(new TreeSet<>(List.of(Region.of("West Europe"), Region.of("East US"))))
        .extracting(Region::name)
        .containsExactly("eastus", "westeurope");
  }

  @Test
  void normaliseRemovesSpacesAndLowersCase() {
    assertThat(Region.normalise("West Europe")).isEqualTo("westeurope");
    assertThat(Region.normalise("westeurope")).isEqualTo("westeurope");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "west-europe", "westeurope!", "West\tEurope", "westeurope\n"})
  void invalidNamesAreRejectedAndQuoted(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Region.of(name))
        .withMessageContaining("region '" + name + "'");
  }
}
