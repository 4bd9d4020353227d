package io.github.vnetkit.cli;

import io.github.vnetkit.planner.ScaleKind;
import io.github.vnetkit.planner.ScaleOperation;
import io.github.vnetkit.planner.ScaleResult;
import io.github.vnetkit.planner.SubnetPlanner;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vnet scale --prefix 26 --from 10 --to 20 [--container-apps N] [--json]}, or {@code
 * --sku-change} instead of {@code --to}: the peak address need of a scale operation and whether the
 * subnet holds it (SPEC CAP-4).
 */
@Command(
    name = "scale",
    mixinStandardHelpOptions = true,
    description = {
      "The peak address need of a scale operation and whether the subnet holds it: from N to M"
          + " instances peaks at N + M, a size (SKU) change at N peaks at 2N (CAP-4).",
      "Examples: vnet scale --prefix 26 --from 10 --to 20",
      "          vnet scale --prefix 26 --from 30 --sku-change"
    })
final class ScaleCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PrefixOption prefix;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "N",
      description = "Instances before the operation.")
  int from;

  @Option(names = "--to", paramLabel = "M", description = "Instances after scaling out or in.")
  @Nullable Integer to;

  @Option(
      names = "--sku-change",
      description = "A size (SKU) change at --from instances, instead of --to.")
  boolean skuChange;

  @CommandLine.Mixin CommonOptions common;

  @Override
  public void run() {
    CommandLine cli = spec.commandLine();
    CommonOptions.nonNegative(cli, "--from", from);
    int containerApps = common.containerApps(cli);
    Integer target = to;
    if (skuChange == (target != null)) {
      throw new CommandLine.ParameterException(
          cli,
          "give exactly one of --to M (scale out or in) and --sku-change (size change at --from)");
    }
    ScaleOperation op =
        target == null
            ? ScaleOperation.skuChange(from)
            : ScaleOperation.instanceCount(from, CommonOptions.nonNegative(cli, "--to", target));
    ScaleResult r = SubnetPlanner.scale(prefix.prefixLength, op, containerApps);

    Output out = new Output();
    out.json()
        .put("prefix", r.prefixLength())
        .put("usableAddresses", r.usableAddresses())
        .put("windowsContainerApps", containerApps)
        .put("addressesPerInstance", r.addressesPerInstance())
        .put("operation", op.kind() == ScaleKind.SKU_CHANGE ? "skuChange" : "instanceCount")
        .put("fromInstances", op.fromInstances())
        .put("toInstances", op.toInstances())
        .put("peakInstances", r.peakInstances())
        .put("peakAddresses", r.peakAddresses())
        .put("spareAddressesAtPeak", r.spareAddressesAtPeak())
        .put("addressesAfter", r.addressesAfter())
        .put("releasedAddresses", r.releasedAddresses())
        .put("integrationAllowed", r.integrationAllowed())
        .put("fits", r.fits());
    out.explained(r)
        .row("prefix", "/" + r.prefixLength())
        .row("usable addresses", Long.toString(r.usableAddresses()))
        .row("addresses per instance", Long.toString(r.addressesPerInstance()))
        .row("operation", op.toString())
        .row("peak instances", Long.toString(r.peakInstances()))
        .row("peak addresses", Long.toString(r.peakAddresses()))
        .row("spare addresses at peak", Long.toString(r.spareAddressesAtPeak()))
        .row("fits", Output.yesNo(r.fits()));
    String verdict =
        r.fits()
            ? String.format(
                "Fits: the peak of %d addresses leaves %d of %d free.",
                r.peakAddresses(), r.spareAddressesAtPeak(), r.usableAddresses())
            : r.integrationAllowed()
                ? String.format(
                    "Does not fit: the peak of %d addresses exceeds the %d usable.",
                    r.peakAddresses(), r.usableAddresses())
                : String.format(
                    "Does not fit: a /%d is too small for integration (minimum /28).",
                    r.prefixLength());
    out.print(cli.getOut(), common.json, verdict, r);
  }
}
