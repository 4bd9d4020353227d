package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** Validation of the names of ARM child resources (security rules, routes). */
final class ArmNames {

  private static final Pattern CHILD_NAME =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?");

  private ArmNames() {}

  /**
   * Checks a security rule or route name: 1 to 80 letters, digits, '_', '.' or '-', starting with a
   * letter or digit and ending with a letter, digit or '_'.
   *
   * @param what names the value in the message, such as {@code "security rule name"}
   * @throws IllegalArgumentException if the name is malformed
   */
  static String checkChildName(String name, String what) {
    requireNonNull(name, what);
    checkArgument(
        CHILD_NAME.matcher(name).matches(),
        "%s '%s' is not a valid name; expected 1 to 80 letters, digits, '_', '.' or '-', starting"
            + " with a letter or digit and ending with a letter, digit or '_'",
        what,
        name);
    return name;
  }
}
