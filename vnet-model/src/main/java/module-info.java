/**
 * vnetkit's domain model: immutable, validated value types for App Service plans, apps and
 * deployment slots, virtual networks, subnets, SKUs, regions, ARM resource ids and the three-state
 * routing switches.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Cidr prefix = Cidr.parse("10.0.1.0/26");
 * Sku sku = Sku.parse("p1v3"); // PremiumV3
 * }</pre>
 */
module io.github.vnetkit.model {
  requires transitive com.google.common;
  requires transitive inet.ipaddr;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.vnetkit.model;
}
