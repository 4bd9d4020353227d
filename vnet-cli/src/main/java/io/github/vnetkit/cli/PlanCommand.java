package io.github.vnetkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnetkit.planner.PlanDemand;
import io.github.vnetkit.planner.PlanResult;
import io.github.vnetkit.planner.PlanningOptions;
import io.github.vnetkit.planner.SubnetPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vnet plan --instances 30 [--container-apps 4] [--multi-plan] [--portal-created]
 * [--no-headroom] [--json]}: the smallest subnet that works, the recommended one, and why (SPEC
 * CAP-1..CAP-9).
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "The smallest subnet for a plan's maximum scale, the recommended subnet (CAP-6), and why.",
      "Repeat --instances for several plans sharing one subnet (multi-plan subnet join, CAP-8).",
      "Example: vnet plan --instances 30"
    })
final class PlanCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--instances",
      required = true,
      paramLabel = "N",
      description =
          "The most instances the plan may scale to; repeat it for several plans sharing the"
              + " subnet.")
  List<Integer> instances = new ArrayList<>();

  @Option(
      names = "--multi-plan",
      description = "The subnet is shared through multi-plan subnet join: at least /26 (CAP-7).")
  boolean multiPlan;

  @Option(
      names = "--portal-created",
      description = "The portal creates the subnet during integration: at least /27 (CAP-7).")
  boolean portalCreated;

  @Option(
      names = "--no-headroom",
      description =
          "Size for the steady need only, without room for a scale operation (CAP-4, CAP-6).")
  boolean noHeadroom;

  @CommandLine.Mixin CommonOptions common;

  @Override
  public void run() {
    CommandLine cli = spec.commandLine();
    int containerApps = common.containerApps(cli);
    List<PlanDemand> demands = new ArrayList<>();
    for (int n : instances) {
      demands.add(PlanDemand.of(CommonOptions.nonNegative(cli, "--instances", n), containerApps));
    }
    PlanningOptions options =
        PlanningOptions.builder()
            .multiPlan(multiPlan)
            .portalCreated(portalCreated)
            .scaleHeadroom(!noHeadroom)
            .build();
    PlanResult r = SubnetPlanner.plan(demands, options);
    long totalInstances = r.demands().stream().mapToLong(PlanDemand::instances).sum();
    long perInstance = r.demands().get(0).addressesPerInstance();

    Output out = new Output();
    ObjectNode node = out.json();
    node.put("instances", totalInstances)
        .put("windowsContainerApps", containerApps)
        .put("addressesPerInstance", perInstance);
    ArrayNode plans = node.putArray("plans");
    for (PlanDemand d : r.demands()) {
      plans
          .addObject()
          .put("instances", d.instances())
          .put("windowsContainerApps", d.windowsContainerApps())
          .put("addressesPerInstance", d.addressesPerInstance())
          .put("steadyAddresses", d.steadyAddresses());
    }
    node.put("multiPlan", r.multiPlan())
        .put("portalCreated", options.portalCreated())
        .put("scaleHeadroom", options.scaleHeadroom())
        .put("steadyAddresses", r.steadyAddresses())
        .put("addressesNeeded", r.addressesNeeded())
        .put("minimumPrefix", r.minimumPrefixLength());
    putPrefix(node, "smallestPrefix", r.smallestPrefix());
    putPrefix(node, "recommendedPrefix", r.recommendedPrefix());
    node.put("fits", r.fits());
    out.explained(r);

    out.row(
            "instances",
            r.demands().size() == 1
                ? Long.toString(totalInstances)
                : r.demands().stream()
                        .map(d -> Integer.toString(d.instances()))
                        .collect(Collectors.joining(" + "))
                    + " = "
                    + totalInstances
                    + " (multi-plan)")
        .row("addresses per instance", Long.toString(perInstance))
        .row("steady addresses", Long.toString(r.steadyAddresses()))
        .row(
            "addresses needed",
            r.addressesNeeded() + (options.scaleHeadroom() ? " (with scale headroom)" : ""))
        .row("minimum prefix", "/" + r.minimumPrefixLength())
        .row("smallest prefix", prefixText(r.smallestPrefix()))
        .row("recommended prefix", prefixText(r.recommendedPrefix()))
        .row("fits", Output.yesNo(r.fits()));
    String verdict =
        r.fits()
            ? String.format(
                "Use at least a /%d; recommended: /%d.",
                r.smallestPrefix().getAsInt(), r.recommendedPrefix().getAsInt())
            : String.format(
                "Does not fit: %d addresses are more than the largest Azure subnet (/2) holds.",
                r.addressesNeeded());
    out.print(cli.getOut(), common.json, verdict, r);
  }

  private static void putPrefix(ObjectNode node, String key, OptionalInt prefix) {
    if (prefix.isPresent()) {
      node.put(key, prefix.getAsInt());
    } else {
      node.putNull(key);
    }
  }

  private static String prefixText(OptionalInt prefix) {
    return prefix.isPresent() ? "/" + prefix.getAsInt() : "none";
  }
}
