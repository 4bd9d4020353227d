package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.IPAddress;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.TriState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reduces an app's three generations of routing configuration (app settings, legacy site
 * properties, modern {@code outboundVnetRouting}) to the switches in effect: SPEC LEG-1 (the most
 * modern source that is set wins), LEG-2 ({@code allTraffic} turns every switch on) and LEG-3 (an
 * app setting is on only with its enabling value; near-misses only in {@link ValueMode#LENIENT}).
 * The DNS row of the LEG table is resolved the same way: {@code dnsConfiguration} when it is set,
 * else {@code WEBSITE_DNS_SERVER} and {@code WEBSITE_DNS_ALT_SERVER}.
 *
 * <p>This is the single implementation of that mapping: the routing evaluator, the legacy
 * diagnostics ({@link LegacyAnalyzer}) and the migration writer ({@link RoutingMigrator}) all call
 * it. Instances are immutable and thread-safe. Cost: constant per call (five switches, a handful of
 * map lookups).
 *
 * <p>Strict mode reads app settings by their exact name and value. Lenient mode also reads a name
 * that matches only when case is ignored, ignores case and surrounding whitespace in values, and
 * takes {@code 1} and {@code true} alike; {@link LegacyAnalyzer} reports every near-miss either
 * mode met.
 *
 * <pre>{@code
 * EffectiveRouting routing = SwitchResolver.strict().resolve(app);
 * routing.isOn(RoutingSwitch.IMAGE_PULL_TRAFFIC);
 * SwitchResolver.of(ValueMode.LENIENT).resolve(app); // accepts "True", " 1 "
 * }</pre>
 */
public final class SwitchResolver {

  /** The app setting that names the app's DNS server (DNS-2). */
  public static final String DNS_SERVER_SETTING = "WEBSITE_DNS_SERVER";

  /** The app setting that names the app's fallback DNS server (DNS-2). */
  public static final String DNS_ALT_SERVER_SETTING = "WEBSITE_DNS_ALT_SERVER";

  private static final SwitchResolver STRICT = new SwitchResolver(ValueMode.STRICT);
  private static final SwitchResolver LENIENT = new SwitchResolver(ValueMode.LENIENT);

  private final ValueMode mode;

  private SwitchResolver(ValueMode mode) {
    this.mode = mode;
  }

  /** The default resolver: only documented enabling values count (LEG-3). */
  public static SwitchResolver strict() {
    return STRICT;
  }

  /**
   * A resolver in the given mode.
   *
   * @throws NullPointerException if {@code mode} is null
   */
  public static SwitchResolver of(ValueMode mode) {
    return requireNonNull(mode, "mode") == ValueMode.STRICT ? STRICT : LENIENT;
  }

  /** The mode of this resolver. */
  public ValueMode mode() {
    return mode;
  }

  /**
   * Resolves the switches and DNS servers in effect for {@code site} (an app or a slot).
   *
   * @throws NullPointerException if {@code site} is null
   */
  public EffectiveRouting resolve(Site site) {
    requireNonNull(site, "site");
    Map<RoutingSwitch, EffectiveSwitch> switches = new EnumMap<>(RoutingSwitch.class);
    boolean allTraffic = site.outboundVnetRouting().allTraffic().isOn();
    for (RoutingSwitch s : RoutingSwitch.values()) {
      switches.put(s, resolve(s, site, allTraffic));
    }
    ImmutableEffectiveRouting.Builder routing =
        EffectiveRouting.builder().mode(mode).putAllSwitches(switches);
    resolveDns(site, routing);
    return routing.build();
  }

  private EffectiveSwitch resolve(RoutingSwitch s, Site site, boolean allTraffic) {
    ImmutableEffectiveSwitch.Builder result = EffectiveSwitch.builder().routingSwitch(s);
    List<SourceSetting> set = new ArrayList<>(4);
    addProperty(set, SiteProperty.modern(s), modern(s, site.outboundVnetRouting()));
    LegacySiteFlags legacy = site.legacySiteFlags();
    SiteProperty.legacy(s).ifPresent(p -> addProperty(set, p, legacy(s, legacy)));
    if (s == RoutingSwitch.APPLICATION_TRAFFIC) {
      addProperty(
          set,
          SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED,
          legacy.siteConfigVnetRouteAllEnabled());
    }
    if (s.appSetting().isPresent()) {
      Optional<Map.Entry<String, String>> setting =
          readAppSetting(s.appSetting().get(), site.appSettings());
      if (setting.isPresent()) {
        String name = setting.get().getKey();
        String value = setting.get().getValue();
        SettingValueKind kind = SettingValueKind.classify(s.enablingValue().orElseThrow(), value);
        result.appSettingName(name).appSettingValue(value).appSettingValueKind(kind);
        set.add(
            SourceSetting.builder()
                .source(SwitchSource.APP_SETTING)
                .name(name)
                .value(value)
                .on(kind.isOn(mode))
                .valueKind(kind)
                .build());
      }
    }
    result.addAllSources(set);
    if (allTraffic && s.isIndividual()) {
      return result.on(true).decidedBy(SwitchSource.ALL_TRAFFIC).build();
    }
    if (set.isEmpty()) {
      return result.on(false).decidedBy(SwitchSource.DEFAULT).build();
    }
    return result.on(set.get(0).on()).decidedBy(set.get(0).source()).build();
  }

  private static void addProperty(List<SourceSetting> set, SiteProperty property, TriState value) {
    if (value.isSet()) {
      set.add(
          SourceSetting.builder()
              .source(property.source().orElseThrow())
              .name(property.path())
              .value(Boolean.toString(value.isOn()))
              .on(value.isOn())
              .build());
    }
  }

  private static TriState modern(RoutingSwitch s, OutboundVnetRouting modern) {
    return switch (s) {
      case APPLICATION_TRAFFIC -> modern.applicationTraffic();
      case IMAGE_PULL_TRAFFIC -> modern.imagePullTraffic();
      case CONTENT_SHARE_TRAFFIC -> modern.contentShareTraffic();
      case BACKUP_RESTORE_TRAFFIC -> modern.backupRestoreTraffic();
      case ALL_TRAFFIC -> modern.allTraffic();
    };
  }

  private static TriState legacy(RoutingSwitch s, LegacySiteFlags legacy) {
    return switch (s) {
      case APPLICATION_TRAFFIC -> legacy.vnetRouteAllEnabled();
      case IMAGE_PULL_TRAFFIC -> legacy.vnetImagePullEnabled();
      case CONTENT_SHARE_TRAFFIC -> legacy.vnetContentShareEnabled();
      case BACKUP_RESTORE_TRAFFIC -> legacy.vnetBackupRestoreEnabled();
      case ALL_TRAFFIC -> TriState.UNSET;
    };
  }

  /**
   * The app setting this resolver reads for the known setting {@code name}: the exact name in
   * strict mode; in lenient mode also a name that matches only when case is ignored. The entry
   * carries the name as written.
   */
  Optional<Map.Entry<String, String>> readAppSetting(String name, AppSettings settings) {
    Optional<String> exact = settings.get(name);
    if (exact.isPresent()) {
      return Optional.of(Map.entry(name, exact.get()));
    }
    return mode == ValueMode.LENIENT ? settings.findIgnoringCase(name) : Optional.empty();
  }

  /** The DNS server a DNS app setting's value names, as this resolver reads it (DNS-2, LEG-3). */
  Optional<IPAddress> readDnsAddress(String value) {
    return IpAddresses.tryParse(mode == ValueMode.LENIENT ? value.strip() : value);
  }

  private void resolveDns(Site site, ImmutableEffectiveRouting.Builder routing) {
    Optional<Map.Entry<String, String>> server =
        readAppSetting(DNS_SERVER_SETTING, site.appSettings());
    Optional<Map.Entry<String, String>> alt =
        readAppSetting(DNS_ALT_SERVER_SETTING, site.appSettings());
    Optional<DnsConfiguration> modern = site.dnsConfiguration().filter(d -> !d.isEmpty());
    if (modern.isPresent()) {
      routing.addAllDnsServers(modern.get().dnsServers());
      modern.get().dnsAltServer().ifPresent(routing::addDnsServers);
      routing.dnsSource(DnsSource.DNS_CONFIGURATION);
      if (server.isPresent() || alt.isPresent()) {
        routing.addDnsOverridden(DnsSource.APP_SETTINGS);
      }
      return;
    }
    List<IPAddress> servers = new ArrayList<>(2);
    server.flatMap(e -> readDnsAddress(e.getValue())).ifPresent(servers::add);
    alt.flatMap(e -> readDnsAddress(e.getValue())).ifPresent(servers::add);
    routing.addAllDnsServers(servers);
    routing.dnsSource(servers.isEmpty() ? DnsSource.NONE : DnsSource.APP_SETTINGS);
  }
}
