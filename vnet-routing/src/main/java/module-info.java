/** Where an app's outbound flow goes, and why (SPEC sections 4 to 7: APP, CFG, NR, DNS). */
module io.github.vnetkit.routing {
  requires transitive io.github.vnetkit.model;
  requires transitive io.github.vnetkit.compat;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.vnetkit.routing;
}
