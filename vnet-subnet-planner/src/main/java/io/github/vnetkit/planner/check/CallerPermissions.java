package io.github.vnetkit.planner.check;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The Azure RBAC actions the caller holds on the integration subnets, as the caller supplies them
 * (the effective {@code actions} of its role assignments). Actions compare ignoring case, and a
 * {@code *} matches any run of characters, as in role definitions: {@code Microsoft.Network/*}
 * allows {@code Microsoft.Network/virtualNetworks/subnets/join/action}.
 *
 * <p>The checker uses them for SPEC NET-7 (read the VNet and the subnet, join the subnet) and NET-3
 * (write the subnet, so that integration can delegate it).
 *
 * <pre>{@code
 * CallerPermissions perms = CallerPermissions.of(
 *     "Microsoft.Network/virtualNetworks/read",
 *     "Microsoft.Network/virtualNetworks/subnets/*");
 * perms.allows(CallerPermissions.JOIN_SUBNET);   // true
 * perms.allows(CallerPermissions.WRITE_SUBNET);  // true
 * }</pre>
 */
@Value.Immutable
public abstract class CallerPermissions {

  /** {@code Microsoft.Network/virtualNetworks/read} (NET-7). */
  public static final String READ_VIRTUAL_NETWORK = "Microsoft.Network/virtualNetworks/read";

  /** {@code Microsoft.Network/virtualNetworks/subnets/read} (NET-7). */
  public static final String READ_SUBNET = "Microsoft.Network/virtualNetworks/subnets/read";

  /** {@code Microsoft.Network/virtualNetworks/subnets/join/action} (NET-7). */
  public static final String JOIN_SUBNET = "Microsoft.Network/virtualNetworks/subnets/join/action";

  /** {@code Microsoft.Network/virtualNetworks/subnets/write}: delegate a subnet (NET-3). */
  public static final String WRITE_SUBNET = "Microsoft.Network/virtualNetworks/subnets/write";

  /** The three actions integration needs on the subnet (NET-7), in SPEC order. */
  public static final ImmutableList<String> INTEGRATION_ACTIONS =
      ImmutableList.of(READ_VIRTUAL_NETWORK, READ_SUBNET, JOIN_SUBNET);

  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9.*/_-]+");

  CallerPermissions() {}

  /**
   * The caller holds exactly these actions (wildcards allowed).
   *
   * @throws IllegalArgumentException if an action is blank or has characters other than letters,
   *     digits, {@code . / _ - *}
   */
  public static CallerPermissions of(String... actions) {
    return ImmutableCallerPermissions.builder().addActions(actions).build();
  }

  /**
   * The caller holds exactly these actions (wildcards allowed).
   *
   * @throws IllegalArgumentException if an action is malformed, as for {@link #of(String...)}
   */
  public static CallerPermissions of(Iterable<String> actions) {
    return ImmutableCallerPermissions.builder().addAllActions(actions).build();
  }

  /** The actions as given, such as {@code Microsoft.Network/virtualNetworks/subnets/*}. */
  public abstract Set<String> actions();

  /**
   * Whether one of {@link #actions()} matches {@code action} (ignoring case, {@code *} wildcard).
   */
  public final boolean allows(String action) {
    String wanted = action.toLowerCase(Locale.ROOT);
    return actions().stream().anyMatch(held -> matches(held.toLowerCase(Locale.ROOT), wanted));
  }

  /** The actions of {@link #INTEGRATION_ACTIONS} that the caller does not hold, in SPEC order. */
  public final ImmutableList<String> missingIntegrationActions() {
    return INTEGRATION_ACTIONS.stream()
        .filter(a -> !allows(a))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    for (String action : actions()) {
      checkArgument(
          ACTION.matcher(action).matches(),
          "action '%s' must be an RBAC action such as Microsoft.Network/virtualNetworks/read"
              + " (letters, digits, '.', '/', '_', '-', and '*' as a wildcard)",
          action);
    }
  }

  @Override
  public String toString() {
    return "CallerPermissions" + actions();
  }

  /** Glob match with {@code *} only, iterative (no regex built from user input). */
  private static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int mark = 0;
    while (t < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
