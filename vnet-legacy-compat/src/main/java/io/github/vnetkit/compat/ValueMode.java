package io.github.vnetkit.compat;

/**
 * How app-setting values are read (SPEC LEG-3). The caller chooses; {@link #STRICT} is the default
 * everywhere.
 *
 * <pre>{@code
 * SwitchResolver.of(ValueMode.LENIENT).resolve(app);
 * }</pre>
 */
public enum ValueMode {
  /**
   * Only the documented enabling value ({@code 1} or {@code true}, exactly) turns a setting on;
   * {@code 0} and {@code false} are recognised as off; anything else is off and reported.
   */
  STRICT,
  /**
   * Near-misses are accepted and reported: case and surrounding whitespace are ignored, and {@code
   * 1} and {@code true} both mean on ({@code 0} and {@code false} both off).
   */
  LENIENT
}
