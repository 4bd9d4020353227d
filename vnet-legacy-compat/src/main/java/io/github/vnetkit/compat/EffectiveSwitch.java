package io.github.vnetkit.compat;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value in effect for one routing switch, and its provenance: the source that decided it, every
 * source that was set (with its exact name and value), and the sources that were set but overridden
 * (SPEC LEG-1, LEG-2).
 *
 * <pre>{@code
 * EffectiveSwitch s = routing.get(RoutingSwitch.APPLICATION_TRAFFIC);
 * s.on();          // true
 * s.decidedBy();   // SwitchSource.SITE_PROPERTY
 * s.overridden();  // [APP_SETTING]: WEBSITE_VNET_ROUTE_ALL was also set
 * s.sources();     // [vnetRouteAllEnabled=true (SITE_PROPERTY, on), WEBSITE_VNET_ROUTE_ALL=0 ...]
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

  /**
   * Every source of this switch's own row that is set, most modern first (LEG-1 order). When {@link
   * #decidedBy()} is a source of the row, it is the first element; when it is {@link
   * SwitchSource#ALL_TRAFFIC}, all of these were overridden (LEG-2); {@code allTraffic} itself is
   * not listed here (it is the source of {@link RoutingSwitch#ALL_TRAFFIC}).
   */
  public abstract List<SourceSetting> sources();

  /** Sources that were set but lost to {@link #decidedBy()}, most modern first. */
  public final List<SwitchSource> overridden() {
    List<SourceSetting> losers = overriddenSettings();
    return losers.stream().map(SourceSetting::source).toList();
  }

  /** The settings that were set but lost to {@link #decidedBy()}, most modern first. */
  public final List<SourceSetting> overriddenSettings() {
    if (decidedBy() == SwitchSource.ALL_TRAFFIC || decidedBy() == SwitchSource.DEFAULT) {
      return sources();
    }
    return sources().subList(1, sources().size());
  }

  /** The setting that decided the value, unless {@code allTraffic} or the default decided it. */
  public final Optional<SourceSetting> decidingSetting() {
    if (decidedBy() == SwitchSource.ALL_TRAFFIC || decidedBy() == SwitchSource.DEFAULT) {
      return Optional.empty();
    }
    return Optional.of(sources().get(0));
  }

  /** The app setting's name as written, when an app setting was read for this switch. */
  public abstract Optional<String> appSettingName();

  /** The app setting's raw value, when an app setting was read for this switch. */
  public abstract Optional<String> appSettingValue();

  /** How the app setting's value read (LEG-3), when an app setting was read. */
  public abstract Optional<SettingValueKind> appSettingValueKind();

  @Value.Check
  void check() {
    boolean fromRow =
        decidedBy() != SwitchSource.ALL_TRAFFIC && decidedBy() != SwitchSource.DEFAULT;
    if (fromRow && (sources().isEmpty() || sources().get(0).source() != decidedBy())) {
      throw new IllegalStateException(
          "switch " + routingSwitch() + " decided by " + decidedBy() + " but sources " + sources());
    }
    if (decidedBy() == SwitchSource.DEFAULT && !sources().isEmpty()) {
      throw new IllegalStateException(
          "switch " + routingSwitch() + " has sources " + sources() + " but used the default");
    }
  }

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
