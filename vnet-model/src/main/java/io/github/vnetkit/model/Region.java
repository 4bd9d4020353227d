package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Azure region, normalised the way ARM normalises location names: lower case, without spaces.
 * {@code Region.of("West Europe")} equals {@code Region.of("westeurope")} (SPEC NET-1).
 *
 * <pre>{@code
 * Region.of("West Europe").name();                          // "westeurope"
 * Region.of("West Europe").equals(Region.of("WestEurope")); // true
 * }</pre>
 */
public final class Region implements Comparable<Region> {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9 ]+");

  private final String name;

  private Region(String name) {
    this.name = name;
  }

  /**
   * Returns the region for a display name ({@code "West Europe"}) or a location name ({@code
   * "westeurope"}).
   *
   * @throws IllegalArgumentException if {@code name} is blank or has characters other than letters,
   *     digits and spaces
   */
  public static Region of(String name) {
    requireNonNull(name, "name");
    checkArgument(
        VALID.matcher(name).matches() && !name.isBlank(),
        "region '%s' is not a valid region name; expected letters, digits and spaces, such as"
            + " 'West Europe' or 'westeurope'",
        name);
    return new Region(normalise(name));
  }

  /**
   * Returns the normalised form of a region name: {@code "West Europe"} to {@code "westeurope"}.
   */
  public static String normalise(String name) {
    return requireNonNull(name, "name").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /** The normalised location name, such as {@code westeurope}. */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Region other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Region other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The normalised location name. */
  @Override
  public String toString() {
    return name;
  }
}
