package io.github.vnetkit.compat;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The site properties that carry routing switches and DNS servers, by their path relative to the
 * site's {@code properties} object (SPEC LEG table, LEG-5, DNS-2). Each generation's properties are
 * grouped: the modern {@code outboundVnetRouting.*}, the legacy {@code vnet*Enabled} (including
 * {@code siteConfig.vnetRouteAllEnabled}), and {@code dnsConfiguration.*}.
 *
 * <p>Values, in {@link PropertyChange} and in the map forms, are plain: {@link Boolean} for the
 * switches, a {@code List<String>} for {@link #DNS_SERVERS} and a {@link String} for {@link
 * #DNS_ALT_SERVER}.
 *
 * <pre>{@code
 * SiteProperty.modern(RoutingSwitch.IMAGE_PULL_TRAFFIC).path(); // "outboundVnetRouting.imagePullTraffic"
 * SiteProperty.legacy(RoutingSwitch.IMAGE_PULL_TRAFFIC);        // Optional[VNET_IMAGE_PULL_ENABLED]
 * SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED.segments();   // [siteConfig, vnetRouteAllEnabled]
 * }</pre>
 */
public enum SiteProperty {
  /** {@code outboundVnetRouting.allTraffic} (API 2025-03-01 and later). */
  OUTBOUND_ALL_TRAFFIC(
      "outboundVnetRouting.allTraffic",
      RoutingSwitch.ALL_TRAFFIC,
      SwitchSource.OUTBOUND_VNET_ROUTING),
  /** {@code outboundVnetRouting.applicationTraffic} (API 2025-03-01 and later). */
  OUTBOUND_APPLICATION_TRAFFIC(
      "outboundVnetRouting.applicationTraffic",
      RoutingSwitch.APPLICATION_TRAFFIC,
      SwitchSource.OUTBOUND_VNET_ROUTING),
  /** {@code outboundVnetRouting.imagePullTraffic} (API 2025-03-01 and later). */
  OUTBOUND_IMAGE_PULL_TRAFFIC(
      "outboundVnetRouting.imagePullTraffic",
      RoutingSwitch.IMAGE_PULL_TRAFFIC,
      SwitchSource.OUTBOUND_VNET_ROUTING),
  /** {@code outboundVnetRouting.contentShareTraffic} (API 2025-03-01 and later). */
  OUTBOUND_CONTENT_SHARE_TRAFFIC(
      "outboundVnetRouting.contentShareTraffic",
      RoutingSwitch.CONTENT_SHARE_TRAFFIC,
      SwitchSource.OUTBOUND_VNET_ROUTING),
  /** {@code outboundVnetRouting.backupRestoreTraffic} (API 2025-03-01 and later). */
  OUTBOUND_BACKUP_RESTORE_TRAFFIC(
      "outboundVnetRouting.backupRestoreTraffic",
      RoutingSwitch.BACKUP_RESTORE_TRAFFIC,
      SwitchSource.OUTBOUND_VNET_ROUTING),
  /** {@code vnetRouteAllEnabled} on the site (API up to 2024-11-01). */
  VNET_ROUTE_ALL_ENABLED(
      "vnetRouteAllEnabled", RoutingSwitch.APPLICATION_TRAFFIC, SwitchSource.SITE_PROPERTY),
  /** {@code siteConfig.vnetRouteAllEnabled}, the older place of the same property. */
  SITE_CONFIG_VNET_ROUTE_ALL_ENABLED(
      "siteConfig.vnetRouteAllEnabled",
      RoutingSwitch.APPLICATION_TRAFFIC,
      SwitchSource.SITE_CONFIG_PROPERTY),
  /** {@code vnetImagePullEnabled} (API up to 2024-11-01). */
  VNET_IMAGE_PULL_ENABLED(
      "vnetImagePullEnabled", RoutingSwitch.IMAGE_PULL_TRAFFIC, SwitchSource.SITE_PROPERTY),
  /** {@code vnetContentShareEnabled} (API up to 2024-11-01). */
  VNET_CONTENT_SHARE_ENABLED(
      "vnetContentShareEnabled", RoutingSwitch.CONTENT_SHARE_TRAFFIC, SwitchSource.SITE_PROPERTY),
  /** {@code vnetBackupRestoreEnabled} (API up to 2024-11-01). */
  VNET_BACKUP_RESTORE_ENABLED(
      "vnetBackupRestoreEnabled", RoutingSwitch.BACKUP_RESTORE_TRAFFIC, SwitchSource.SITE_PROPERTY),
  /** {@code dnsConfiguration.dnsServers}: the modern form of {@code WEBSITE_DNS_SERVER}. */
  DNS_SERVERS("dnsConfiguration.dnsServers", null, null),
  /** {@code dnsConfiguration.dnsAltServer}: the modern form of {@code WEBSITE_DNS_ALT_SERVER}. */
  DNS_ALT_SERVER("dnsConfiguration.dnsAltServer", null, null);

  private final String path;
  private final List<String> segments;
  private final @Nullable RoutingSwitch routingSwitch;
  private final @Nullable SwitchSource source;

  SiteProperty(String path, @Nullable RoutingSwitch routingSwitch, @Nullable SwitchSource source) {
    this.path = path;
    this.segments = Splitter.on('.').splitToList(path);
    this.routingSwitch = routingSwitch;
    this.source = source;
  }

  /** The dotted path relative to the site's {@code properties}, such as {@code siteConfig.x}. */
  public String path() {
    return path;
  }

  /** The path's segments: {@code [outboundVnetRouting, allTraffic]}. */
  public List<String> segments() {
    return segments;
  }

  /** The switch this property carries; empty for the DNS properties. */
  public Optional<RoutingSwitch> routingSwitch() {
    return Optional.ofNullable(routingSwitch);
  }

  /** The generation this property belongs to; empty for the DNS properties. */
  public Optional<SwitchSource> source() {
    return Optional.ofNullable(source);
  }

  /** Whether this property's value is a {@link Boolean}. */
  public boolean isSwitch() {
    return routingSwitch != null;
  }

  /** The {@code outboundVnetRouting} property of {@code routingSwitch}. */
  public static SiteProperty modern(RoutingSwitch routingSwitch) {
    return switch (routingSwitch) {
      case ALL_TRAFFIC -> OUTBOUND_ALL_TRAFFIC;
      case APPLICATION_TRAFFIC -> OUTBOUND_APPLICATION_TRAFFIC;
      case IMAGE_PULL_TRAFFIC -> OUTBOUND_IMAGE_PULL_TRAFFIC;
      case CONTENT_SHARE_TRAFFIC -> OUTBOUND_CONTENT_SHARE_TRAFFIC;
      case BACKUP_RESTORE_TRAFFIC -> OUTBOUND_BACKUP_RESTORE_TRAFFIC;
    };
  }

  /**
   * The legacy site-level {@code vnet*Enabled} property of {@code routingSwitch}; empty for {@link
   * RoutingSwitch#ALL_TRAFFIC}, which has none.
   */
  public static Optional<SiteProperty> legacy(RoutingSwitch routingSwitch) {
    return switch (routingSwitch) {
      case ALL_TRAFFIC -> Optional.empty();
      case APPLICATION_TRAFFIC -> Optional.of(VNET_ROUTE_ALL_ENABLED);
      case IMAGE_PULL_TRAFFIC -> Optional.of(VNET_IMAGE_PULL_ENABLED);
      case CONTENT_SHARE_TRAFFIC -> Optional.of(VNET_CONTENT_SHARE_ENABLED);
      case BACKUP_RESTORE_TRAFFIC -> Optional.of(VNET_BACKUP_RESTORE_ENABLED);
    };
  }

  /** The path. */
  @Override
  public String toString() {
    return path;
  }
}
