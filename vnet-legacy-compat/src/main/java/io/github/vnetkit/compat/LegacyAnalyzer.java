package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.IPAddress;
import io.github.vnetkit.compat.internal.Checks;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an app's legacy routing and DNS configuration and says what is in effect and what is wrong
 * with it (SPEC LEG-1..LEG-4, DNS-2, FN-4). It reports:
 *
 * <ul>
 *   <li>conflicting sources of one switch: which won, which lost, what to remove (LEG-4);
 *   <li>sources that agree with a more modern one and are therefore redundant (LEG-1);
 *   <li>individual switches ignored because {@code outboundVnetRouting.allTraffic} is on (LEG-2);
 *   <li>app-setting values that are neither the enabling value nor a recognised off value (LEG-3);
 *   <li>near-miss values and names: not accepted in strict mode, accepted and reported in lenient
 *       mode (LEG-3);
 *   <li>names that match a known setting only when case is ignored (LEG-3);
 *   <li>{@code WEBSITE_CONTENTOVERVNET} on a Consumption plan (TIER-1, FN-4);
 *   <li>legacy DNS settings and invalid DNS addresses (DNS-2), and their conflicts with {@code
 *       dnsConfiguration} (LEG-4).
 * </ul>
 *
 * <p>The effective values come from {@link SwitchResolver} in the same mode, so the analysis and
 * the routing evaluator never disagree. Strict mode is the default; lenient mode must be chosen
 * explicitly with {@link #of(ValueMode)}. Diagnostics are sorted by {@link LegacyDiagnostic#ORDER},
 * so equal configurations give equal analyses. Instances are immutable and thread-safe; cost is
 * constant per call.
 *
 * <pre>{@code
 * LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app, plan);
 * analysis.diagnostics().forEach(System.out::println);
 * LegacyAnalyzer.of(ValueMode.LENIENT).analyze(app); // accepts "True", reports it
 * }</pre>
 */
public final class LegacyAnalyzer {

  private static final LegacyAnalyzer STRICT = new LegacyAnalyzer(SwitchResolver.strict());
  private static final LegacyAnalyzer LENIENT =
      new LegacyAnalyzer(SwitchResolver.of(ValueMode.LENIENT));

  private final SwitchResolver resolver;

  private LegacyAnalyzer(SwitchResolver resolver) {
    this.resolver = resolver;
  }

  /** The default analyzer: strict mode (LEG-3). */
  public static LegacyAnalyzer strict() {
    return STRICT;
  }

  /**
   * An analyzer in the given mode.
   *
   * @throws NullPointerException if {@code mode} is null
   */
  public static LegacyAnalyzer of(ValueMode mode) {
    return requireNonNull(mode, "mode") == ValueMode.STRICT ? STRICT : LENIENT;
  }

  /** The mode app settings are read in. */
  public ValueMode mode() {
    return resolver.mode();
  }

  /**
   * Analyses {@code site} (an app or a slot) without plan-dependent checks.
   *
   * @throws NullPointerException if {@code site} is null
   */
  public LegacyAnalysis analyze(Site site) {
    return analyze(requireNonNull(site, "site"), Optional.empty());
  }

  /**
   * Analyses {@code site} on {@code plan}, which adds the Consumption-plan check of {@code
   * WEBSITE_CONTENTOVERVNET} (a Consumption plan has {@link PricingTier#DYNAMIC}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code site} is an {@link App} whose {@code planId} is not
   *     {@code plan}'s id
   */
  public LegacyAnalysis analyze(Site site, AppServicePlan plan) {
    requireNonNull(site, "site");
    requireNonNull(plan, "plan");
    if (site instanceof App app) {
      Checks.requirePlanOf(app, plan);
    }
    return analyze(site, Optional.of(plan));
  }

