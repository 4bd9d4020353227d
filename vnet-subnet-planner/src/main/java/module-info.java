/**
 * Subnet capacity planning (SPEC section 3, CAP) and carving integration subnets out of a virtual
 * network.
 */
module io.github.vnetkit.planner {
  requires transitive io.github.vnetkit.model;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

// API packages are added with the module's first public types.
}
