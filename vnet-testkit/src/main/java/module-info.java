/** jqwik arbitraries for valid, shrinkable vnetkit model values. */
module io.github.vnetkit.testkit {
  requires transitive io.github.vnetkit.model;
  requires transitive net.jqwik.api;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.vnetkit.testkit;
}