  private LegacyAnalysis analyze(Site site, Optional<AppServicePlan> plan) {
    EffectiveRouting routing = resolver.resolve(site);
    List<LegacyDiagnostic> out = new ArrayList<>();
    for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
      EffectiveSwitch effective = routing.get(s);
      precedence(s, effective, out);
      effective.sources().stream()
          .filter(SourceSetting::isAppSetting)
          .findFirst()
          .ifPresent(setting -> appSettingValue(s, setting, out));
      s.appSetting()
          .ifPresent(
              name ->
                  nameCase(
                      name,
                      site.appSettings(),
                      s,
                      s.trafficName() + " is " + onOff(effective.on()),
                      " (value '"
                          + s.enablingValue().orElseThrow()
                          + "' to enable), or better set "
                          + SiteProperty.modern(s).path(),
                      out));
    }
    dns(site, routing, out);
    plan.ifPresent(p -> consumption(p, site, routing, out));
    out.sort(LegacyDiagnostic.ORDER);
    return LegacyAnalysis.builder().routing(routing).addAllDiagnostics(out).build();
  }

  private static void precedence(
      RoutingSwitch s, EffectiveSwitch effective, List<LegacyDiagnostic> out) {
    if (effective.decidedBy() == SwitchSource.ALL_TRAFFIC) {
      for (SourceSetting ignored : effective.sources()) {
        out.add(
            diagnostic(ignored.on() ? Severity.INFO : Severity.WARNING, ignored, s)
                .kind(DiagnosticKind.IGNORED_BY_ALL_TRAFFIC)
                .message(
                    describe(ignored)
                        + " is ignored: outboundVnetRouting.allTraffic=true routes "
                        + s.trafficName()
                        + " through the VNet whatever it says (LEG-2, CFG-2)")
                .suggestedFix(
                    ignored.on()
                        ? "remove " + what(ignored) + "; allTraffic already turns it on"
                        : "remove "
                            + what(ignored)
                            + "; to keep "
                            + s.trafficName()
                            + " off the VNet, set outboundVnetRouting.allTraffic=false and set"
                            + " the individual switches instead")
                .build());
      }
      return;
    }
    Optional<SourceSetting> deciding = effective.decidingSetting();
    if (deciding.isEmpty()) {
      return;
    }
    SourceSetting winner = deciding.get();
    for (SourceSetting loser : effective.overriddenSettings()) {
      if (loser.on() == winner.on()) {
        out.add(
            diagnostic(Severity.INFO, loser, s)
                .kind(DiagnosticKind.REDUNDANT_SETTING)
                .message(
                    describe(loser)
                        + " is redundant: the more modern "
                        + describe(winner)
                        + " is set and decides (LEG-1); "
                        + s.trafficName()
                        + " is "
                        + onOff(winner.on()))
                .suggestedFix("remove " + what(loser))
                .build());
      } else {
        out.add(
            diagnostic(Severity.WARNING, loser, s)
                .kind(DiagnosticKind.CONFLICTING_SOURCES)
                .message(
                    describe(loser)
                        + " says "
                        + onOff(loser.on())
                        + " but loses to the more modern "
                        + describe(winner)
                        + " (LEG-1), so "
                        + s.trafficName()
                        + " is "
                        + onOff(winner.on()))
                .suggestedFix(
                    "remove "
                        + what(loser)
                        + "; if "
                        + s.trafficName()
                        + " should be "
                        + onOff(loser.on())
                        + ", set "
                        + winner.name()
                        + "="
                        + loser.on()
                        + " instead")
                .build());
      }
    }
  }

  private void appSettingValue(RoutingSwitch s, SourceSetting setting, List<LegacyDiagnostic> out) {
    String canonical = s.appSetting().orElseThrow();
    String enabling = s.enablingValue().orElseThrow();
    String modern = SiteProperty.modern(s).path();
    boolean lenient = mode() == ValueMode.LENIENT;
    if (!setting.name().equals(canonical)) {
      out.add(
          diagnostic(Severity.WARNING, setting, s)
              .kind(DiagnosticKind.NEAR_MISS_ACCEPTED)
              .message(
                  "name '"
                      + setting.name()
                      + "' matches "
                      + canonical
                      + " only when case is ignored; read because the caller chose lenient mode"
                      + " (LEG-3)")
              .suggestedFix("rename it to " + canonical + ", or better set " + modern)
              .build());
    }
    SettingValueKind kind = setting.valueKind().orElseThrow();
    switch (kind) {
      case ENABLING, OFF -> {}
      case UNRECOGNISED ->
          out.add(
              diagnostic(Severity.WARNING, setting, s)
                  .kind(DiagnosticKind.UNRECOGNISED_VALUE)
                  .message(
                      "value '"
                          + setting.value()
                          + "' is neither the enabling value '"
                          + enabling
                          + "' nor a recognised off value ('0', 'false'); read as off, not"
                          + " guessed (LEG-3)")
                  .suggestedFix(
                      "set it to '"
                          + enabling
                          + "' to route "
                          + s.trafficName()
                          + " through the VNet, or to '0' (or remove it) to keep it off; better"
                          + " set "
                          + modern)
                  .build());
      case NEAR_MISS_ON ->
          out.add(
              diagnostic(Severity.WARNING, setting, s)
                  .kind(
                      lenient ? DiagnosticKind.NEAR_MISS_ACCEPTED : DiagnosticKind.NEAR_MISS_VALUE)
                  .message(
                      "value '"
                          + setting.value()
                          + "' is not exactly the enabling value '"
                          + enabling
                          + (lenient
                              ? "'; accepted as on because the caller chose lenient mode (LEG-3)"
                              : "', so strict mode reads it as off (LEG-3); lenient mode would"
                                  + " read it as on"))
                  .suggestedFix(
                      "set it to exactly '"
                          + enabling
                          + "' if "
                          + s.trafficName()
                          + " should go through the VNet, or to '0' if not")
                  .build());
      case NEAR_MISS_OFF ->
          out.add(
              diagnostic(Severity.INFO, setting, s)
                  .kind(
                      lenient ? DiagnosticKind.NEAR_MISS_ACCEPTED : DiagnosticKind.NEAR_MISS_VALUE)
                  .message(
                      "value '"
                          + setting.value()
                          + "' is not written as '0' or 'false'; read as off"
                          + (lenient ? " (lenient mode)" : "")
                          + " (LEG-3)")
                  .suggestedFix("set it to exactly '0', or remove it")
                  .build());
    }
  }

  /**
   * Reports a name that matches the known setting {@code canonical} only when case is ignored,
   * which strict mode does not read (LEG-3); lenient mode reads it and reports it elsewhere.
   */
  private void nameCase(
      String canonical,
      AppSettings settings,
      @Nullable RoutingSwitch s,
      String effect,
      String fix,
      List<LegacyDiagnostic> out) {
    if (mode() != ValueMode.STRICT || settings.contains(canonical)) {
      return;
    }
    settings
        .findIgnoringCase(canonical)
        .ifPresent(
            e -> {
              ImmutableLegacyDiagnostic.Builder d =
                  LegacyDiagnostic.builder()
                      .severity(Severity.WARNING)
                      .kind(DiagnosticKind.NAME_CASE_MISMATCH)
                      .settingName(e.getKey())
                      .settingValue(e.getValue())
                      .message(
                          "'"
                              + e.getKey()
                              + "' matches the known setting "
                              + canonical
                              + " only when case is ignored, so strict mode does not read it"
                              + " (LEG-3); "
                              + effect)
                      .suggestedFix("rename it to " + canonical + fix);
              if (s != null) {
                d.routingSwitch(s);
              }
              out.add(d.build());
            });
  }

  private void dns(Site site, EffectiveRouting routing, List<LegacyDiagnostic> out) {
    dnsSetting(SwitchResolver.DNS_SERVER_SETTING, SiteProperty.DNS_SERVERS, site, routing, out);
    dnsSetting(
        SwitchResolver.DNS_ALT_SERVER_SETTING, SiteProperty.DNS_ALT_SERVER, site, routing, out);
  }

  private void dnsSetting(
      String canonical,
      SiteProperty property,
      Site site,
      EffectiveRouting routing,
      List<LegacyDiagnostic> out) {
    AppSettings settings = site.appSettings();
    nameCase(
        canonical,
        settings,
        null,
        "this DNS setting is not in effect (DNS-2)",
        ", or better set " + property.path(),
        out);
    Optional<Map.Entry<String, String>> read = resolver.readAppSetting(canonical, settings);
    if (read.isEmpty()) {
      return;
    }
    String name = read.get().getKey();
    String value = read.get().getValue();
    boolean lenient = mode() == ValueMode.LENIENT;
    if (!name.equals(canonical)) {
      out.add(
          dnsDiagnostic(Severity.WARNING, name, value)
              .kind(DiagnosticKind.NEAR_MISS_ACCEPTED)
              .message(
                  "name '"
                      + name
                      + "' matches "
                      + canonical
                      + " only when case is ignored; read because the caller chose lenient mode"
                      + " (LEG-3)")
              .suggestedFix("rename it to " + canonical + ", or better set " + property.path())
              .build());
    }
    Optional<IPAddress> address = resolver.readDnsAddress(value);
    if (address.isEmpty()) {
      Optional<IPAddress> stripped = IpAddresses.tryParse(value.strip());
      if (stripped.isPresent()) {
        out.add(
            dnsDiagnostic(Severity.WARNING, name, value)
                .kind(DiagnosticKind.NEAR_MISS_VALUE)
                .ruleId("DNS-2")
                .message(
                    "value '"
                        + value
                        + "' has surrounding whitespace, so strict mode does not read it and this"
                        + " DNS server is not in effect (LEG-3, DNS-2)")
                .suggestedFix("write it as '" + stripped.get() + "'")
                .build());
      } else {
        out.add(
            dnsDiagnostic(Severity.WARNING, name, value)
                .kind(DiagnosticKind.INVALID_DNS_ADDRESS)
                .message(
                    "value '"
                        + value
                        + "' is not a single IP address, so this DNS setting is ignored (DNS-2)")
                .suggestedFix("set it to the DNS server's address, such as 10.0.0.4, or remove it")
                .build());
      }
      return;
    }
    if (lenient && !value.equals(value.strip())) {
      out.add(
          dnsDiagnostic(Severity.WARNING, name, value)
              .kind(DiagnosticKind.NEAR_MISS_ACCEPTED)
              .message(
                  "value '"
                      + value
                      + "' has surrounding whitespace; read as "
                      + address.get()
                      + " because the caller chose lenient mode (LEG-3)")
              .suggestedFix("write it as '" + address.get() + "'")
              .build());
    }
    if (routing.dnsSource() == DnsSource.DNS_CONFIGURATION) {
      DnsConfiguration modern = site.dnsConfiguration().orElseThrow();
      Optional<IPAddress> counterpart =
          property == SiteProperty.DNS_SERVERS
              ? modern.dnsServers().stream().findFirst()
              : modern.dnsAltServer();
      boolean same = counterpart.isPresent() && counterpart.get().equals(address.get());
      out.add(
          dnsDiagnostic(same ? Severity.INFO : Severity.WARNING, name, value)
              .kind(same ? DiagnosticKind.REDUNDANT_SETTING : DiagnosticKind.CONFLICTING_SOURCES)
              .message(
                  same
                      ? "redundant: dnsConfiguration is set and already names "
                          + address.get()
                          + " (LEG-1, DNS-2)"
                      : "names "
                          + address.get()
                          + " but loses to dnsConfiguration, which is set (LEG-1), so the app"
                          + " uses "
                          + routing.dnsServers())
              .suggestedFix(
                  same
                      ? "remove app setting " + name
                      : "remove app setting "
                          + name
                          + "; if the app should use "
                          + address.get()
                          + ", put it in "
                          + property.path())
              .build());
      return;
    }
    out.add(
        dnsDiagnostic(Severity.INFO, name, value)
            .kind(DiagnosticKind.LEGACY_DNS_SETTING)
            .message(
                "legacy DNS app setting, in effect because dnsConfiguration is not set; its"
                    + " modern form is "
                    + property.path()
                    + " (DNS-2)")
            .suggestedFix(
                "set "
                    + property.path()
                    + " to "
                    + address.get()
                    + " and remove app setting "
                    + name
                    + " (RoutingMigrator.plan does both)")
            .build());
  }

  private void consumption(
      AppServicePlan plan, Site site, EffectiveRouting routing, List<LegacyDiagnostic> out) {
    if (plan.tier() != PricingTier.DYNAMIC) {
      return;
    }
    RoutingSwitch s = RoutingSwitch.CONTENT_SHARE_TRAFFIC;
    String canonical = s.appSetting().orElseThrow();
    String why =
        " on Consumption plan '"
            + plan.id().name()
            + "': a Consumption plan cannot integrate with a VNet (TIER-1) nor use a storage"
            + " account restricted to a VNet (FN-4), so content share cannot go through a VNet";
    String move =
        "to reach a VNet-restricted content share, move the app to an Elastic Premium plan"
            + " (EP1..EP3) with regional integration";
    Optional<Map.Entry<String, String>> setting = site.appSettings().findIgnoringCase(canonical);
    if (setting.isPresent()) {
      boolean on =
          resolver
              .readAppSetting(canonical, site.appSettings())
              .map(e -> SettingValueKind.classify(s.enablingValue().orElseThrow(), e.getValue()))
              .map(kind -> kind.isOn(mode()))
              .orElse(false);
      out.add(
          LegacyDiagnostic.builder()
              .severity(on ? Severity.ERROR : Severity.INFO)
              .kind(DiagnosticKind.CONTENT_SHARE_ON_CONSUMPTION)
              .settingName(setting.get().getKey())
              .settingValue(setting.get().getValue())
              .routingSwitch(s)
              .message(setting.get().getKey() + (on ? " turns content share on" : " is set") + why)
              .suggestedFix("remove it; " + move)
              .build());
    }
    EffectiveSwitch effective = routing.get(s);
    if (effective.on() && effective.decidedBy() != SwitchSource.APP_SETTING) {
      String name =
          effective
              .decidingSetting()
              .map(SourceSetting::name)
              .orElse(SiteProperty.OUTBOUND_ALL_TRAFFIC.path());
      out.add(
          LegacyDiagnostic.builder()
              .severity(Severity.ERROR)
              .kind(DiagnosticKind.CONTENT_SHARE_ON_CONSUMPTION)
              .settingName(name)
              .settingValue("true")
              .routingSwitch(s)
              .message(name + " turns content share on" + why)
              .suggestedFix("set it to false or remove it; " + move)
              .build());
    }
  }

  private static ImmutableLegacyDiagnostic.Builder diagnostic(
      Severity severity, SourceSetting setting, RoutingSwitch s) {
    return LegacyDiagnostic.builder()
        .severity(severity)
        .settingName(setting.name())
        .settingValue(setting.value())
        .routingSwitch(s);
  }

  private static ImmutableLegacyDiagnostic.Builder dnsDiagnostic(
      Severity severity, String name, String value) {
    return LegacyDiagnostic.builder().severity(severity).settingName(name).settingValue(value);
  }

  private static String describe(SourceSetting setting) {
    return (setting.isAppSetting() ? "app setting " : "property ")
        + setting.name()
        + "="
        + setting.value();
  }

  private static String what(SourceSetting setting) {
    return (setting.isAppSetting() ? "app setting " : "property ") + setting.name();
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
