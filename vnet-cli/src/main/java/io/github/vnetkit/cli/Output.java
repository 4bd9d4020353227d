package io.github.vnetkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnetkit.planner.Explained;
import io.github.vnetkit.planner.PlanStep;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two output forms of the planner commands: one JSON object with camelCase keys ({@code
 * --json}), or a readable two-column table followed by the reasons.
 */
final class Output {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, String> rows = new LinkedHashMap<>();
  private final ObjectNode json = MAPPER.createObjectNode();

  /** The JSON object, for adding keys that have no table row. */
  ObjectNode json() {
    return json;
  }

  /** Adds a table row only. */
  Output row(String label, String value) {
    rows.put(label, value);
    return this;
  }

  /** Adds the rules and the steps of {@code answer} to the JSON object. */
  Output explained(Explained answer) {
    ArrayNode rules = json.putArray("rules");
    answer.rules().forEach(rules::add);
    ArrayNode steps = json.putArray("steps");
    for (PlanStep step : answer.steps()) {
      steps.addObject().put("rule", step.rule().id()).put("detail", step.detail());
    }
    return this;
  }

  /** Prints the JSON object, or the table and the steps of {@code answer}. */
  void print(PrintWriter out, boolean asJson, String verdict, Explained answer) {
    if (asJson) {
      try {
        out.println(MAPPER.writeValueAsString(json));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
      rows.forEach((label, value) -> out.printf("%-" + width + "s  %s%n", label, value));
      out.println();
      out.println(verdict);
      out.println();
      out.println("Why:");
      for (PlanStep step : answer.steps()) {
        out.printf("  %-6s %s%n", step.rule().id(), step.detail());
      }
    }
    out.flush();
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
