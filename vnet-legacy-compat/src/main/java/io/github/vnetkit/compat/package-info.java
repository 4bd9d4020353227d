/**
 * Legacy app settings and site properties, their modern {@code outboundVnetRouting} equivalents
 * (SPEC section 8, LEG), and gateway-based integration migration (SPEC section 9, GW).
 *
 * <p>{@link io.github.vnetkit.compat.SwitchResolver} is the one place where the three generations
 * of routing configuration are reduced to the switches in effect; the routing evaluator calls it.
 *
 * <pre>{@code
 * EffectiveRouting routing = SwitchResolver.strict().resolve(app);
 * routing.isOn(RoutingSwitch.APPLICATION_TRAFFIC);
 * routing.get(RoutingSwitch.APPLICATION_TRAFFIC).decidedBy(); // e.g. SwitchSource.APP_SETTING
 * }</pre>
 */
@NullMarked
@CompatStyle
package io.github.vnetkit.compat;

import org.jspecify.annotations.NullMarked;
