package io.github.vnetkit.compat;

/**
 * Where a switch's effective value came from, most modern first: the order of SPEC LEG-1.
 *
 * <pre>{@code
 * routing.get(RoutingSwitch.CONTENT_SHARE_TRAFFIC).decidedBy(); // e.g. APP_SETTING
 * }</pre>
 */
public enum SwitchSource {
  /** {@code outboundVnetRouting.allTraffic} on, which turns every switch on (LEG-2). */
  ALL_TRAFFIC,
  /** The switch's own {@code outboundVnetRouting} property. */
  OUTBOUND_VNET_ROUTING,
  /** The legacy site property ({@code properties.vnet*Enabled}). */
  SITE_PROPERTY,
  /**
   * The legacy {@code properties.siteConfig.vnetRouteAllEnabled}; the older place of the same
   * property, so the site-level property wins when both are set.
   */
  SITE_CONFIG_PROPERTY,
  /** The legacy app setting ({@code WEBSITE_*}). */
  APP_SETTING,
  /** Nothing set: the platform default, off (CFG-1, APP-2). */
  DEFAULT
}
