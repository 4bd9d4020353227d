package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A NuGet-style version of a Functions trigger extension (SPEC FN-2), compared numerically,
 * component by component: {@code 3.0.10} is later than {@code 3.0.9} (a string comparison says
 * otherwise), {@code 3.2} equals {@code 3.2.0}, and a pre-release ({@code 4.1.0-beta1}) comes
 * before its release. Pre-releases of one version are equal to each other, and {@code +metadata} is
 * ignored: only "is it before the minimum?" matters here. Components of any length compare without
 * overflow. Immutable.
 *
 * <p>The one grammar of extension versions: {@link FunctionsSettings} accepts the versions that
 * {@link #isValid} accepts, and {@link FunctionsScalingExtension#supportsDynamicScaling} compares
 * them.
 */
@Immutable
final class ExtensionVersion implements Comparable<ExtensionVersion> {

  private static final Pattern VERSION =
      Pattern.compile("(\\d+(?:\\.\\d+)*)([-+][0-9A-Za-z.+-]+)?");

  private final ImmutableList<String> components;
  private final boolean preRelease;
  private final String text;

  private ExtensionVersion(ImmutableList<String> components, boolean preRelease, String text) {
    this.components = components;
    this.preRelease = preRelease;
    this.text = text;
  }

  /**
   * Whether {@code text} is a version {@link #parse} accepts: dot-separated numbers, optionally
   * followed by a {@code -pre-release} or {@code +metadata} suffix of letters, digits, dots, plus
   * and minus signs.
   */
  static boolean isValid(String text) {
    return VERSION.matcher(text).matches();
  }

  /**
   * Parses {@code 3.0.10} or {@code 4.1.0-beta1} ({@code +metadata} is ignored).
   *
   * @throws IllegalArgumentException if {@code text} is not dot-separated numbers with an optional
   *     suffix (see {@link #isValid})
   */
  static ExtensionVersion parse(String text) {
    Matcher m = VERSION.matcher(text);
    checkArgument(m.matches(), "version '%s' must be numeric, such as 3.0.10 or 4.1.0-beta1", text);
    ImmutableList.Builder<String> parts = ImmutableList.builder();
    for (String part : m.group(1).split("\\.", -1)) {
      String stripped = part.replaceFirst("^0+(?=\\d)", "");
      parts.add(stripped);
    }
    String suffix = m.group(2);
    return new ExtensionVersion(parts.build(), suffix != null && suffix.startsWith("-"), text);
  }

  @Override
  public int compareTo(ExtensionVersion other) {
    int n = Math.max(components.size(), other.components.size());
    for (int i = 0; i < n; i++) {
      int c = compareNumbers(component(components, i), component(other.components, i));
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(other.preRelease, preRelease);
  }

  boolean isBefore(ExtensionVersion other) {
    return compareTo(other) < 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ExtensionVersion other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    List<String> trimmed = components;
    int end = trimmed.size();
    while (end > 1 && trimmed.get(end - 1).equals("0")) {
      end--;
    }
    return 31 * trimmed.subList(0, end).hashCode() + Boolean.hashCode(preRelease);
  }

  /** The version as given. */
  @Override
  public String toString() {
    return text;
  }

  private static String component(List<String> parts, int i) {
    return i < parts.size() ? parts.get(i) : "0";
  }

  /** Compares two digit strings without leading zeros as numbers. */
  private static int compareNumbers(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }
}
