package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How an app-setting value reads against its switch's enabling value (SPEC LEG-3).
 *
 * <pre>{@code
 * SettingValueKind.classify("1", "1");     // ENABLING
 * SettingValueKind.classify("1", "false"); // OFF
 * SettingValueKind.classify("1", " 1 ");   // NEAR_MISS_ON: on only in ValueMode.LENIENT
 * SettingValueKind.classify("true", "1");  // NEAR_MISS_ON
 * SettingValueKind.classify("1", "yes");   // UNRECOGNISED: off, and reported
 * }</pre>
 */
public enum SettingValueKind {
  /** Exactly the documented enabling value: on in every mode. */
  ENABLING,
  /** Exactly a recognised off value, {@code 0} or {@code false}: off in every mode. */
  OFF,
  /**
   * An on value that differs in case, whitespace, or {@code 1} versus {@code true}: on only in
   * {@link ValueMode#LENIENT}, and reported in both modes.
   */
  NEAR_MISS_ON,
  /** An off value that differs in case or whitespace: off, and reported. */
  NEAR_MISS_OFF,
  /** Anything else: off, and reported; never guessed. */
  UNRECOGNISED;

  /**
   * Classifies {@code value} for a setting whose enabling value is {@code enablingValue}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SettingValueKind classify(String enablingValue, String value) {
    requireNonNull(enablingValue, "enablingValue");
    requireNonNull(value, "value");
    if (value.equals(enablingValue)) {
      return ENABLING;
    }
    if (value.equals("0") || value.equals("false")) {
      return OFF;
    }
    String folded = value.strip().toLowerCase(Locale.ROOT);
    if (folded.equals(enablingValue) || folded.equals("1") || folded.equals("true")) {
      return NEAR_MISS_ON;
    }
    if (folded.equals("0") || folded.equals("false")) {
      return NEAR_MISS_OFF;
    }
    return UNRECOGNISED;
  }

  /**
   * Whether {@code mode} reads a value of this kind as a definite on or off: the exact values
   * always, near-misses only in {@link ValueMode#LENIENT}, unrecognised values never (LEG-3). A
   * migration converts only definite values and leaves the others for the user to fix.
   */
  public boolean isDefinite(ValueMode mode) {
    return switch (this) {
      case ENABLING, OFF -> true;
      case NEAR_MISS_ON, NEAR_MISS_OFF -> mode == ValueMode.LENIENT;
      case UNRECOGNISED -> false;
    };
  }

  /** Whether a value of this kind turns its switch on under {@code mode}. */
  public boolean isOn(ValueMode mode) {
    return this == ENABLING || (this == NEAR_MISS_ON && mode == ValueMode.LENIENT);
  }
}
