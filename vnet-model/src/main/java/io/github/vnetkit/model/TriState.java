package io.github.vnetkit.model;

/**
 * A switch that may be on, off, or not set at all. "Not set" is not "off": the legacy precedence
 * rules take a switch's value from the most modern source that is <em>set</em> (SPEC LEG-1), so a
 * modern property explicitly set to {@code false} overrides a legacy {@code true}, while an unset
 * one does not.
 *
 * <pre>{@code
 * TriState.of(true);               // ON
 * TriState.UNSET.isSet();          // false
 * TriState.OFF.orElse(true);       // false
 * TriState.UNSET.orElse(true);     // true
 * }</pre>
 */
public enum TriState {
  /** Not set: the next source in precedence order decides. */
  UNSET,
  /** Explicitly on. */
  ON,
  /** Explicitly off. */
  OFF;

  /** {@link #ON} for {@code true}, {@link #OFF} for {@code false}. */
  public static TriState of(boolean value) {
    return value ? ON : OFF;
  }

  /** Whether this switch is set (on or off). */
  public boolean isSet() {
    return this != UNSET;
  }

  /** Whether this switch is explicitly on. */
  public boolean isOn() {
    return this == ON;
  }

  /** The switch's value, or {@code fallback} when it is not set. */
  public boolean orElse(boolean fallback) {
    return this == UNSET ? fallback : this == ON;
  }
}
