package io.github.vnetkit.compat.gateway;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * How long an app is expected to lose VNet connectivity during a migration (SPEC GW-3): the
 * migration is a disconnect then connect, and the app loses connectivity for typically 2-5 minutes,
 * possibly longer. A blue-green migration moves traffic to an app that is already integrated, so
 * the serving app loses none.
 *
 * <pre>{@code
 * ConnectivityLoss loss = plan.connectivityLoss();
 * loss.typicalMaximum(); // PT5M
 * loss.mayTakeLonger();  // true
 * System.out.println(loss); // 2-5 minutes, possibly longer, for production app 'shop' (GW-3)
 * }</pre>
 */
@Value.Immutable
public abstract class ConnectivityLoss {

  /** The typical shortest loss of a disconnect/connect: 2 minutes (GW-3). */
  public static final Duration TYPICAL_MINIMUM = Duration.ofMinutes(2);

  /** The typical longest loss of a disconnect/connect: 5 minutes (GW-3). */
  public static final Duration TYPICAL_MAXIMUM = Duration.ofMinutes(5);

  ConnectivityLoss() {}

  /**
   * The loss of a disconnect then connect on {@code affected}: 2-5 minutes, possibly longer.
   *
   * @throws NullPointerException if {@code affected} is null
   */
  public static ConnectivityLoss disconnectConnect(String affected) {
    return ImmutableConnectivityLoss.builder()
        .typicalMinimum(TYPICAL_MINIMUM)
        .typicalMaximum(TYPICAL_MAXIMUM)
        .mayTakeLonger(true)
        .affected(affected)
        .build();
  }

  /**
   * No loss on the serving app, for the reason {@code why}.
   *
   * @throws NullPointerException if {@code why} is null
   */
  public static ConnectivityLoss none(String why) {
    return ImmutableConnectivityLoss.builder()
        .typicalMinimum(Duration.ZERO)
        .typicalMaximum(Duration.ZERO)
        .mayTakeLonger(false)
        .affected(why)
        .build();
  }

  /** The typical shortest loss. */
  public abstract Duration typicalMinimum();

  /** The typical longest loss. */
  public abstract Duration typicalMaximum();

  /** Whether the loss can last longer than {@link #typicalMaximum()} (GW-3: "possibly longer"). */
  public abstract boolean mayTakeLonger();

  /** Who loses connectivity, or why nobody does. */
  public abstract String affected();

  /** The rule the estimate comes from. */
  public final List<String> ruleIds() {
    return List.of("GW-3");
  }

  /** Whether no loss is expected on the serving app. */
  public final boolean isNone() {
    return typicalMaximum().isZero();
  }

  @Value.Check
  void check() {
    checkArgument(
        !typicalMinimum().isNegative() && typicalMinimum().compareTo(typicalMaximum()) <= 0,
        "typicalMinimum (%s) must be between 0 and typicalMaximum (%s)",
        typicalMinimum(),
        typicalMaximum());
  }

  @Override
  public String toString() {
    if (isNone()) {
      return "none expected: " + affected() + " (GW-3, GW-4)";
    }
    return typicalMinimum().toMinutes()
        + "-"
        + typicalMaximum().toMinutes()
        + " minutes"
        + (mayTakeLonger() ? ", possibly longer" : "")
        + ", for "
        + affected()
        + " (GW-3)";
  }
}
