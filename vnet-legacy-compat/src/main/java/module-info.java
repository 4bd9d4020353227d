/**
 * Legacy app settings and site properties, their modern {@code outboundVnetRouting} equivalents
 * (SPEC section 8, LEG), and gateway-based integration migration (SPEC section 9, GW).
 */
module io.github.vnetkit.compat {
  requires transitive io.github.vnetkit.model;
  requires transitive io.github.vnetkit.planner;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.vnetkit.compat;
  exports io.github.vnetkit.compat.gateway;
}
