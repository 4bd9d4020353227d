package io.github.vnetkit.cli;

import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Sku;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vnet tiers}: what each App Service pricing tier allows for regional virtual network
 * integration (SPEC TIER-1..TIER-3, FN-1), read from {@link PricingTier}.
 */
@Command(
    name = "tiers",
    mixinStandardHelpOptions = true,
    description = "Lists the pricing tiers, their SKUs and whether they can integrate.")
final class TiersCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-17s %-30s %-31s %s%n", "TIER", "SKUS", "REGIONAL INTEGRATION", "WHY");
    for (PricingTier tier : PricingTier.values()) {
      String skus =
          Sku.allKnown().stream()
              .filter(s -> s.tier() == tier)
              .map(Sku::name)
              .collect(Collectors.joining(","));
      out.printf(
          "%-17s %-30s %-31s %s%n",
          tier.armName(), skus, tier.regionalIntegration(), tier.integrationReason());
    }
    out.flush();
  }
}
