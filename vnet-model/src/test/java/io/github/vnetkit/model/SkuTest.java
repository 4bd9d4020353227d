package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

  @ParameterizedTest(name = "{0} is {1} ({2})")
  @CsvSource({
    "F1, FREE, 1",
    "D1, SHARED, 1",
    "B1, BASIC, 1",
    "B3, BASIC, 3",
    "S1, STANDARD, 1",
    "S3, STANDARD, 3",
    "P1, PREMIUM, 1",
    "P3, PREMIUM, 3",
    "P1v2, PREMIUM_V2, 1",
    "P3v2, PREMIUM_V2, 3",
    "P0v3, PREMIUM_V3, 0",
    "P3v3, PREMIUM_V3, 3",
    "P1mv3, PREMIUM_MV3, 1",
    "P5mv3, PREMIUM_MV3, 5",
    "P0v4, PREMIUM_V4, 0",
    "P3v4, PREMIUM_V4, 3",
    "P1mv4, PREMIUM_MV4, 1",
    "P5mv4, PREMIUM_MV4, 5",
    "EP1, ELASTIC_PREMIUM, 1",
    "EP3, ELASTIC_PREMIUM, 3",
    "Y1, DYNAMIC, 1",
    "FC1, FLEX_CONSUMPTION, 1",
    "I1, ISOLATED, 1",
    "I3, ISOLATED, 3",
    "I1v2, ISOLATED_V2, 1",
    "I6v2, ISOLATED_V2, 6",
    "I1mv2, ISOLATED_MV2, 1",
    "I5mv2, ISOLATED_MV2, 5",
    "WS1, WORKFLOW_STANDARD, 1",
    "WS3, WORKFLOW_STANDARD, 3"
  })
  void parsesThePlatformsSkuNamesIntoTheirTier(String name, PricingTier tier, int size) {
    Sku sku = Sku.parse(name);

    assertThat(sku.name()).isEqualTo(name);
    assertThat(sku.tier()).isEqualTo(tier);
    assertThat(sku.size()).isEqualTo(size);
    assertThat(sku).hasToString(name);
    assertThat(Sku.parseExact(name)).isEqualTo(sku);
  }

  @Test
  void parseIgnoresCaseAndReturnsThePlatformsSpelling() {
    Sku sku = Sku.parse("p1MV3");

    assertThat(sku.name()).isEqualTo("P1mv3");
    assertThat(sku.tier()).isEqualTo(PricingTier.PREMIUM_MV3);
    assertThat(sku).isEqualTo(Sku.parse("P1mv3")).hasSameHashCodeAs(Sku.parse("P1mv3"));
    assertThat(Sku.parse("ep2")).hasToString("EP2");
    assertThat(Sku.tryParse("i2V2")).contains(Sku.parse("I2v2"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "B0", "B4", "S0", "S4", "P0", "P4", "P0v2", "P4v2", "P4v3", "P0mv3", "P6mv3", "P4v4",
        "P6mv4", "EP0", "EP4", "Y0", "Y2", "FC2", "I0", "I4", "I7v2", "I6mv2", "WS0", "WS4",
        "F2", "D2", "P1v5", "P1 v3", " P1v3", "P1v3 ", "P10", "Premium", "", "\u017F1", "\u01311"
      })
  @DisplayName("an unknown SKU is rejected and the message quotes it and lists the families")
  void unknownSkuIsRejected(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sku.parse(name))
        .withMessageContaining("sku '" + name + "' is not a known App Service SKU")
        .withMessageContaining(Sku.knownFamilies());
    assertThat(Sku.tryParse(name)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"p1v3, P1v3", "P1V3, P1v3", "ep1, EP1", "Ws2, WS2", "i1MV2, I1mv2", "y1, Y1"})
  @DisplayName("parseExact rejects a known SKU in the wrong case and suggests the spelling")
  void parseExactRejectsWrongCase(String name, String suggestion) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sku.parseExact(name))
        .withMessageContaining("sku '" + name + "'")
        .withMessageContaining("did you mean " + suggestion + "?");
  }

  @Test
  void parseExactRejectsUnknownSkusToo() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sku.parseExact("Z9"))
        .withMessageContaining("sku 'Z9' is not a known App Service SKU");
  }

  @Test
  void knownFamiliesListsEveryFamilyOnce() {
    assertThat(Sku.knownFamilies())
        .isEqualTo(
            "F1, D1, B1..B3, S1..S3, P1..P3, P1v2..P3v2, P0v3..P3v3, P1mv3..P5mv3, P0v4..P3v4,"
                + " P1mv4..P5mv4, EP1..EP3, WS1..WS3, Y1, FC1, I1..I3, I1v2..I6v2, I1mv2..I5mv2");
  }

  @Test
  void allKnownCoversEveryTierAndIsOrderedByTierThenSize() {
    List<Sku> all = Sku.allKnown();
    Set<PricingTier> tiers =
        all.stream()
            .map(Sku::tier)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PricingTier.class)));

    assertThat(tiers).containsExactlyInAnyOrder(PricingTier.values());
    // the sum of the family ranges above: 1+1+3+3+3+3+4+5+4+5+3+3+1+1+3+6+5
    assertThat(all).hasSize(54).doesNotHaveDuplicates();
    List<Sku> shuffled = new ArrayList<>(all);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(all);
  }
}
