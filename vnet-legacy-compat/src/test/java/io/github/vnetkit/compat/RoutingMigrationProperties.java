package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the legacy mapping and of migrations over generated configurations. */
class RoutingMigrationProperties {

  @Provide
  Arbitrary<App> apps() {
    return Configurations.apps();
  }

  @Provide
  Arbitrary<ArmApiVersion> versions() {
    return Configurations.versions();
  }

  @Provide
  Arbitrary<List<Map.Entry<String, String>>> settingLists() {
    return Configurations.settingLists();
  }

  @Property(tries = 500)
  @Label("LEG-6: effective switches and DNS servers are equal before and after a migration")
  void leg6_migrationKeepsEffectiveRouting(
      @ForAll("apps") App app, @ForAll("versions") ArmApiVersion version, @ForAll ValueMode mode) {
    SwitchResolver resolver = SwitchResolver.of(mode);
    RoutingMigrationPlan plan = RoutingMigrator.of(mode).plan(app, version);
    App migrated = plan.applyTo(app);
    EffectiveRouting before = resolver.resolve(app);
    EffectiveRouting after = resolver.resolve(migrated);
    assertThat(after.sameRoutingAs(before)).as(plan.toString()).isTrue();
    for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
      assertThat(after.isOn(s)).as("%s after %s", s, plan).isEqualTo(before.isOn(s));
    }
    assertThat(after.dnsServers()).isEqualTo(before.dnsServers());
    if (version.routingSchema() == RoutingSchema.OUTBOUND_VNET_ROUTING) {
      assertThat(after.isOn(RoutingSwitch.ALL_TRAFFIC))
          .isEqualTo(before.isOn(RoutingSwitch.ALL_TRAFFIC));
      assertThat(migrated.legacySiteFlags().isEmpty()).isTrue();
    } else {
      assertThat(migrated.outboundVnetRouting().isEmpty()).isTrue();
    }
    assertThat(plan.before()).isEqualTo(before);
    assertThat(plan.after()).isEqualTo(after);
  }

  @Property(tries = 500)
  @Label("LEG-6: a plan applied twice is empty the second time, and applying is idempotent")
  void leg6_planAppliedTwiceIsEmpty(
      @ForAll("apps") App app, @ForAll("versions") ArmApiVersion version, @ForAll ValueMode mode) {
    RoutingMigrator migrator = RoutingMigrator.of(mode);
    RoutingMigrationPlan plan = migrator.plan(app, version);
    App once = plan.applyTo(app);
    assertThat(plan.applyTo(once)).isEqualTo(once);
    RoutingMigrationPlan second = migrator.plan(once, version);
    assertThat(second.isEmpty()).as("second plan:%n%s%nfirst plan:%n%s", second, plan).isTrue();
    assertThat(second.target().properties()).isEqualTo(plan.target().properties());
  }

  @Property(tries = 300)
  @Label("LEG-6: any chain of migrations between API versions keeps the effective routing")
  void leg6_chainsOfMigrationsKeepRouting(
      @ForAll("apps") App app,
      @ForAll("versions") ArmApiVersion first,
      @ForAll("versions") ArmApiVersion second,
      @ForAll("versions") ArmApiVersion third) {
    RoutingMigrator migrator = RoutingMigrator.strict();
    App current = app;
    for (ArmApiVersion version : List.of(first, second, third)) {
      current = migrator.plan(current, version).applyTo(current);
    }
    assertThat(
            SwitchResolver.strict()
                .resolve(current)
                .sameRoutingAs(SwitchResolver.strict().resolve(app)))
        .isTrue();
  }

  @Property(tries = 300)
  @Label("LEG-4: a migrated configuration has no conflicting sources left")
  void leg4_migratedConfigurationHasNoConflicts(
      @ForAll("apps") App app, @ForAll("versions") ArmApiVersion version, @ForAll ValueMode mode) {
    App migrated = RoutingMigrator.of(mode).plan(app, version).applyTo(app);
    assertThat(LegacyAnalyzer.of(mode).analyze(migrated).diagnostics())
        .noneMatch(d -> d.kind() == DiagnosticKind.CONFLICTING_SOURCES);
  }

  @Property(tries = 500)
  @Label(
      "LEG-1: effective switches, diagnostics and plans never depend on the order of the app"
          + " settings")
  void leg1_independentOfSettingOrder(
      @ForAll("settingLists") List<Map.Entry<String, String>> settings,
      @ForAll Random random,
      @ForAll ValueMode mode,
      @ForAll("versions") ArmApiVersion version) {
    List<Map.Entry<String, String>> shuffled = new ArrayList<>(settings);
    Collections.shuffle(shuffled, random);
    App inOrder = Sites.app().appSettings(Configurations.settings(settings)).build();
    App reordered = Sites.app().appSettings(Configurations.settings(shuffled)).build();
    assertThat(SwitchResolver.of(mode).resolve(reordered))
        .isEqualTo(SwitchResolver.of(mode).resolve(inOrder));
    assertThat(LegacyAnalyzer.of(mode).analyze(reordered))
        .isEqualTo(LegacyAnalyzer.of(mode).analyze(inOrder));
    assertThat(RoutingMigrator.of(mode).plan(reordered, version))
        .isEqualTo(RoutingMigrator.of(mode).plan(inOrder, version));
  }

  @Property(tries = 300)
  @Label("Diagnostics are always sorted and name a rule, a setting and a fix")
  void diagnosticsAreSortedAndComplete(@ForAll("apps") App app, @ForAll ValueMode mode) {
    List<LegacyDiagnostic> diagnostics = LegacyAnalyzer.of(mode).analyze(app).diagnostics();
    List<LegacyDiagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(LegacyDiagnostic.ORDER);
    assertThat(diagnostics).isEqualTo(sorted);
    assertThat(diagnostics)
        .allSatisfy(
            d -> {
              assertThat(d.ruleId()).matches("[A-Z]+-[0-9]+");
              assertThat(d.settingName()).isNotBlank();
              assertThat(d.suggestedFix()).isNotBlank();
            });
  }
}
