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
 *
 * <p>This is the single implementation of that mapping: the routing evaluator and the legacy
 * diagnostics both call it. Instances are immutable and thread-safe. Cost: constant per call (five
 * switches, a handful of map lookups).
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

  /** A resolver in the given mode. */
  public static SwitchResolver of(ValueMode mode) {
    return requireNonNull(mode, "mode") == ValueMode.STRICT ? STRICT : LENIENT;
  }

  /** The mode of this resolver. */
  public ValueMode mode() {
    return mode;
  }

  /** Resolves the switches and DNS servers in effect for {@code site} (an app or a slot). */
  public EffectiveRouting resolve(Site site) {
    requireNonNull(site, "site");
    Map<RoutingSwitch, EffectiveSwitch> switches = new EnumMap<>(RoutingSwitch.class);
    OutboundVnetRouting modern = site.outboundVnetRouting();
    boolean allTraffic = modern.allTraffic().isOn();
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
    List<SwitchSource> set = new ArrayList<>(4);
    List<Boolean> values = new ArrayList<>(4);
    add(set, values, SwitchSource.OUTBOUND_VNET_ROUTING, modern(s, site.outboundVnetRouting()));
    LegacySiteFlags legacy = site.legacySiteFlags();
    add(set, values, SwitchSource.SITE_PROPERTY, legacy(s, legacy));
    if (s == RoutingSwitch.APPLICATION_TRAFFIC) {
      add(set, values, SwitchSource.SITE_CONFIG_PROPERTY, legacy.siteConfigVnetRouteAllEnabled());
    }
    Optional<Map.Entry<String, String>> setting = appSetting(s, site.appSettings());
    if (setting.isPresent()) {
      String enabling = s.enablingValue().orElseThrow();
      SettingValueKind kind = SettingValueKind.classify(enabling, setting.get().getValue());
      result
          .appSettingName(setting.get().getKey())
          .appSettingValue(setting.get().getValue())
          .appSettingValueKind(kind);
      set.add(SwitchSource.APP_SETTING);
      values.add(kind.isOn(mode));
    }
    if (allTraffic && s != RoutingSwitch.ALL_TRAFFIC) {
      return result.on(true).decidedBy(SwitchSource.ALL_TRAFFIC).addAllOverridden(set).build();
    }
    if (set.isEmpty()) {
      return result.on(false).decidedBy(SwitchSource.DEFAULT).build();
    }
    return result
        .on(values.get(0))
        .decidedBy(set.get(0))
        .addAllOverridden(set.subList(1, set.size()))
        .build();
  }

  private static void add(
      List<SwitchSource> set, List<Boolean> values, SwitchSource source, TriState value) {
    if (value.isSet()) {
      set.add(source);
      values.add(value.isOn());
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
   * The app setting read for {@code s}: the exact name in strict mode; in lenient mode also a name
   * that matches only when case is ignored.
   */
  private Optional<Map.Entry<String, String>> appSetting(RoutingSwitch s, AppSettings settings) {
    if (s.appSetting().isEmpty()) {
      return Optional.empty();
    }
    String name = s.appSetting().get();
    Optional<String> exact = settings.get(name);
    if (exact.isPresent()) {
      return Optional.of(Map.entry(name, exact.get()));
    }
    return mode == ValueMode.LENIENT ? settings.findIgnoringCase(name) : Optional.empty();
  }

  private void resolveDns(Site site, ImmutableEffectiveRouting.Builder routing) {
    Optional<DnsConfiguration> modern = site.dnsConfiguration().filter(d -> !d.isEmpty());
    if (modern.isPresent()) {
      routing.addAllDnsServers(modern.get().dnsServers());
      modern.get().dnsAltServer().ifPresent(routing::addDnsServers);
      routing.dnsSource(DnsSource.DNS_CONFIGURATION);
      return;
    }
    List<IPAddress> servers = new ArrayList<>(2);
    dnsSetting(site.appSettings(), DNS_SERVER_SETTING).ifPresent(servers::add);
    dnsSetting(site.appSettings(), DNS_ALT_SERVER_SETTING).ifPresent(servers::add);
    routing.addAllDnsServers(servers);
    routing.dnsSource(servers.isEmpty() ? DnsSource.NONE : DnsSource.APP_SETTINGS);
  }

  private Optional<IPAddress> dnsSetting(AppSettings settings, String name) {
    Optional<String> value =
        mode == ValueMode.LENIENT
            ? settings.findIgnoringCase(name).map(e -> e.getValue().strip())
            : settings.get(name);
    return value.flatMap(IpAddresses::tryParse);
  }
}
