package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** FN-2 versions compare numerically, not as strings. */
class ExtensionVersionTest {

  private static ExtensionVersion v(String text) {
    return ExtensionVersion.parse(text);
  }

  @Test
  @DisplayName("FN-2: 3.0.10 is later than 3.0.9, though '3.0.10' < '3.0.9' as strings")
  void fn2_numericNotLexicographic() {
    assertThat("3.0.10".compareTo("3.0.9")).isNegative();
    assertThat(v("3.0.10")).isGreaterThan(v("3.0.9"));
    assertThat(v("10.0.0")).isGreaterThan(v("2.0.0"));
    assertThat(v("4.10")).isGreaterThan(v("4.9.9"));
  }

  @Test
  void missingComponentsAreZeroAndLeadingZerosDoNotCount() {
    assertThat(v("3.2")).isEqualByComparingTo(v("3.2.0"));
    assertThat(v("3.2")).isEqualTo(v("3.2.0.0")).hasSameHashCodeAs(v("3.2.0.0"));
    assertThat(v("3.02.0")).isEqualTo(v("3.2.0"));
  }

  @Test
  void preReleaseComesBeforeItsRelease() {
    assertThat(v("2.0.0-rc1")).isLessThan(v("2.0.0"));
    assertThat(v("2.0.0-rc1")).isGreaterThan(v("1.9.9"));
    assertThat(v("2.0.0+build5")).isEqualByComparingTo(v("2.0.0"));
  }

  @Test
  void hugeComponentsDoNotOverflow() {
    assertThat(v("99999999999999999999.0")).isGreaterThan(v("9999999999999999999.0"));
  }

  @Test
  void nonNumericIsRejectedNamingIt() {
    assertThatThrownBy(() -> v("v3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'v3'")
        .hasMessageContaining("must be numeric, such as 3.0.10");
  }

  @Test
  void isValidIsWhatParseAccepts() {
    for (String good : new String[] {"3", "3.0.10", "4.1.0-beta1", "2.0.0+build.5", "1.0-rc.1+x"}) {
      assertThat(ExtensionVersion.isValid(good)).as(good).isTrue();
      assertThat(v(good)).hasToString(good);
    }
    for (String bad : new String[] {"", "v3", "3.", "3..0", "3.0.10-", "3.0 beta", "3.0-b_1"}) {
      assertThat(ExtensionVersion.isValid(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> v(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Property
  void ordersLikeTheNumbers(
      @ForAll @IntRange(max = 5000) int a1,
      @ForAll @IntRange(max = 5000) int a2,
      @ForAll @IntRange(max = 5000) int b1,
      @ForAll @IntRange(max = 5000) int b2) {
    int expected = a1 != b1 ? Integer.compare(a1, b1) : Integer.compare(a2, b2);
    assertThat(Integer.signum(v(a1 + "." + a2).compareTo(v(b1 + "." + b2)))).isEqualTo(expected);
  }
}
