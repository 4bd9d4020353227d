package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Region normalisation is idempotent and ignores case and spaces (SPEC NET-1). */
class RegionProperties {

  @Property
  void normaliseIsIdempotent(@ForAll("anyText") String text) {
    String once = Region.normalise(text);

    assertThat(Region.normalise(once)).isEqualTo(once);
  }

  @Property
  void regionOfANormalisedNameIsTheSameRegion(@ForAll("displayNames") String name) {
    Region region = Region.of(name);

    assertThat(region.name()).isEqualTo(Region.normalise(name));
    assertThat(Region.of(region.name())).isEqualTo(region);
    assertThat(Region.of(Region.normalise(name))).isEqualTo(region);
  }

  @Property
  void caseAndSpacesDoNotMatter(
      @ForAll("displayNames") String name, @ForAll @IntRange(min = 1, max = 4) int stride) {
    Region region = Region.of(name);

    for (String variant :
        List.of(
            name.toUpperCase(Locale.ROOT),
            name.toLowerCase(Locale.ROOT),
            " " + name.replace(" ", "  ") + " ",
            name.replace(" ", ""),
            spaced(name, stride))) {
      Region other = Region.of(variant);
      assertThat(other).isEqualTo(region);
      assertThat(other.hashCode()).isEqualTo(region.hashCode());
      assertThat(other.compareTo(region)).isZero();
    }
  }

  // ---- generators: plain jqwik primitives on purpose. vnet-testkit depends on vnet-model, so
  // vnet-model's own tests cannot use it (Maven forbids the cycle even in test scope). They also
  // probe more than the testkit's valid, readable values: any case, any text, invalid input. ----

  /** Display names such as "West Europe 2": one to three capitalised words. */
  @Provide
  Arbitrary<String> displayNames() {
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
  }

  /** Any printable ASCII text, including characters that {@link Region#of} would reject. */
  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().ascii().ofMaxLength(20);
  }

  private static String spaced(String name, int stride) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      sb.append(name.charAt(i));
      if (i % stride == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
