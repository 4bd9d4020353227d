package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;

/**
 * vnet-testkit writes legacy app settings from its own copy of the LEG table's setting names and
 * enabling values (it cannot depend on compat); these properties check that copy against {@link
 * RoutingSwitch}, {@link SettingValueKind} and {@link SwitchResolver}, which own the facts: the
 * names are RoutingSwitch's app settings and the DNS settings, exact values are the enabling value
 * or a recognised off value, near-misses and unrecognised values are what compat calls them, and
 * conflict-free apps have no conflicts.
 */
class TestkitAgreementProperties {

  private static final Set<String> DNS_SETTINGS =
      Set.of(SwitchResolver.DNS_SERVER_SETTING, SwitchResolver.DNS_ALT_SERVER_SETTING);

  private static Optional<RoutingSwitch> switchOf(String settingName) {
    for (RoutingSwitch s : RoutingSwitch.values()) {
      if (s.appSetting().filter(settingName::equals).isPresent()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static String enablingValue(RoutingSwitch s) {
    return s.enablingValue().orElseThrow();
  }

  @Property(tries = 10_000)
  @Label("LEG-1, LEG-3: exact legacy values are RoutingSwitch's enabling value or an off value")
  void exactValuesAreExactForCompat(@ForAll("exactSettings") AppSettings settings) {
    EffectiveRouting routing = SwitchResolver.strict().resolve(app(settings));
    for (Map.Entry<String, String> e : settings.asMap().entrySet()) {
      Optional<RoutingSwitch> s = switchOf(e.getKey());
      if (s.isPresent()) {
        SettingValueKind kind = SettingValueKind.classify(enablingValue(s.get()), e.getValue());
        assertThat(kind).as("%s", e).isIn(SettingValueKind.ENABLING, SettingValueKind.OFF);
        assertThat(routing.isOn(s.get()))
            .as("%s", e)
            .isEqualTo(e.getValue().equals(enablingValue(s.get())));
      } else {
        assertThat(DNS_SETTINGS).as("%s is a known legacy setting", e).contains(e.getKey());
        assertThat(IpAddresses.tryParse(e.getValue())).as("%s", e).isPresent();
      }
    }
    assertThat(LegacyAnalyzer.strict().analyze(app(settings)).diagnostics())
        .noneMatch(
            d ->
                EnumSet.of(
                        DiagnosticKind.UNRECOGNISED_VALUE,
                        DiagnosticKind.NEAR_MISS_VALUE,
                        DiagnosticKind.INVALID_DNS_ADDRESS,
                        DiagnosticKind.NAME_CASE_MISMATCH)
                    .contains(d.kind()));
  }

  @Provide
  Arbitrary<AppSettings> exactSettings() {
    return VnetArbitraries.appSettings().legacyOnly();
  }

  @Example
  @Label("LEG table: the testkit writes every legacy setting, and turns each on with its value")
  void everyLegacySettingAndItsEnablingValueAppear() {
    RandomGenerator<AppSettings> generator =
        VnetArbitraries.appSettings().legacyOnly().generator(1000);
    Random random = new Random(42L);
    Map<String, Set<String>> seen = new TreeMap<>();
    for (int i = 0; i < 10_000; i++) {
      generator
          .next(random)
          .value()
          .asMap()
          .forEach((name, value) -> seen.computeIfAbsent(name, n -> new TreeSet<>()).add(value));
    }
    Set<String> expected = new HashSet<>(DNS_SETTINGS);
    for (RoutingSwitch s : RoutingSwitch.values()) {
      s.appSetting().ifPresent(expected::add);
    }
    assertThat(seen.keySet()).isEqualTo(expected);
    for (RoutingSwitch s : RoutingSwitch.values()) {
      s.appSetting()
          .ifPresent(
              name ->
                  assertThat(seen.get(name))
                      .as(name)
                      .filteredOn(
                          v ->
                              SettingValueKind.classify(enablingValue(s), v)
                                  == SettingValueKind.ENABLING)
                      .containsExactly(enablingValue(s)));
    }
  }

  @Property(tries = 10_000)
  @Label("LEG-3: near-miss and unrecognised values are what compat calls them")
  void nearMissAndUnrecognisedValuesAgree(@ForAll("messySettings") AppSettings settings) {
    EffectiveRouting lenient = SwitchResolver.of(ValueMode.LENIENT).resolve(app(settings));
    for (Map.Entry<String, String> e : settings.asMap().entrySet()) {
      String canonical = e.getKey().toUpperCase(Locale.ROOT);
      Optional<RoutingSwitch> s = switchOf(canonical);
      if (s.isPresent()) {
        SettingValueKind kind = SettingValueKind.classify(enablingValue(s.get()), e.getValue());
        if (kind == SettingValueKind.NEAR_MISS_ON) {
          assertThat(lenient.isOn(s.get())).as("%s", e).isTrue();
        }
        continue;
      }
      assertThat(DNS_SETTINGS).as("%s is a known legacy setting", e).contains(canonical);
      boolean exact = IpAddresses.tryParse(e.getValue()).isPresent();
      boolean nearMiss = !exact && IpAddresses.tryParse(e.getValue().strip()).isPresent();
      if (!exact && e.getKey().equals(canonical)) {
        assertThat(
                LegacyAnalyzer.strict().analyze(app(settings)).diagnosticsFor(e.getKey()).stream()
                    .map(LegacyDiagnostic::kind))
            .as("%s", e)
            .contains(
                nearMiss ? DiagnosticKind.NEAR_MISS_VALUE : DiagnosticKind.INVALID_DNS_ADDRESS);
      }
    }
    for (String name : settings.asMap().keySet()) {
      String canonical = name.toUpperCase(Locale.ROOT);
      if (!name.equals(canonical)) {
        assertThat(
                LegacyAnalyzer.strict().analyze(app(settings)).diagnosticsFor(name).stream()
                    .map(LegacyDiagnostic::kind))
            .as(name)
            .contains(DiagnosticKind.NAME_CASE_MISMATCH);
      }
    }
  }

  @Provide
  Arbitrary<AppSettings> messySettings() {
    return VnetArbitraries.appSettings()
        .legacyOnly()
        .withNearMissValues()
        .withNearMissNames()
        .withUnrecognisedValues();
  }

  @Property(tries = 10_000)
  @Label("LEG-3: the testkit's near-miss values are near-misses for compat")
  void nearMissValuesAreNearMisses(@ForAll("nearMissSettings") AppSettings settings) {
    for (Map.Entry<String, String> e : settings.asMap().entrySet()) {
      switchOf(e.getKey())
          .ifPresent(
              s ->
                  assertThat(SettingValueKind.classify(enablingValue(s), e.getValue()))
                      .as("%s", e)
                      .isNotEqualTo(SettingValueKind.UNRECOGNISED));
    }
  }

  @Provide
  Arbitrary<AppSettings> nearMissSettings() {
    return VnetArbitraries.appSettings().legacyOnly().withNearMissValues();
  }

  @Property(tries = 10_000)
  @Label("LEG-2, LEG-4: apps().withoutConflicts() have no conflicting or ignored source")
  void conflictFreeAppsHaveNoConflicts(@ForAll("conflictFreeApps") App app) {
    for (ValueMode mode : ValueMode.values()) {
      assertThat(LegacyAnalyzer.of(mode).analyze(app).diagnostics())
          .as("%s", app)
          .noneMatch(
              d ->
                  d.kind() == DiagnosticKind.CONFLICTING_SOURCES
                      || d.kind() == DiagnosticKind.IGNORED_BY_ALL_TRAFFIC);
    }
  }

  @Provide
  Arbitrary<App> conflictFreeApps() {
    return VnetArbitraries.apps().withoutConflicts().withNearMissValues();
  }

  private static App app(AppSettings settings) {
    return Sites.app().appSettings(settings).build();
  }
}
