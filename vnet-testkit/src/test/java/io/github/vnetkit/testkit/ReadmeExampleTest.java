package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Property-testing your tool with vnetkit" example is the compiled and executed
 * {@code com.example.mytool.ReadmeExampleProperties}, verbatim.
 */
class ReadmeExampleTest {

  @Test
  void readmeShowsTheCompiledExampleVerbatim() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String example =
        Files.readString(
            Path.of("src/test/java/com/example/mytool/ReadmeExampleProperties.java"),
            StandardCharsets.UTF_8);
    assertThat(readme).contains("## Property-testing your tool with vnetkit");
    assertThat(readme).contains("```java\n" + example + "```\n");
  }

  @Test
  void readmeListsEveryEstateRuleWithItsSpecId() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (EstateRule rule : EstateRule.values()) {
      assertThat(readme)
          .as("README's table of EstateRules")
          .containsPattern(
              "(?m)^\\|[^\\n]*`" + rule.name() + "`[^\\n]*\\| " + rule.specId() + " \\|");
    }
  }
}
