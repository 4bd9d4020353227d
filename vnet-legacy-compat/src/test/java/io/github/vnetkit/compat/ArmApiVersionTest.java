package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** LEG-5: API versions and the routing schema each carries. */
class ArmApiVersionTest {

  @ParameterizedTest(name = "LEG-5: {0} carries {1}")
  @CsvSource({
    "2022-03-01, VNET_ENABLED_FLAGS, false",
    "2024-04-01, VNET_ENABLED_FLAGS, false",
    "2024-11-01, VNET_ENABLED_FLAGS, false",
    "2024-11-02, VNET_ENABLED_FLAGS, true",
    "2025-02-28, VNET_ENABLED_FLAGS, true",
    "2025-03-01, OUTBOUND_VNET_ROUTING, false",
    "2025-03-01-preview, OUTBOUND_VNET_ROUTING, false",
    "2026-01-01, OUTBOUND_VNET_ROUTING, false",
  })
  void leg5_routingSchemaByVersion(String text, RoutingSchema schema, boolean between) {
    ArmApiVersion version = ArmApiVersion.parse(text);
    assertThat(version.routingSchema()).isEqualTo(schema);
    assertThat(version.isBetweenRoutingSchemas()).isEqualTo(between);
    assertThat(version.toString()).isEqualTo(text);
    assertThat(ArmApiVersion.tryParse(text)).contains(version);
  }

  @Test
  @DisplayName("LEG-5: the two documented boundary versions")
  void leg5_boundaries() {
    assertThat(ArmApiVersion.LAST_WITH_VNET_ENABLED_FLAGS)
        .hasToString("2024-11-01")
        .isEqualTo(ArmApiVersion.of(LocalDate.of(2024, 11, 1)));
    assertThat(ArmApiVersion.FIRST_WITH_OUTBOUND_VNET_ROUTING).hasToString("2025-03-01");
  }

  @Test
  void parsesSuffixAndOrdersPreReleaseFirst() {
    ArmApiVersion preview = ArmApiVersion.parse("2023-12-01-preview");
    assertThat(preview.isPreview()).isTrue();
    assertThat(preview.suffix()).contains("preview");
    assertThat(preview.date()).isEqualTo(LocalDate.of(2023, 12, 1));
    List<ArmApiVersion> versions =
        new ArrayList<>(
            List.of(
                ArmApiVersion.parse("2024-11-01"),
                ArmApiVersion.parse("2023-12-01"),
                preview,
                ArmApiVersion.parse("2022-03-01")));
    versions.sort(null);
    assertThat(versions)
        .extracting(ArmApiVersion::toString)
        .containsExactly("2022-03-01", "2023-12-01-preview", "2023-12-01", "2024-11-01");
    assertThat(preview).isNotEqualTo(ArmApiVersion.parse("2023-12-01"));
    assertThat(preview.hashCode()).isEqualTo(ArmApiVersion.parse("2023-12-01-preview").hashCode());
  }

  @ParameterizedTest(name = "rejects ''{0}''")
  @ValueSource(
      strings = {"", "latest", "2024-1-01", "24-11-01", "2024/11/01", "2024-11-01-", "2024-11-01 "})
  void rejectsBadShapes(String text) {
    assertThatThrownBy(() -> ArmApiVersion.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("yyyy-MM-dd");
    assertThat(ArmApiVersion.tryParse(text)).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsImpossibleDates() {
    assertThatThrownBy(() -> ArmApiVersion.parse("2024-02-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2024-02-30'")
        .hasMessageContaining("not a valid date");
    assertThatThrownBy(() -> ArmApiVersion.parse("2024-13-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2024-13-01'");
    assertThatThrownBy(() -> ArmApiVersion.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }
}
