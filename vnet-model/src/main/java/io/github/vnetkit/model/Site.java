package io.github.vnetkit.model;

import java.util.Optional;

/**
 * What an app and each of its deployment slots carry for virtual network integration: app settings,
 * legacy site flags, the modern {@code outboundVnetRouting}, the integrated subnet and the DNS
 * configuration. Integration is per slot and does not move with a swap (SPEC NET-10), so slots have
 * their own.
 *
 * <pre>{@code
 * Site site = app;                      // or app.slots().get(0)
 * site.virtualNetworkSubnetId();        // Optional[.../subnets/apps]
 * site.outboundVnetRouting().allTraffic();
 * }</pre>
 */
public interface Site {

  /** The site's id: a {@code Microsoft.Web/sites} or {@code Microsoft.Web/sites/slots} id. */
  ResourceId id();

  /** The application settings, names and values exactly as given. */
  AppSettings appSettings();

  /** The legacy {@code vnet*Enabled} site properties. */
  LegacySiteFlags legacySiteFlags();

  /** The modern {@code outboundVnetRouting} property. */
  OutboundVnetRouting outboundVnetRouting();

  /** {@code virtualNetworkSubnetId}: the subnet of the regional integration, if any. */
  Optional<ResourceId> virtualNetworkSubnetId();

  /** The modern {@code dnsConfiguration} property, if set. */
  Optional<DnsConfiguration> dnsConfiguration();
}
