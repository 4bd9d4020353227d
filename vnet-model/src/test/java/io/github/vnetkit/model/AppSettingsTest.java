package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

  @Test
  @DisplayName("LEG-3: names and values are kept exactly as given (whitespace, case)")
  void leg3_keepsExactNamesAndValues() {
    AppSettings settings =
        AppSettings.builder()
            .put("WEBSITE_VNET_ROUTE_ALL", " 1 ")
            .put("website_pull_image_over_vnet", "True")
            .put(" WEBSITE_CONTENTOVERVNET", "1")
            .build();

    assertThat(settings.get("WEBSITE_VNET_ROUTE_ALL")).contains(" 1 ");
    assertThat(settings.get("website_pull_image_over_vnet")).contains("True");
    assertThat(settings.get(" WEBSITE_CONTENTOVERVNET")).contains("1");
    assertThat(settings.get("WEBSITE_CONTENTOVERVNET")).isEmpty();
    assertThat(settings.get("WEBSITE_PULL_IMAGE_OVER_VNET")).isEmpty();
    assertThat(settings.contains("website_vnet_route_all")).isFalse();
    assertThat(settings.size()).isEqualTo(3);
  }

  @Test
  void findIgnoringCaseReturnsTheNameAsWritten() {
    AppSettings settings = AppSettings.builder().put("website_vnet_route_all", "1").build();

    assertThat(settings.findIgnoringCase("WEBSITE_VNET_ROUTE_ALL"))
        .contains(Map.entry("website_vnet_route_all", "1"));
    assertThat(settings.findIgnoringCase("WEBSITE_DNS_SERVER")).isEmpty();
  }

  @Test
  @DisplayName("names that differ only in case are rejected, and both are named")
  void duplicateNamesDifferingInCaseAreRejected() {
    AppSettings.Builder builder = AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "1");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.put("website_vnet_route_all", "0"))
        .withMessageContaining("app setting 'website_vnet_route_all'")
        .withMessageContaining("duplicates 'WEBSITE_VNET_ROUTE_ALL'")
        .withMessageContaining("case-insensitive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.put("WEBSITE_VNET_ROUTE_ALL", "1"))
        .withMessageContaining("app setting 'WEBSITE_VNET_ROUTE_ALL'");
  }

  @Test
  void ofAndPutAllRejectCaseDuplicatesToo() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("A", "1");
    map.put("a", "2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppSettings.of(map))
        .withMessageContaining("duplicates");

    AppSettings upper = AppSettings.builder().put("KEY", "1").build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppSettings.builder().put("key", "2").putAll(upper))
        .withMessageContaining("app setting 'KEY' duplicates 'key'");
  }

  @Test
  void emptyNameAndNullValueAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AppSettings.builder().put("", "1"))
        .withMessageContaining("name must not be empty");
    assertThatNullPointerException()
        .isThrownBy(() -> AppSettings.builder().put("WEBSITE_DNS_SERVER", nullString()))
        .withMessageContaining("'WEBSITE_DNS_SERVER'");
  }

  @Test
  void emptyValuesAreKept() {
    AppSettings settings = AppSettings.builder().put("WEBSITE_DNS_SERVER", "").build();

    assertThat(settings.get("WEBSITE_DNS_SERVER")).contains("");
  }

  @Test
  void equalityIsIndependentOfInsertionOrder() {
    AppSettings ab = AppSettings.builder().put("b", "2").put("A", "1").build();
    AppSettings ba = AppSettings.builder().put("A", "1").put("b", "2").build();

    assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba).hasToString(ba.toString());
    assertThat(ab.asMap().keySet()).containsExactly("A", "b");
    assertThat(ab).isNotEqualTo(AppSettings.builder().put("a", "1").put("b", "2").build());
    assertThat(ab).isNotEqualTo(AppSettings.builder().put("A", "1 ").put("b", "2").build());
  }

  @Test
  void emptySettings() {
    assertThat(AppSettings.builder().build()).isSameAs(AppSettings.empty());
    assertThat(AppSettings.empty().isEmpty()).isTrue();
    assertThat(AppSettings.of(Map.of())).isEqualTo(AppSettings.empty());
  }

  @Test
  void withReplacesASettingOfTheSameNameIgnoringCase() {
    AppSettings settings =
        AppSettings.builder().put("website_vnet_route_all", "0").put("X", "y").build();
    AppSettings changed = settings.with("WEBSITE_VNET_ROUTE_ALL", "1");

    assertThat(changed.asMap())
        .containsExactly(Map.entry("WEBSITE_VNET_ROUTE_ALL", "1"), Map.entry("X", "y"));
    assertThat(settings.get("website_vnet_route_all")).contains("0");
  }

  @Test
  void withoutRemovesOnlyTheExactName() {
    AppSettings settings = AppSettings.builder().put("WEBSITE_DNS_SERVER", "10.0.0.4").build();

    assertThat(settings.without("website_dns_server")).isSameAs(settings);
    assertThat(settings.without("WEBSITE_DNS_SERVER")).isEqualTo(AppSettings.empty());
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }
}
