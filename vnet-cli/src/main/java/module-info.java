/** The {@code vnet} command. It has no API packages: run it with {@code java -jar vnet.jar}. */
module io.github.vnetkit.cli {
  requires io.github.vnetkit.model;
  requires io.github.vnetkit.planner;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  opens io.github.vnetkit.cli to
      info.picocli;
}
