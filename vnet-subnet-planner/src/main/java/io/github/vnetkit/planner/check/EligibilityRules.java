package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.EstateIndex.label;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import java.util.List;

/**
 * SPEC section 1, TIER-1..TIER-5: whether integrated plans may integrate, and whether integrated
 * apps expect something the integration does not do. Plans and apps without any integration are not
 * judged. The tier's own verdict comes from {@link PricingTier#regionalIntegration()}.
 */
final class EligibilityRules implements RuleSet {

  private static final String SUPPORTED_TIERS =
      "Basic, Standard, Premium, PremiumV2, PremiumV3, PremiumV4 or ElasticPremium";

  @Override
  public List<String> ruleIds() {
    return ImmutableList.of("TIER-1", "TIER-2", "TIER-3", "TIER-4", "TIER-5");
  }

  @Override
  public void check(EstateIndex index, CheckContext context, ImmutableList.Builder<Finding> out) {
    for (AppServicePlan plan : index.plans()) {
      ImmutableSortedSet<ResourceId> subnets = index.integrationsOf(plan.id());
      if (!subnets.isEmpty()) {
        checkPlan(plan, subnets, out);
      }
    }
    for (App app : index.apps()) {
      if (EstateIndex.integrated(app)) {
        checkApp(app, context, out);
      }
    }
  }

  private static void checkPlan(
      AppServicePlan plan,
      ImmutableSortedSet<ResourceId> subnets,
      ImmutableList.Builder<Finding> out) {
    PricingTier tier = plan.tier();
    String name = "plan '" + label(plan.id()) + "' (" + plan.sku() + ", " + tier.armName() + ")";
    String who = "P" + name.substring(1);
    switch (tier.regionalIntegration()) {
      case NOT_SUPPORTED ->
          out.add(
              Finding.of(
                  "TIER-1",
                  Severity.ERROR,
                  ImmutableList.of(plan.id()),
                  who
                      + " is integrated with "
                      + EstateIndex.labels(subnets)
                      + ", but its tier cannot use regional virtual network integration: "
                      + reason(tier)
                      + ".",
                  "Scale the plan up to "
                      + SUPPORTED_TIERS
                      + " (PremiumV3 is available on every deployment), or remove its integration."));
      case SUPPORTED_ON_NEWER_DEPLOYMENTS -> {
        if (plan.deploymentGeneration() == DeploymentGeneration.OLDER) {
          out.add(
              Finding.of(
                  "TIER-2",
                  Severity.ERROR,
                  ImmutableList.of(plan.id()),
                  who
                      + " sits on an older deployment; there, Basic, Standard and Premium plans"
                      + " cannot integrate, only PremiumV2 or higher can.",
                  "Scale the plan to PremiumV2 or higher, or re-create it on a newer deployment"
                      + " (create it as PremiumV3, then scale down)."));
        } else if (plan.deploymentGeneration() == DeploymentGeneration.UNKNOWN) {
          out.add(
              Finding.of(
                  "TIER-2",
                  Severity.WARNING,
                  ImmutableList.of(plan.id()),
                  who
                      + " integrates only if it sits on a newer deployment (a scale unit that"
                      + " offers PremiumV2/PremiumV3), and its deployment generation is unknown.",
                  "Confirm the plan can scale to PremiumV3 and record deploymentGeneration NEWER,"
                      + " or scale the plan to PremiumV2 or higher."));
        }
      }
      case NOT_APPLICABLE ->
          out.add(
              Finding.of(
                  "TIER-3",
                  Severity.INFO,
                  ImmutableList.of(plan.id()),
                  "Regional integration is not applicable to "
                      + name
                      + ", which lists integration with "
                      + EstateIndex.labels(subnets)
                      + ": "
                      + reason(tier)
                      + ".",
                  "Remove the integration; the apps reach the App Service Environment's virtual"
                      + " network (and its peerings) directly."));
      case SUPPORTED -> {}
    }
  }

  private static void checkApp(App app, CheckContext context, ImmutableList.Builder<Finding> out) {
    String who = "App '" + label(app.id()) + "'";
    if (app.dockerCompose()) {
      out.add(
          Finding.of(
              "TIER-5",
              Severity.ERROR,
              ImmutableList.of(app.id()),
              who
                  + " is a Docker Compose app, and Docker Compose apps cannot use regional"
                  + " virtual network integration.",
              "Run the app as a single-container app (or a sidecar app), or remove its"
                  + " integration."));
    }
    for (AppNeed need : context.appNeeds()) {
      if (need.appId().equals(app.id())) {
        WorkloadNeed n = need.need();
        out.add(
            Finding.of(
                n.ruleId(),
                Severity.ERROR,
                ImmutableList.of(app.id()),
                who
                    + " needs "
                    + n.description()
                    + " through its integration, but "
                    + n.reason()
                    + ".",
                fixFor(n)));
      }
    }
  }

  /** The tier's reason without its leading rule ids ({@code "TIER-1: "}). */
  private static String reason(PricingTier tier) {
    return tier.integrationReason().replaceFirst("^[A-Z0-9/-]+: ", "");
  }

  private static String fixFor(WorkloadNeed need) {
    return switch (need) {
      case ICMP ->
          "Check reachability with TCP instead (for example tcpping host:port from the"
              + " Kudu console); do not rely on ping.";
      case DRIVE_MAPPING ->
          "Use Azure Storage mounts or an SDK/REST client instead of a mapped network drive.";
      case AD_DOMAIN_JOIN ->
          "Authenticate with Microsoft Entra ID or LDAP over TCP instead of joining a domain.";
      case NETBIOS -> "Address servers by DNS name or IP address instead of NetBIOS names.";
    };
  }
}
