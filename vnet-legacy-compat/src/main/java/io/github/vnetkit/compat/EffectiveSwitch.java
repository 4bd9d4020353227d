package io.github.vnetkit.compat;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value in effect for one routing switch, and its provenance: the source that decided it and
 * the sources that were set but overridden (SPEC LEG-1, LEG-2).
 *
 * <pre>{@code
 * EffectiveSwitch s = routing.get(RoutingSwitch.APPLICATION_TRAFFIC);
 * s.on();          // true
 * s.decidedBy();   // SwitchSource.SITE_PROPERTY
 * s.overridden();  // [APP_SETTING]: WEBSITE_VNET_ROUTE_ALL was also set
 * }</pre>
 */
@Value.Immutable
public abstract class EffectiveSwitch {

  EffectiveSwitch() {}

  static ImmutableEffectiveSwitch.Builder builder() {
    return ImmutableEffectiveSwitch.builder();
  }

  /** The switch. */
  public abstract RoutingSwitch routingSwitch();

  /** Whether the switch is on. */
  public abstract boolean on();

  /** The source that decided the value. */
  public abstract SwitchSource decidedBy();

  /** Sources that were set but lost to {@link #decidedBy()}, most modern first. */
  public abstract List<SwitchSource> overridden();

  /** The app setting's name as written, when an app setting was read for this switch. */
  public abstract Optional<String> appSettingName();

  /** The app setting's raw value, when an app setting was read for this switch. */
  public abstract Optional<String> appSettingValue();

  /** How the app setting's value read (LEG-3), when an app setting was read. */
  public abstract Optional<SettingValueKind> appSettingValueKind();

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(routingSwitch().modernProperty())
            .append(on() ? " on" : " off")
            .append(" (decided by ")
            .append(decidedBy());
    if (!overridden().isEmpty()) {
      sb.append("; overrides ").append(overridden());
    }
    return sb.append(')').toString();
  }
}
