package io.github.vnetkit.planner.check;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What the checker needs to know beyond the estate itself: facts about the caller and the
 * subscriptions that no resource carries. Everything is optional; {@link #defaults()} knows
 * nothing, and the checker then reports what it could not verify as warnings rather than guessing.
 *
 * <ul>
 *   <li>{@link #callerPermissions()}: the RBAC actions the caller holds (SPEC NET-7, NET-3). When
 *       absent, permissions are not checked.
 *   <li>{@link #microsoftWebRegistered()} and {@link #microsoftWebNotRegistered()}: subscriptions
 *       known to have, or not to have, the {@code Microsoft.Web} resource provider registered (SPEC
 *       NET-8). A subscription that holds a plan or an app of the estate counts as registered:
 *       Azure registers the provider with the first web app.
 *   <li>{@link #appNeeds()}: what apps' workloads expect to do through the integration (SPEC
 *       TIER-4, TIER-5).
 * </ul>
 *
 * <pre>{@code
 * CheckContext context = CheckContext.builder()
 *     .callerPermissions(CallerPermissions.of("Microsoft.Network/virtualNetworks/*"))
 *     .addMicrosoftWebRegistered("00000000-0000-0000-0000-000000000002")
 *     .addAppNeeds(AppNeed.of(appId, WorkloadNeed.ICMP))
 *     .build();
 * EstateChecker checker = EstateChecker.create(context);
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if a subscription id is not a GUID or
 * is listed both as registered and as not registered.
 */
@Value.Immutable
public abstract class CheckContext {

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final CheckContext DEFAULTS = builder().build();

  CheckContext() {}

  /** A new builder; nothing known. */
  public static Builder builder() {
    return new Builder();
  }

  /** The context that knows nothing beyond the estate. */
  public static CheckContext defaults() {
    return DEFAULTS;
  }

  /** Builds a {@link CheckContext}. */
  public static final class Builder extends ImmutableCheckContext.Builder {
    Builder() {}
  }

  /** The RBAC actions the caller holds, if the caller supplied them (NET-7, NET-3). */
  public abstract Optional<CallerPermissions> callerPermissions();

  /** Subscriptions known to have {@code Microsoft.Web} registered (NET-8). */
  public abstract Set<String> microsoftWebRegistered();

  /** Subscriptions known not to have {@code Microsoft.Web} registered (NET-8). */
  public abstract Set<String> microsoftWebNotRegistered();

  /** What apps' workloads expect to do through the integration (TIER-4, TIER-5). */
  public abstract Set<AppNeed> appNeeds();

  /** What is known about {@code Microsoft.Web} in {@code subscriptionId}, from this context. */
  final Registration registration(String subscriptionId) {
    if (containsIgnoringCase(microsoftWebRegistered(), subscriptionId)) {
      return Registration.REGISTERED;
    }
    if (containsIgnoringCase(microsoftWebNotRegistered(), subscriptionId)) {
      return Registration.NOT_REGISTERED;
    }
    return Registration.UNKNOWN;
  }

  @Value.Check
  void check() {
    Set<String> registered = new HashSet<>();
    for (String sub : microsoftWebRegistered()) {
      checkGuid(sub);
      registered.add(sub.toLowerCase(Locale.ROOT));
    }
    for (String sub : microsoftWebNotRegistered()) {
      checkGuid(sub);
      checkArgument(
          !registered.contains(sub.toLowerCase(Locale.ROOT)),
          "subscription '%s' is listed both as registered and as not registered for"
              + " Microsoft.Web",
          sub);
    }
  }

  /** Checks that {@code sub} is a subscription id (a GUID). */
  static void checkGuid(String sub) {
    checkArgument(
        GUID.matcher(sub).matches(),
        "subscription id '%s' must be a GUID such as 00000000-0000-0000-0000-000000000000",
        sub);
  }

  private static boolean containsIgnoringCase(Set<String> set, String value) {
    return set.stream().anyMatch(s -> s.equalsIgnoreCase(value));
  }

  /** What is known about a resource provider registration. */
  enum Registration {
    REGISTERED,
    NOT_REGISTERED,
    UNKNOWN
  }
}
