package io.github.vnetkit.compat;

import com.google.common.collect.ImmutableMap;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The routing and DNS configuration of a site written for one ARM API version (SPEC LEG-5, DNS-2):
 * the site properties to carry, both typed ({@link #outboundVnetRouting()}, {@link
 * #legacySiteFlags()}, {@link #dnsConfiguration()}) and plain ({@link #properties()}, {@link
 * #propertiesMap()}), and the app settings to remove. The library writes no JSON: an IaC generator
 * serialises {@link #propertiesMap()} (nested {@code Map}, {@code List}, {@code String}, {@code
 * Boolean}) under the site's {@code properties} as it likes.
 *
 * <pre>{@code
 * SiteRoutingConfiguration config =
 *     RoutingMigrator.strict().configurationFor(app, ArmApiVersion.parse("2025-03-01"));
 * config.propertiesMap();
 * // {outboundVnetRouting={applicationTraffic=true}, dnsConfiguration={dnsServers=[10.0.0.4]}}
 * config.appSettingsToRemove(); // [WEBSITE_DNS_SERVER, WEBSITE_VNET_ROUTE_ALL]
 * }</pre>
 */
@Value.Immutable
public abstract class SiteRoutingConfiguration {

  SiteRoutingConfiguration() {}

  static ImmutableSiteRoutingConfiguration.Builder builder() {
    return ImmutableSiteRoutingConfiguration.builder();
  }

  /** The target API version. */
  public abstract ArmApiVersion apiVersion();

  /** The routing schema of {@link #apiVersion()}. */
  public final RoutingSchema routingSchema() {
    return apiVersion().routingSchema();
  }

  /**
   * Every routing and DNS property the site carries, with its plain value, in {@link SiteProperty}
   * order; properties that are not set are absent.
   */
  public abstract Map<SiteProperty, Object> properties();

  /** The app settings to remove, by exact name, sorted. */
  public abstract List<String> appSettingsToRemove();

  /**
   * What the caller should know about this output, each starting with its rule ids: a version
   * between the two documented schemas, {@code allTraffic} written as four flags, settings left in
   * place for review.
   */
  public abstract List<String> notes();

  /** The typed {@code outboundVnetRouting}; every switch unset for the legacy schema. */
  public final OutboundVnetRouting outboundVnetRouting() {
    return RoutingState.outboundVnetRouting(properties());
  }

  /** The typed {@code vnet*Enabled} properties; every flag unset for the modern schema. */
  public final LegacySiteFlags legacySiteFlags() {
    return RoutingState.legacySiteFlags(properties());
  }

  /** The typed {@code dnsConfiguration}, if the site carries one. */
  public final Optional<DnsConfiguration> dnsConfiguration() {
    return RoutingState.dnsConfiguration(properties());
  }

  /**
   * The nested plain form of {@link #properties()}, to serialise under the site's {@code
   * properties}: for example {@code {vnetRouteAllEnabled=true, siteConfig={vnetRouteAllEnabled=
   * true}, dnsConfiguration={dnsServers=[10.0.0.4], dnsAltServer=10.0.0.5}}}.
   */
  public final Map<String, Object> propertiesMap() {
    return RoutingState.nested(properties());
  }

  /** {@code {apiVersion, properties, appSettingsToRemove, notes}}, all plain. */
  public final Map<String, Object> toMap() {
    return ImmutableMap.of(
        "apiVersion",
        apiVersion().toString(),
        "properties",
        propertiesMap(),
        "appSettingsToRemove",
        appSettingsToRemove(),
        "notes",
        notes());
  }

  @Override
  public String toString() {
    return "SiteRoutingConfiguration{"
        + apiVersion()
        + " "
        + routingSchema()
        + ", properties "
        + propertiesMap()
        + ", remove app settings "
        + appSettingsToRemove()
        + (notes().isEmpty() ? "" : ", notes " + notes())
        + "}";
  }
}
