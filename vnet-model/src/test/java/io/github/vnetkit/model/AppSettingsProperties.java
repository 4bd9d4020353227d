package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** App settings keep exactly what they are given, whatever the insertion order. */
class AppSettingsProperties {

  @Property
  void insertionOrderDoesNotMatter(
      @ForAll("settings") List<Map.Entry<String, String>> entries, @ForAll long seed) {
    List<Map.Entry<String, String>> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(seed));

    AppSettings a = build(entries);
    AppSettings b = build(shuffled);

    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a).hasToString(a.toString());
    assertThat(b.asMap()).containsExactlyEntriesOf(a.asMap());
  }

  @Property
  void namesAndValuesAreKeptExactly(@ForAll("settings") List<Map.Entry<String, String>> entries) {
    AppSettings settings = build(entries);

    assertThat(settings.size()).isEqualTo(entries.size());
    for (Map.Entry<String, String> e : entries) {
      assertThat(settings.get(e.getKey())).contains(e.getValue());
      assertThat(settings.findIgnoringCase(e.getKey().toUpperCase(Locale.ROOT))).contains(e);
    }
  }

  @Property
  void aNameThatDiffersOnlyInCaseIsRejected(
      @ForAll("settings") @Size(min = 1) List<Map.Entry<String, String>> entries) {
    AppSettings.Builder builder = AppSettings.builder();
    entries.forEach(e -> builder.put(e.getKey(), e.getValue()));
    String first = entries.get(0).getKey();
    String clash =
        first.equals(first.toLowerCase(Locale.ROOT))
            ? first.toUpperCase(Locale.ROOT)
            : first.toLowerCase(Locale.ROOT);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.put(clash, "x"))
        .withMessageContaining("app setting '" + clash + "'");
  }

  private static AppSettings build(List<Map.Entry<String, String>> entries) {
    AppSettings.Builder builder = AppSettings.builder();
    entries.forEach(e -> builder.put(e.getKey(), e.getValue()));
    return builder.build();
  }

  // ---- generators: plain jqwik primitives on purpose. vnet-testkit depends on vnet-model, so
  // vnet-model's own tests cannot use it (Maven forbids the cycle even in test scope). They also
  // probe more than the testkit's valid, readable values: any case, any text, invalid input. ----

  /** Settings whose names are unique ignoring case; names and values may hold spaces. */
  @Provide
  Arbitrary<List<Map.Entry<String, String>>> settings() {
    Arbitrary<String> names =
        Arbitraries.strings().alpha().numeric().withChars("_ ").ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> values = Arbitraries.strings().ascii().ofMaxLength(10);
    return Combinators.combine(names, values)
        .as(Map::entry)
        .list()
        .ofMaxSize(6)
        .uniqueElements(e -> e.getKey().toLowerCase(Locale.ROOT));
  }
}
