package io.github.vnetkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end: runs the {@code vnet} main class as the jar does and reads what it prints. */
class VnetCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  record Run(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      JsonNode node = MAPPER.readTree(out);
      assertThat(node.isObject()).as("one JSON object").isTrue();
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).allMatch(k -> k.matches("[a-z][a-zA-Z]*"), "camelCase keys");
      return node;
    }

    List<String> rules() throws IOException {
      List<String> rules = new ArrayList<>();
      json().get("rules").forEach(r -> rules.add(r.asText()));
      return rules;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VnetCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  @DisplayName("CAP-5: vnet capacity --prefix 26 --json")
  void capacityJson() throws IOException {
    Run run = run("capacity", "--prefix", "26", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = run.json();
    assertThat(json.get("prefix").asInt()).isEqualTo(26);
    assertThat(json.get("usableAddresses").asLong()).isEqualTo(59);
    assertThat(json.get("addressesPerInstance").asLong()).isEqualTo(1);
    assertThat(json.get("maxInstancesSteady").asLong()).isEqualTo(59);
    assertThat(json.get("maxInstancesWithScaleHeadroom").asLong()).isEqualTo(29);
    assertThat(json.get("integrationAllowed").asBoolean()).isTrue();
    assertThat(run.rules()).containsExactly("CAP-1", "CAP-2", "CAP-5", "CAP-7");
    assertThat(json.get("steps").get(0).get("rule").asText()).isEqualTo("CAP-1");
  }

  @Test
  @DisplayName("CAP-3: vnet capacity --prefix /25 --container-apps 4, as a table")
  void capacityTable() {
    Run run = run("capacity", "--prefix", "/25", "--container-apps", "4");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("usable addresses")
        .contains("123")
        .contains("addresses per instance")
        .contains("A /25 holds 24 instances steady, 12 with room to scale.")
        .contains("CAP-3");
  }

  @Test
  @DisplayName("CAP-7: vnet capacity --prefix 29 answers, it does not fail")
  void capacityTooSmall() throws IOException {
    Run run = run("capacity", "--prefix", "29", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.json().get("integrationAllowed").asBoolean()).isFalse();
    assertThat(run.json().get("maxInstancesSteady").asLong()).isZero();
  }

  @Test
  @DisplayName("CAP-4, CAP-6: vnet plan --instances 30 --json")
  void planJson() throws IOException {
    Run run = run("plan", "--instances", "30", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("addressesNeeded").asLong()).isEqualTo(60);
    assertThat(json.get("smallestPrefix").asInt()).isEqualTo(25);
    assertThat(json.get("recommendedPrefix").asInt()).isEqualTo(25);
    assertThat(json.get("fits").asBoolean()).isTrue();
    assertThat(run.rules()).contains("CAP-4", "CAP-5", "CAP-6", "CAP-7", "CAP-9");
  }

  @Test
  @DisplayName("CAP-3: [002] example with --no-headroom: 50 addresses, /26")
  void planWindowsContainers() throws IOException {
    JsonNode json =
        run("plan", "--instances", "10", "--container-apps", "4", "--no-headroom", "--json").json();
    assertThat(json.get("addressesPerInstance").asLong()).isEqualTo(5);
    assertThat(json.get("addressesNeeded").asLong()).isEqualTo(50);
    assertThat(json.get("smallestPrefix").asInt()).isEqualTo(26);
    assertThat(json.get("recommendedPrefix").asInt()).isEqualTo(25);
  }

  @Test
  @DisplayName("CAP-7: portal-created minimum /27, multi-plan minimum /26, recommendation /26")
  void planMinimums() throws IOException {
    JsonNode portal = run("plan", "--instances", "2", "--portal-created", "--json").json();
    assertThat(portal.get("smallestPrefix").asInt()).isEqualTo(27);
    assertThat(portal.get("recommendedPrefix").asInt()).isEqualTo(26);
    JsonNode mpsj = run("plan", "--instances", "2", "--multi-plan", "--json").json();
    assertThat(mpsj.get("minimumPrefix").asInt()).isEqualTo(26);
    assertThat(mpsj.get("smallestPrefix").asInt()).isEqualTo(26);
  }

  @Test
  @DisplayName("CAP-8: repeated --instances share one subnet")
  void planSeveralPlans() throws IOException {
    JsonNode json = run("plan", "--instances", "20", "--instances", "15", "--json").json();
    assertThat(json.get("multiPlan").asBoolean()).isTrue();
    assertThat(json.get("plans")).hasSize(2);
    assertThat(json.get("steadyAddresses").asLong()).isEqualTo(35);
    assertThat(json.get("addressesNeeded").asLong()).isEqualTo(70);
    assertThat(json.get("smallestPrefix").asInt()).isEqualTo(25);
  }

  @Test
  @DisplayName("does not fit: exit 0, and says so")
  void planDoesNotFit() throws IOException {
    Run json = run("plan", "--instances", "2000000000", "--container-apps", "2000000000", "--json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.json().get("fits").asBoolean()).isFalse();
    assertThat(json.json().get("smallestPrefix").isNull()).isTrue();
    assertThat(json.json().get("recommendedPrefix").isNull()).isTrue();

    Run table = run("plan", "--instances", "2000000000", "--container-apps", "2000000000");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("Does not fit");
  }

  @Test
  void planTable() {
    Run run = run("plan", "--instances", "30");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("smallest prefix")
        .contains("/25")
        .contains("Use at least a /25; recommended: /25.")
        .contains("Why:")
        .contains("CAP-9");
  }

  @Test
  @DisplayName("CAP-4: vnet scale --prefix 26 --from 10 --to 20 --json")
  void scaleJson() throws IOException {
    Run run = run("scale", "--prefix", "26", "--from", "10", "--to", "20", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("peakAddresses").asLong()).isEqualTo(30);
    assertThat(json.get("fits").asBoolean()).isTrue();
    assertThat(json.get("operation").asText()).isEqualTo("instanceCount");
    assertThat(run.rules()).contains("CAP-4");
  }

  @Test
  @DisplayName("CAP-4: a SKU change at 30 instances does not fit a /26: exit 0, says so")
  void scaleSkuChangeDoesNotFit() throws IOException {
    Run json = run("scale", "--prefix", "26", "--from", "30", "--sku-change", "--json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.json().get("peakAddresses").asLong()).isEqualTo(60);
    assertThat(json.json().get("fits").asBoolean()).isFalse();

    Run table = run("scale", "--prefix", "26", "--from", "30", "--sku-change");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("Does not fit: the peak of 60 addresses exceeds the 59");
  }

  @ParameterizedTest
  @ValueSource(strings = {"capacity", "plan", "scale", "tiers"})
  void helpOnEveryCommand(String command) {
    Run run = run(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: vnet " + command);
    if (!command.equals("tiers")) {
      assertThat(run.out()).contains("--json");
    }
  }

  @Test
  void rootHelpListsTheCommands() {
    Run run = run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("capacity", "plan", "scale", "tiers");
  }

  @Test
  void tiersStillWorks() {
    Run run = run("tiers");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("PremiumV3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "capacity --prefix 33",
        "capacity --prefix 1",
        "capacity --prefix abc",
        "capacity --prefix 26 --container-apps -1",
        "capacity",
        "capacity --prefix 26 --bogus",
        "plan",
        "plan --instances -1",
        "plan --instances ten",
        "scale --prefix 26 --from 10",
        "scale --prefix 26 --from 10 --to 20 --sku-change",
        "scale --prefix 26 --from -3 --to 4",
        "scale --prefix 30 --from 1 --to 2",
        "nosuchcommand"
      })
  @DisplayName("bad arguments: one line on stderr, exit code 2, nothing on stdout")
  void badArguments(String args) {
    Run run = run(args.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("vnet").endsWith(System.lineSeparator());
    assertThat(run.err().strip()).doesNotContain("\n").contains("--help");
  }

  @Test
  void badArgumentMessagesNameTheInput() {
    assertThat(run("capacity", "--prefix", "33").err()).contains("prefixLength (33)");
    assertThat(run("capacity", "--prefix", "abc").err()).contains("'abc'");
    assertThat(run("plan", "--instances", "-1").err()).contains("--instances (-1)");
    assertThat(run("capacity").err()).contains("--prefix");
  }
}
