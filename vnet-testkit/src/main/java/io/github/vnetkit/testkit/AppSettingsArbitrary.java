package io.github.vnetkit.testkit;

import io.github.vnetkit.model.AppSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates app settings: the legacy VNet settings of the SPEC LEG table ({@code
 * WEBSITE_VNET_ROUTE_ALL}, {@code WEBSITE_PULL_IMAGE_OVER_VNET}, {@code WEBSITE_CONTENTOVERVNET},
 * {@code WEBSITE_DNS_SERVER}, {@code WEBSITE_DNS_ALT_SERVER}) and unrelated settings ({@code
 * WEBSITE_TIME_ZONE}, {@code WEBSITE_RUN_FROM_PACKAGE=1}, ...). By default both ({@link #mixed()})
 * with exact values: the enabling value, {@code 0} or {@code false}. Shrinks towards no settings.
 * Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.appSettings().legacyOnly().withNearMissValues(); // "True", " 1 ", "true" for a "1" setting
 * VnetArbitraries.appSettings().modernOnly();  // no legacy VNet setting at all
 * VnetArbitraries.appSettings().mixed().withNearMissNames(); // also "website_vnet_route_all"
 * }</pre>
 */
public final class AppSettingsArbitrary extends ArbitraryDecorator<AppSettings> {

  /** Which settings appear. */
  enum Form {
    LEGACY_ONLY,
    MODERN_ONLY,
    MIXED
  }

  private final Form form;
  private final boolean nearMissValues;
  private final boolean nearMissNames;
  private final boolean unrecognisedValues;

  AppSettingsArbitrary() {
    this(Form.MIXED, false, false, false);
  }

  private AppSettingsArbitrary(
      Form form, boolean nearMissValues, boolean nearMissNames, boolean unrecognisedValues) {
    this.form = form;
    this.nearMissValues = nearMissValues;
    this.nearMissNames = nearMissNames;
    this.unrecognisedValues = unrecognisedValues;
  }

  /** Only legacy VNet settings (any subset of them, possibly none). */
  public AppSettingsArbitrary legacyOnly() {
    return new AppSettingsArbitrary(
        Form.LEGACY_ONLY, nearMissValues, nearMissNames, unrecognisedValues);
  }

  /**
   * Only settings a modern app carries: none of the legacy VNet settings (their job is done by
   * {@code outboundVnetRouting} and {@code dnsConfiguration}); the value knobs then have no effect.
   */
  public AppSettingsArbitrary modernOnly() {
    return new AppSettingsArbitrary(
        Form.MODERN_ONLY, nearMissValues, nearMissNames, unrecognisedValues);
  }

  /** Legacy VNet settings and unrelated settings together (the default). */
  public AppSettingsArbitrary mixed() {
    return new AppSettingsArbitrary(Form.MIXED, nearMissValues, nearMissNames, unrecognisedValues);
  }

  /**
   * Legacy settings may also carry near-miss values (SPEC LEG-3): {@code True}, {@code " 1 "},
   * {@code true} or {@code TRUE} for a {@code 1} setting, {@code 1} for a {@code true} setting,
   * {@code False}, {@code " 0 "}, and DNS servers with surrounding spaces. They are also edge
   * cases.
   */
  public AppSettingsArbitrary withNearMissValues() {
    return new AppSettingsArbitrary(form, true, nearMissNames, unrecognisedValues);
  }

  /**
   * Legacy settings may also be named in another case ({@code website_vnet_route_all}), which only
   * a lenient reader matches.
   */
  public AppSettingsArbitrary withNearMissNames() {
    return new AppSettingsArbitrary(form, nearMissValues, true, unrecognisedValues);
  }

  /**
   * Legacy settings may also carry values that are neither on, off nor a near-miss ({@code yes}).
   */
  public AppSettingsArbitrary withUnrecognisedValues() {
    return new AppSettingsArbitrary(form, nearMissValues, nearMissNames, true);
  }

  @Override
  protected Arbitrary<AppSettings> arbitrary() {
    Arbitrary<List<Map.Entry<String, String>>> legacy =
        form == Form.MODERN_ONLY
            ? Arbitraries.just(List.of())
            : legacyEntries(nearMissValues, nearMissNames, unrecognisedValues);
    Arbitrary<Set<String>> unrelated =
        form == Form.LEGACY_ONLY
            ? Arbitraries.just(Set.of())
            : Arbitraries.subsetOf(LegacySetting.UNRELATED.keySet()).ofMaxSize(3);
    Arbitrary<AppSettings> settings =
        Combinators.combine(legacy, unrelated).as(AppSettingsArbitrary::build);
    if (form != Form.MODERN_ONLY && (nearMissValues || nearMissNames)) {
      List<AppSettings> edges = new ArrayList<>();
      if (nearMissValues) {
        for (String v : List.of("True", " 1 ", "true")) {
          edges.add(AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", v).build());
        }
        edges.add(AppSettings.builder().put("WEBSITE_PULL_IMAGE_OVER_VNET", "1").build());
      }
      if (nearMissNames) {
        edges.add(AppSettings.builder().put("website_vnet_route_all", "1").build());
      }
      return settings.edgeCases(c -> c.add(edges.toArray(new AppSettings[0])));
    }
    return settings;
  }

  /** One optional entry per legacy setting, in table order; each shrinks to absent. */
  static Arbitrary<List<Map.Entry<String, String>>> legacyEntries(
      boolean nearMissValues, boolean nearMissNames, boolean unrecognisedValues) {
    List<Arbitrary<Optional<Map.Entry<String, String>>>> parts = new ArrayList<>();
    for (LegacySetting s : LegacySetting.values()) {
      Arbitrary<String> names =
          nearMissNames
              ? Arbitraries.frequencyOf(
                  List.of(
                      Tuple2s.weighted(3, Arbitraries.just(s.settingName())),
                      Tuple2s.weighted(1, Arbitraries.of(s.nearMissNames()))))
              : Arbitraries.just(s.settingName());
      Arbitrary<Map.Entry<String, String>> entry =
          Combinators.combine(names, values(s, nearMissValues, unrecognisedValues)).as(Map::entry);
      parts.add(entry.optional(0.4));
    }
    return Combinators.combine(parts)
        .as(
            options -> {
              List<Map.Entry<String, String>> present = new ArrayList<>();
              options.forEach(o -> o.ifPresent(present::add));
              return present;
            });
  }

  /** Values for one legacy setting; shrink towards its enabling (or first) value. */
  static Arbitrary<String> values(
      LegacySetting s, boolean nearMissValues, boolean unrecognisedValues) {
    List<Tuple2<Integer, Arbitrary<String>>> parts = new ArrayList<>();
    parts.add(Tuple2s.weighted(6, Arbitraries.of(s.exactValues())));
    if (nearMissValues) {
      parts.add(Tuple2s.weighted(4, Arbitraries.of(s.nearMissValues())));
    }
    if (unrecognisedValues) {
      parts.add(Tuple2s.weighted(1, Arbitraries.of(s.unrecognisedValues())));
    }
    return Arbitraries.frequencyOf(parts);
  }

  static AppSettings build(List<Map.Entry<String, String>> legacy, Set<String> unrelated) {
    AppSettings.Builder b = AppSettings.builder();
    legacy.forEach(e -> b.put(e.getKey(), e.getValue()));
    LegacySetting.UNRELATED.forEach(
        (name, value) -> {
          if (unrelated.contains(name)) {
            b.put(name, value);
          }
        });
    return b.build();
  }
}
