package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import inet.ipaddr.IPAddress;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.TriState;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing and DNS site properties of a site as plain values keyed by {@link SiteProperty}:
 * {@link Boolean} for switches, {@code List<String>} for DNS servers, {@link String} for the
 * alternate DNS server. Absent keys are properties that are not set. Conversions to and from the
 * model types live here, once, for the writer, the plan and {@code applyTo}.
 */
final class RoutingState {

  private RoutingState() {}

  /** The properties {@code site} sets, in {@link SiteProperty} order. */
  static Map<SiteProperty, Object> of(Site site) {
    Map<SiteProperty, Object> state = new EnumMap<>(SiteProperty.class);
    OutboundVnetRouting modern = site.outboundVnetRouting();
    put(state, SiteProperty.OUTBOUND_ALL_TRAFFIC, modern.allTraffic());
    put(state, SiteProperty.OUTBOUND_APPLICATION_TRAFFIC, modern.applicationTraffic());
    put(state, SiteProperty.OUTBOUND_IMAGE_PULL_TRAFFIC, modern.imagePullTraffic());
    put(state, SiteProperty.OUTBOUND_CONTENT_SHARE_TRAFFIC, modern.contentShareTraffic());
    put(state, SiteProperty.OUTBOUND_BACKUP_RESTORE_TRAFFIC, modern.backupRestoreTraffic());
    LegacySiteFlags legacy = site.legacySiteFlags();
    put(state, SiteProperty.VNET_ROUTE_ALL_ENABLED, legacy.vnetRouteAllEnabled());
    put(
        state,
        SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED,
        legacy.siteConfigVnetRouteAllEnabled());
    put(state, SiteProperty.VNET_IMAGE_PULL_ENABLED, legacy.vnetImagePullEnabled());
    put(state, SiteProperty.VNET_CONTENT_SHARE_ENABLED, legacy.vnetContentShareEnabled());
    put(state, SiteProperty.VNET_BACKUP_RESTORE_ENABLED, legacy.vnetBackupRestoreEnabled());
    site.dnsConfiguration().ifPresent(dns -> putDns(state, dns));
    return state;
  }

  static void putDns(Map<SiteProperty, Object> state, DnsConfiguration dns) {
    if (!dns.dnsServers().isEmpty()) {
      state.put(
          SiteProperty.DNS_SERVERS,
          dns.dnsServers().stream()
              .map(IPAddress::toString)
              .collect(ImmutableList.toImmutableList()));
    }
    dns.dnsAltServer().ifPresent(alt -> state.put(SiteProperty.DNS_ALT_SERVER, alt.toString()));
  }

  private static void put(Map<SiteProperty, Object> state, SiteProperty property, TriState value) {
    if (value.isSet()) {
      state.put(property, value.isOn());
    }
  }

  static TriState triState(Map<SiteProperty, Object> state, SiteProperty property) {
    Object value = state.get(property);
    return value == null ? TriState.UNSET : TriState.of((Boolean) value);
  }

  static OutboundVnetRouting outboundVnetRouting(Map<SiteProperty, Object> state) {
    return OutboundVnetRouting.builder()
        .allTraffic(triState(state, SiteProperty.OUTBOUND_ALL_TRAFFIC))
        .applicationTraffic(triState(state, SiteProperty.OUTBOUND_APPLICATION_TRAFFIC))
        .imagePullTraffic(triState(state, SiteProperty.OUTBOUND_IMAGE_PULL_TRAFFIC))
        .contentShareTraffic(triState(state, SiteProperty.OUTBOUND_CONTENT_SHARE_TRAFFIC))
        .backupRestoreTraffic(triState(state, SiteProperty.OUTBOUND_BACKUP_RESTORE_TRAFFIC))
        .build();
  }

  static LegacySiteFlags legacySiteFlags(Map<SiteProperty, Object> state) {
    return LegacySiteFlags.builder()
        .vnetRouteAllEnabled(triState(state, SiteProperty.VNET_ROUTE_ALL_ENABLED))
        .siteConfigVnetRouteAllEnabled(
            triState(state, SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED))
        .vnetImagePullEnabled(triState(state, SiteProperty.VNET_IMAGE_PULL_ENABLED))
        .vnetContentShareEnabled(triState(state, SiteProperty.VNET_CONTENT_SHARE_ENABLED))
        .vnetBackupRestoreEnabled(triState(state, SiteProperty.VNET_BACKUP_RESTORE_ENABLED))
        .build();
  }

  /** The {@code dnsConfiguration} the state describes; empty when neither DNS key is set. */
  static Optional<DnsConfiguration> dnsConfiguration(Map<SiteProperty, Object> state) {
    Object servers = state.get(SiteProperty.DNS_SERVERS);
    Object alt = state.get(SiteProperty.DNS_ALT_SERVER);
    if (servers == null && alt == null) {
      return Optional.empty();
    }
    DnsConfiguration.Builder dns = DnsConfiguration.builder();
    if (servers != null) {
      for (Object server : (List<?>) servers) {
        dns.addDnsServers(IpAddresses.parse((String) requireNonNull(server)));
      }
    }
    if (alt != null) {
      dns.dnsAltServer(IpAddresses.parse((String) alt));
    }
    return Optional.of(dns.build());
  }

  /**
   * The nested plain form of {@code state}: {@code {outboundVnetRouting: {allTraffic: true}, ...}},
   * keys in {@link SiteProperty} order, only set properties.
   */
  static Map<String, Object> nested(Map<SiteProperty, Object> state) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map.Entry<SiteProperty, Object> e : state.entrySet()) {
      List<String> path = e.getKey().segments();
      Map<String, Object> node = root;
      for (String segment : path.subList(0, path.size() - 1)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> child =
            (Map<String, Object>) node.computeIfAbsent(segment, k -> new LinkedHashMap<>());
        node = child;
      }
      node.put(path.get(path.size() - 1), e.getValue());
    }
    return freeze(root);
  }

  private static Map<String, Object> freeze(Map<String, Object> map) {
    ImmutableMap.Builder<String, Object> frozen = ImmutableMap.builder();
    map.forEach(
        (k, v) -> {
          if (v instanceof Map<?, ?> child) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) child;
            frozen.put(k, freeze(typed));
          } else {
            frozen.put(k, v);
          }
        });
    return frozen.buildOrThrow();
  }
}
