package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one severity scale that the checker, compat and routing share: its order is their order. */
class SeverityTest {

  @Test
  @DisplayName("Declared most serious first: ERROR, WARNING, INFO")
  void declarationOrderIsMostSeriousFirst() {
    assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  @Test
  @DisplayName("Natural order sorts most serious first, whatever the input order")
  void naturalOrderSortsMostSeriousFirst() {
    List<Severity> shuffled =
        new ArrayList<>(
            List.of(
                Severity.INFO, Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.ERROR));
    Collections.sort(shuffled);
    assertThat(shuffled)
        .containsExactly(
            Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.INFO);
  }

  @Test
  @DisplayName("isAtLeast: ERROR is at least every severity, INFO only itself")
  void isAtLeastFollowsSeriousness() {
    assertThat(Severity.ERROR.isAtLeast(Severity.ERROR)).isTrue();
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.ERROR.isAtLeast(Severity.INFO)).isTrue();

    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.INFO)).isTrue();

    assertThat(Severity.INFO.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.INFO.isAtLeast(Severity.INFO)).isTrue();
  }

  @Test
  @DisplayName("isAtLeast agrees with the natural order for every pair")
  void isAtLeastAgreesWithNaturalOrder() {
    for (Severity a : Severity.values()) {
      for (Severity b : Severity.values()) {
        assertThat(a.isAtLeast(b)).as("%s.isAtLeast(%s)", a, b).isEqualTo(a.compareTo(b) <= 0);
      }
    }
  }

  @Test
  @DisplayName("Printed names are the constant names (what findings' toString() print)")
  void namesAreStable() {
    assertThat(Severity.ERROR).hasToString("ERROR");
    assertThat(Severity.WARNING).hasToString("WARNING");
    assertThat(Severity.INFO).hasToString("INFO");
    assertThat(Severity.valueOf("WARNING")).isSameAs(Severity.WARNING);
  }
}
