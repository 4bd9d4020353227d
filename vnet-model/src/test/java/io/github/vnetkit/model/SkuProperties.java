package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every valid SKU name maps to exactly one tier, whatever its case. */
class SkuProperties {

  @Property
  void everyKnownSkuNameMapsToExactlyOneTier(@ForAll("knownSkus") Sku sku) {
    List<Sku> sameName =
        Sku.allKnown().stream().filter(s -> s.name().equalsIgnoreCase(sku.name())).toList();

    assertThat(sameName).containsExactly(sku);
    assertThat(Sku.parse(sku.name()).tier()).isEqualTo(sku.tier());
  }

  @Property
  void parseIgnoresCase(
      @ForAll("knownSkus") Sku sku, @ForAll @IntRange(min = 1, max = 3) int stride) {
    String upper = sku.name().toUpperCase(Locale.ROOT);
    String lower = sku.name().toLowerCase(Locale.ROOT);
    String mixed = CaseVariants.flipCase(sku.name(), stride);

    for (String variant : List.of(upper, lower, mixed)) {
      Sku parsed = Sku.parse(variant);
      assertThat(parsed).isEqualTo(sku);
      assertThat(parsed.name()).isEqualTo(sku.name());
      assertThat(parsed.tier()).isEqualTo(sku.tier());
      assertThat(parsed.size()).isEqualTo(sku.size());
      assertThat(parsed.compareTo(sku)).isZero();
    }
  }

  @Property
  void parseExactAcceptsOnlyThePlatformsSpelling(
      @ForAll("knownSkus") Sku sku, @ForAll @IntRange(min = 1, max = 3) int stride) {
    String mixed = CaseVariants.flipCase(sku.name(), stride);

    assertThat(Sku.parseExact(sku.name())).isEqualTo(sku);
    if (!mixed.equals(sku.name())) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Sku.parseExact(mixed))
          .withMessageContaining("sku '" + mixed + "'")
          .withMessageContaining("did you mean " + sku.name() + "?");
    }
  }

  @Property
  void unknownNamesAreRejectedAndQuoted(@ForAll("unknownNames") String name) {
    assertThat(Sku.tryParse(name)).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sku.parse(name))
        .withMessageContaining("sku '" + name + "'");
  }

  @Property
  void compareToIsConsistentWithEquals(@ForAll("knownSkus") Sku a, @ForAll("knownSkus") Sku b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  // ---- generators: plain jqwik primitives on purpose. vnet-testkit depends on vnet-model, so
  // vnet-model's own tests cannot use it (Maven forbids the cycle even in test scope). They also
  // probe more than the testkit's valid, readable values: any case, any text, invalid input. ----

  @Provide
  Arbitrary<Sku> knownSkus() {
    return Arbitraries.of(Sku.allKnown());
  }

  /** Short SKU-shaped strings that are not a known SKU in any case. */
  @Provide
  Arbitrary<String> unknownNames() {
    Arbitrary<String> shaped =
        Arbitraries.strings().withChars("EPFCWSDBYIVMvm0123456789").ofMinLength(1).ofMaxLength(6);
    return Arbitraries.oneOf(shaped, Arbitraries.strings().ofMaxLength(6))
        .filter(s -> Sku.allKnown().stream().noneMatch(k -> k.name().equalsIgnoreCase(s)));
  }
}
