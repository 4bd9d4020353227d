package io.github.vnetkit.cli;

import io.github.vnetkit.planner.CapacityResult;
import io.github.vnetkit.planner.SubnetPlanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vnet capacity --prefix 26 [--container-apps N] [--json]}: usable addresses, addresses per
 * instance and the largest plan a subnet holds, steady and with scale headroom (SPEC CAP-1, CAP-2,
 * CAP-3, CAP-5, CAP-7).
 */
@Command(
    name = "capacity",
    mixinStandardHelpOptions = true,
    description = {
      "How many plan instances a subnet holds: usable addresses (CAP-1), addresses per instance"
          + " (CAP-2, CAP-3), and the largest plan at steady state and with scale headroom"
          + " (CAP-5).",
      "Example: vnet capacity --prefix 26"
    })
final class CapacityCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PrefixOption prefix;

  @CommandLine.Mixin CommonOptions common;

  @Override
  public void run() {
    CapacityResult r =
        SubnetPlanner.capacity(prefix.prefixLength, common.containerApps(spec.commandLine()));
    Output out = new Output();
    out.json()
        .put("prefix", r.prefixLength())
        .put("windowsContainerApps", r.windowsContainerApps())
        .put("usableAddresses", r.usableAddresses())
        .put("addressesPerInstance", r.addressesPerInstance())
        .put("integrationAllowed", r.integrationAllowed())
        .put("maxInstancesSteady", r.maxInstancesSteady())
        .put("maxInstancesWithScaleHeadroom", r.maxInstancesWithScaleHeadroom());
    out.explained(r)
        .row("prefix", "/" + r.prefixLength())
        .row("usable addresses", Long.toString(r.usableAddresses()))
        .row("addresses per instance", Long.toString(r.addressesPerInstance()))
        .row("max instances, steady", Long.toString(r.maxInstancesSteady()))
        .row("max instances, with scale headroom", Long.toString(r.maxInstancesWithScaleHeadroom()))
        .row("allowed for integration", Output.yesNo(r.integrationAllowed()));
    String verdict =
        r.integrationAllowed()
            ? String.format(
                "A /%d holds %d instances steady, %d with room to scale.",
                r.prefixLength(), r.maxInstancesSteady(), r.maxInstancesWithScaleHeadroom())
            : String.format(
                "A /%d is too small for integration: the minimum is /28.", r.prefixLength());
    out.print(spec.commandLine().getOut(), common.json, verdict, r);
  }
}
