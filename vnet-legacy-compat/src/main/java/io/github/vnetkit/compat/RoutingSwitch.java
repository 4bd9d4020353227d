package io.github.vnetkit.compat;

import java.util.List;
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
  APPLICATION_TRAFFIC(
      "applicationTraffic",
      "vnetRouteAllEnabled",
      "WEBSITE_VNET_ROUTE_ALL",
      "1",
      "application traffic"),
  /** Container image pull (CFG-3): {@code WEBSITE_PULL_IMAGE_OVER_VNET=true}. */
  IMAGE_PULL_TRAFFIC(
      "imagePullTraffic",
      "vnetImagePullEnabled",
      "WEBSITE_PULL_IMAGE_OVER_VNET",
      "true",
      "container image pull traffic"),
  /** Content share (CFG-3, CFG-4): {@code WEBSITE_CONTENTOVERVNET=1}. */
  CONTENT_SHARE_TRAFFIC(
      "contentShareTraffic",
      "vnetContentShareEnabled",
      "WEBSITE_CONTENTOVERVNET",
      "1",
      "content share traffic"),
  /** Backup and restore to your own storage (CFG-3): no app setting. */
  BACKUP_RESTORE_TRAFFIC(
      "backupRestoreTraffic", "vnetBackupRestoreEnabled", null, null, "backup/restore traffic"),
  /** All traffic (CFG-2, LEG-2): modern only; turns every other switch on. */
  ALL_TRAFFIC("allTraffic", null, null, null, "all traffic");

  private static final List<RoutingSwitch> INDIVIDUAL =
      List.of(
          APPLICATION_TRAFFIC, IMAGE_PULL_TRAFFIC, CONTENT_SHARE_TRAFFIC, BACKUP_RESTORE_TRAFFIC);

  private final String modernProperty;
  private final @Nullable String legacySiteProperty;
  private final @Nullable String appSetting;
  private final @Nullable String enablingValue;
  private final String trafficName;

  RoutingSwitch(
      String modernProperty,
      @Nullable String legacySiteProperty,
      @Nullable String appSetting,
      @Nullable String enablingValue,
      String trafficName) {
    this.modernProperty = modernProperty;
    this.legacySiteProperty = legacySiteProperty;
    this.appSetting = appSetting;
    this.enablingValue = enablingValue;
    this.trafficName = trafficName;
  }

  /**
   * The four individual switches, every one but {@link #ALL_TRAFFIC}, in declaration order. {@code
   * allTraffic} on means exactly these on (LEG-2), so two configurations route the same traffic
   * when these agree.
   */
  public static List<RoutingSwitch> individualSwitches() {
    return INDIVIDUAL;
  }

  /** Whether this is one of the {@link #individualSwitches()} (not {@link #ALL_TRAFFIC}). */
  public boolean isIndividual() {
    return this != ALL_TRAFFIC;
  }

  /** The traffic this switch routes, for messages: {@code "container image pull traffic"}. */
  public String trafficName() {
    return trafficName;
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
