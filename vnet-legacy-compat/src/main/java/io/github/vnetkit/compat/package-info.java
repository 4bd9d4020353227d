/**
 * Legacy app settings and site properties, their modern {@code outboundVnetRouting} equivalents
 * (SPEC section 8, LEG); gateway-based integration migration is in {@code
 * io.github.vnetkit.compat.gateway} (SPEC section 9, GW).
 *
 * <ul>
 *   <li>{@link io.github.vnetkit.compat.SwitchResolver} is the one place where the three
 *       generations of routing configuration are reduced to the switches in effect, with
 *       provenance; the routing evaluator calls it.
 *   <li>{@link io.github.vnetkit.compat.LegacyAnalyzer} adds the diagnostics: conflicts,
 *       redundancies, near-misses, legacy DNS settings.
 *   <li>{@link io.github.vnetkit.compat.RoutingMigrator} writes the configuration for a target
 *       {@link io.github.vnetkit.compat.ArmApiVersion} and plans the migration there.
 * </ul>
 *
 * <pre>{@code
 * EffectiveRouting routing = SwitchResolver.strict().resolve(app);
 * routing.isOn(RoutingSwitch.APPLICATION_TRAFFIC);
 * routing.get(RoutingSwitch.APPLICATION_TRAFFIC).decidedBy(); // e.g. SwitchSource.APP_SETTING
 * LegacyAnalyzer.strict().analyze(app).diagnostics().forEach(System.out::println);
 * RoutingMigrator.strict().plan(app, ArmApiVersion.parse("2025-03-01")).applyTo(app);
 * }</pre>
 */
@NullMarked
@CompatStyle
package io.github.vnetkit.compat;

import org.jspecify.annotations.NullMarked;
