package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly its API packages, unqualified; everything else stays internal. */
class ModuleExportsTest {

  @Test
  void exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("io.github.vnetkit.testkit");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    assertThat(
            descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.github.vnetkit.testkit");
    assertThat(descriptor.provides())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.service()).isEqualTo("net.jqwik.api.SampleReportingFormat");
              assertThat(p.providers())
                  .containsExactly("io.github.vnetkit.testkit.internal.EstateReportingFormat");
            });
  }
}
