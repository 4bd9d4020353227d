package io.github.vnetkit.compat;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source that sets a routing switch, as written: which generation it belongs to, its exact name
 * (an app-setting name as written, or a site property path relative to the site's {@code
 * properties}), its exact value, and how it reads (SPEC LEG-1, LEG-3).
 *
 * <pre>{@code
 * EffectiveSwitch app = routing.get(RoutingSwitch.APPLICATION_TRAFFIC);
 * for (SourceSetting s : app.sources()) {
 *   System.out.println(s); // e.g. vnetRouteAllEnabled=true (SITE_PROPERTY, on)
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class SourceSetting {

  SourceSetting() {}

  static ImmutableSourceSetting.Builder builder() {
    return ImmutableSourceSetting.builder();
  }

  /** The generation of configuration this setting belongs to. */
  public abstract SwitchSource source();

  /**
   * The exact name: the app setting's name as written (such as {@code WEBSITE_VNET_ROUTE_ALL}), or
   * the property path relative to the site's {@code properties} (such as {@code
   * outboundVnetRouting.applicationTraffic} or {@code siteConfig.vnetRouteAllEnabled}).
   */
  public abstract String name();

  /** The exact value as written: the app setting's text, or {@code true}/{@code false}. */
  public abstract String value();

  /** Whether this setting, read on its own in the resolver's mode, turns the switch on. */
  public abstract boolean on();

  /** How an app setting's value reads against its enabling value (LEG-3); empty for properties. */
  public abstract Optional<SettingValueKind> valueKind();

  /** Whether this is an app setting (rather than a site property). */
  public final boolean isAppSetting() {
    return source() == SwitchSource.APP_SETTING;
  }

  /** {@code name=value (SOURCE, on|off)}. */
  @Override
  public String toString() {
    return name() + "=" + value() + " (" + source() + ", " + (on() ? "on" : "off") + ")";
  }
}
