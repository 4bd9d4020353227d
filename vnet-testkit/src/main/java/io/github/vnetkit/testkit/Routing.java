package io.github.vnetkit.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.TriState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * The routing configuration of a site (app or slot) in its three generations: app settings, legacy
 * site flags, modern {@code outboundVnetRouting} and {@code dnsConfiguration} (SPEC LEG table).
 */
record Routing(
    AppSettings settings,
    LegacySiteFlags flags,
    OutboundVnetRouting modern,
    Optional<DnsConfiguration> dns) {

  /** Which generations of configuration a site carries. */
  enum Form {
    /** App settings and legacy site flags only. */
    LEGACY,
    /** {@code outboundVnetRouting} and {@code dnsConfiguration} only (plus unrelated settings). */
    MODERN,
    /** All of them. */
    MIXED
  }

  /** Where a switch is set, in the conflict-free generator. */
  private enum Source {
    APP_SETTING,
    SITE_PROPERTY,
    SITE_CONFIG_PROPERTY,
    MODERN
  }

  /** One row of the LEG table: the sources that can carry a switch. */
  private enum Switch {
    APPLICATION(
        LegacySetting.VNET_ROUTE_ALL,
        Source.APP_SETTING,
        Source.SITE_PROPERTY,
        Source.SITE_CONFIG_PROPERTY,
        Source.MODERN),
    IMAGE_PULL(
        LegacySetting.PULL_IMAGE_OVER_VNET,
        Source.APP_SETTING,
        Source.SITE_PROPERTY,
        Source.MODERN),
    CONTENT_SHARE(
        LegacySetting.CONTENT_OVER_VNET, Source.APP_SETTING, Source.SITE_PROPERTY, Source.MODERN),
    BACKUP_RESTORE(null, Source.SITE_PROPERTY, Source.MODERN),
    ALL(null, Source.MODERN);

    private final @Nullable LegacySetting setting;
    private final ImmutableList<Source> sources;

    Switch(@Nullable LegacySetting setting, Source... sources) {
      this.setting = setting;
      this.sources = ImmutableList.copyOf(sources);
    }

    List<Source> sources(Form form) {
      return sources.stream()
          .filter(
              s ->
                  switch (form) {
                    case LEGACY -> s != Source.MODERN;
                    case MODERN -> s == Source.MODERN;
                    case MIXED -> true;
                  })
          .collect(ImmutableList.toImmutableList());
    }
  }

  private static final TriState[] TRI_STATES = {TriState.UNSET, TriState.ON, TriState.OFF};

  /** The routing of a site with nothing set. */
  static final Routing UNSET =
      new Routing(
          AppSettings.empty(),
          LegacySiteFlags.unset(),
          OutboundVnetRouting.unset(),
          Optional.empty());

  /**
   * Routing configurations of {@code form} whose sources may disagree with each other (the
   * realistic legacy mess); each part shrinks towards unset.
   */
  static Arbitrary<Routing> free(Form form, AppSettingsArbitrary settings) {
    Arbitrary<AppSettings> appSettings = form == Form.MODERN ? settings.modernOnly() : settings;
    Arbitrary<LegacySiteFlags> flags =
        form == Form.MODERN ? Arbitraries.just(LegacySiteFlags.unset()) : legacySiteFlags();
    Arbitrary<OutboundVnetRouting> modern =
        form == Form.LEGACY ? Arbitraries.just(OutboundVnetRouting.unset()) : outboundVnetRouting();
    Arbitrary<Optional<DnsConfiguration>> dns =
        form == Form.LEGACY
            ? Arbitraries.just(Optional.empty())
            : dnsConfigurations().optional(0.3);
    return Combinators.combine(appSettings, flags, modern, dns).as(Routing::new);
  }

  /** Every legacy site flag independently unset, on or off; shrinks towards unset. */
  static Arbitrary<LegacySiteFlags> legacySiteFlags() {
    Arbitrary<TriState> t = triStates();
    return Combinators.combine(t, t, t, t, t)
        .as(
            (a, b, c, d, e) ->
                LegacySiteFlags.builder()
                    .vnetRouteAllEnabled(a)
                    .siteConfigVnetRouteAllEnabled(b)
                    .vnetImagePullEnabled(c)
                    .vnetContentShareEnabled(d)
                    .vnetBackupRestoreEnabled(e)
                    .build());
  }

  /** Every {@code outboundVnetRouting} switch independently unset, on or off. */
  static Arbitrary<OutboundVnetRouting> outboundVnetRouting() {
    Arbitrary<TriState> t = triStates();
    return Combinators.combine(t, t, t, t, t)
        .as(
            (all, app, image, content, backup) ->
                OutboundVnetRouting.builder()
                    .allTraffic(all)
                    .applicationTraffic(app)
                    .imagePullTraffic(image)
                    .contentShareTraffic(content)
                    .backupRestoreTraffic(backup)
                    .build());
  }

  /** Unset most often; shrinks towards unset. */
  static Arbitrary<TriState> triStates() {
    return Arbitraries.frequency(
        List.of(
            Tuple2s.weighted(3, TRI_STATES[0]),
            Tuple2s.weighted(2, TRI_STATES[1]),
            Tuple2s.weighted(2, TRI_STATES[2])));
  }

  /**
   * Zero to two DNS servers (a repeated one included) and an optional fallback (DNS-2); an empty
   * {@code dnsConfiguration} counts as not set.
   */
  static Arbitrary<DnsConfiguration> dnsConfigurations() {
    Arbitrary<String> servers = Arbitraries.of("10.0.0.4", "10.0.0.5", "168.63.129.16", "1.1.1.1");
    return Combinators.combine(servers.list().ofMaxSize(2), servers.optional(0.5))
        .as(
            (list, alt) -> {
              DnsConfiguration.Builder b = DnsConfiguration.builder();
              list.forEach(s -> b.addDnsServers(IpAddresses.parse(s)));
              alt.ifPresent(a -> b.dnsAltServer(IpAddresses.parse(a)));
              return b.build();
            });
  }

  private record SwitchGene(int source, boolean on, int offValue) {}

  /**
   * Routing configurations of {@code form} in which every switch, and the DNS servers, are set in
   * at most one source, and nothing else is set when {@code allTraffic} is on: no LEG-4
   * disagreement to report. Unrelated app settings may appear.
   */
  static Arbitrary<Routing> conflictFree(Form form, boolean nearMissValues) {
    List<Arbitrary<Optional<SwitchGene>>> parts = new ArrayList<>();
    for (Switch s : Switch.values()) {
      int sources = s.sources(form).size();
      parts.add(
          sources == 0
              ? Arbitraries.just(Optional.empty())
              : Combinators.combine(
                      Arbitraries.integers().between(0, sources - 1),
                      Arbitraries.of(true, false),
                      Arbitraries.integers().between(0, 1))
                  .as(SwitchGene::new)
                  .optional(0.4));
    }
    Arbitrary<String> nearMissOn =
        nearMissValues
            ? Arbitraries.frequencyOf(
                List.of(
                    Tuple2s.weighted(3, Arbitraries.just("")),
                    Tuple2s.weighted(1, Arbitraries.of("True", " 1 ", "true", "TRUE"))))
            : Arbitraries.just("");
    Arbitrary<Integer> dnsChoice = Arbitraries.integers().between(0, 2);
    Arbitrary<Set<String>> unrelated =
        Arbitraries.subsetOf(LegacySetting.UNRELATED.keySet()).ofMaxSize(2);
    return Combinators.combine(
            Combinators.combine(parts).as(l -> l), nearMissOn, dnsChoice, unrelated)
        .as((genes, nearMiss, dns, other) -> build(form, genes, nearMiss, dns, other));
  }

  private static Routing build(
      Form form,
      List<Optional<SwitchGene>> genes,
      String nearMiss,
      int dnsChoice,
      Set<String> unrelated) {
    List<Map.Entry<String, String>> settings = new ArrayList<>();
    LegacySiteFlags.Builder flags = LegacySiteFlags.builder();
    OutboundVnetRouting.Builder modern = OutboundVnetRouting.builder();
    Switch[] switches = Switch.values();
    Map<Switch, Optional<SwitchGene>> bySwitch = new EnumMap<>(Switch.class);
    for (int i = 0; i < switches.length; i++) {
      bySwitch.put(switches[i], genes.get(i));
    }
    boolean allTrafficOn =
        bySwitch.getOrDefault(Switch.ALL, Optional.empty()).map(SwitchGene::on).orElse(false);
    for (Switch s : switches) {
      Optional<SwitchGene> gene = bySwitch.getOrDefault(s, Optional.empty());
      if (gene.isEmpty() || (allTrafficOn && s != Switch.ALL)) {
        continue;
      }
      SwitchGene g = gene.get();
      Source source = Genes.pick(s.sources(form), g.source());
      TriState value = TriState.of(g.on());
      switch (source) {
        case APP_SETTING -> {
          LegacySetting setting = requireNonNull(s.setting);
          String enabling = setting.enablingValue().orElseThrow();
          String text =
              g.on()
                  ? (nearMiss.isEmpty() ? enabling : nearMiss)
                  : LegacySetting.offValue(g.offValue());
          settings.add(Map.entry(setting.settingName(), text));
        }
        case SITE_PROPERTY -> setSiteProperty(flags, s, value);
        case SITE_CONFIG_PROPERTY -> flags.siteConfigVnetRouteAllEnabled(value);
        case MODERN -> setModern(modern, s, value);
      }
    }
    Optional<DnsConfiguration> dns = Optional.empty();
    boolean settingsAllowed = form != Form.MODERN;
    boolean modernAllowed = form != Form.LEGACY;
    if (dnsChoice == 1 && settingsAllowed) {
      settings.add(Map.entry(LegacySetting.DNS_SERVER.settingName(), "10.0.0.4"));
    } else if (dnsChoice == 2 && modernAllowed) {
      dns =
          Optional.of(
              DnsConfiguration.builder().addDnsServers(IpAddresses.parse("10.0.0.4")).build());
    }
    return new Routing(
        AppSettingsArbitrary.build(settings, unrelated), flags.build(), modern.build(), dns);
  }

  private static void setSiteProperty(LegacySiteFlags.Builder flags, Switch s, TriState value) {
    switch (s) {
      case APPLICATION -> flags.vnetRouteAllEnabled(value);
      case IMAGE_PULL -> flags.vnetImagePullEnabled(value);
      case CONTENT_SHARE -> flags.vnetContentShareEnabled(value);
      case BACKUP_RESTORE -> flags.vnetBackupRestoreEnabled(value);
      case ALL -> throw new IllegalStateException("allTraffic has no site property");
    }
  }

  private static void setModern(OutboundVnetRouting.Builder modern, Switch s, TriState value) {
    switch (s) {
      case APPLICATION -> modern.applicationTraffic(value);
      case IMAGE_PULL -> modern.imagePullTraffic(value);
      case CONTENT_SHARE -> modern.contentShareTraffic(value);
      case BACKUP_RESTORE -> modern.backupRestoreTraffic(value);
      case ALL -> modern.allTraffic(value);
    }
  }
}
