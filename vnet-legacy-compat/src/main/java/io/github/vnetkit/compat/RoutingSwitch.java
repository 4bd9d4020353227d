package io.github.vnetkit.compat;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The routing switches of the SPEC LEG table: one row each, with the legacy app setting (and the
 * value that enables it), the legacy site property and the modern {@code outboundVnetRouting}
 * property that carry it.
 *
 * <pre>{@code
 * RoutingSwitch.APPLICATION_TRAFFIC.appSetting();       // Optional["WEBSITE_VNET_ROUTE_ALL"]
 * RoutingSwitch.APPLICATION_TRAFFIC.enablingValue();    // Optional["1"]
 * RoutingSwitch.IMAGE_PULL_TRAFFIC.legacySiteProperty(); // Optional["vnetImagePullEnabled"]
 * RoutingSwitch.ALL_TRAFFIC.modernProperty();           // "allTraffic"
 * }</pre>
 */
public enum RoutingSwitch {
  /** Application traffic (APP-1): {@code WEBSITE_VNET_ROUTE_ALL=1}, {@code vnetRouteAllEnabled}. */
  APPLICATION_TRAFFIC("applicationTraffic", "vnetRouteAllEnabled", "WEBSITE_VNET_ROUTE_ALL", "1"),
  /** Container image pull (CFG-3): {@code WEBSITE_PULL_IMAGE_OVER_VNET=true}. */
  IMAGE_PULL_TRAFFIC(
      "imagePullTraffic", "vnetImagePullEnabled", "WEBSITE_PULL_IMAGE_OVER_VNET", "true"),
  /** Content share (CFG-3, CFG-4): {@code WEBSITE_CONTENTOVERVNET=1}. */
  CONTENT_SHARE_TRAFFIC(
      "contentShareTraffic", "vnetContentShareEnabled", "WEBSITE_CONTENTOVERVNET", "1"),
  /** Backup and restore to your own storage (CFG-3): no app setting. */
  BACKUP_RESTORE_TRAFFIC("backupRestoreTraffic", "vnetBackupRestoreEnabled", null, null),
  /** All traffic (CFG-2, LEG-2): modern only; turns every other switch on. */
  ALL_TRAFFIC("allTraffic", null, null, null);

  private final String modernProperty;
  private final @Nullable String legacySiteProperty;
  private final @Nullable String appSetting;
  private final @Nullable String enablingValue;

  RoutingSwitch(
      String modernProperty,
      @Nullable String legacySiteProperty,
      @Nullable String appSetting,
      @Nullable String enablingValue) {
    this.modernProperty = modernProperty;
    this.legacySiteProperty = legacySiteProperty;
    this.appSetting = appSetting;
    this.enablingValue = enablingValue;
  }

  /** The property under {@code outboundVnetRouting}, such as {@code applicationTraffic}. */
  public String modernProperty() {
    return modernProperty;
  }

  /** The legacy site property ({@code vnet*Enabled}), if the switch has one. */
  public Optional<String> legacySiteProperty() {
    return Optional.ofNullable(legacySiteProperty);
  }

  /** The legacy app setting, if the switch has one. */
  public Optional<String> appSetting() {
    return Optional.ofNullable(appSetting);
  }

  /** The exact value that turns the app setting on ({@code 1} or {@code true}), if any. */
  public Optional<String> enablingValue() {
    return Optional.ofNullable(enablingValue);
  }
}
