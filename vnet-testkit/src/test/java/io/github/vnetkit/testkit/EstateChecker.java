package io.github.vnetkit.testkit;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.IntegrationSupport;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small test-side checker for the rules the testkit can break, written from SPEC's text
 * independently of the generator (the real checker comes with issue 6). {@link #violations} names
 * the broken {@link EstateRule}s; {@link #referenceProblems} lists dangling or inconsistent
 * references, which no generated estate may have.
 */
final class EstateChecker {

  private static final Set<PricingTier> PREMIUM_V2_OR_HIGHER =
      EnumSet.of(
          PricingTier.PREMIUM_V2,
          PricingTier.PREMIUM_V3,
          PricingTier.PREMIUM_MV3,
          PricingTier.PREMIUM_V4,
          PricingTier.PREMIUM_MV4);

  private EstateChecker() {}

  /** CAP-1. */
  static long usable(int prefix) {
    return (1L << (32 - prefix)) - 5;
  }

  /** The plans integrated with the subnet {@code subnetId}. */
  static List<AppServicePlan> plansIntegratedWith(Estate estate, ResourceId subnetId) {
    return estate.plans().stream().filter(p -> p.vnetIntegrations().contains(subnetId)).toList();
  }

  /** Every subnet of every VNet of the estate, VNet by VNet. */
  static List<Subnet> subnets(Estate estate) {
    return estate.virtualNetworks().stream().flatMap(v -> v.subnets().stream()).toList();
  }

  /** CAP-3: addresses per instance. */
  static int cost(Estate estate, AppServicePlan plan) {
    return 1 + (plan.hyperV() ? estate.appsOn(plan.id()).size() : 0);
  }

  static Set<EstateRule> violations(Estate estate) {
    Set<EstateRule> found = EnumSet.noneOf(EstateRule.class);
    for (AppServicePlan plan : estate.plans()) {
      if (plan.vnetIntegrations().isEmpty()) {
        continue;
      }
      IntegrationSupport support = plan.tier().regionalIntegration();
      if (support == IntegrationSupport.NOT_SUPPORTED) {
        found.add(EstateRule.TIER_1_INELIGIBLE_TIER);
      }
      if (support == IntegrationSupport.NOT_APPLICABLE) {
        found.add(EstateRule.TIER_3_ISOLATED_PLAN);
      }
      boolean newerOnly = support == IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS;
      if ((newerOnly && plan.deploymentGeneration() != DeploymentGeneration.NEWER)
          || (plan.deploymentGeneration() == DeploymentGeneration.OLDER
              && !PREMIUM_V2_OR_HIGHER.contains(plan.tier()))) {
        found.add(EstateRule.TIER_2_OLDER_DEPLOYMENT);
      }
      int limit = plan.operatingSystem() == OperatingSystem.WINDOWS ? 2 : 1;
      if (plan.vnetIntegrations().size() > limit) {
        found.add(EstateRule.NET_6_TOO_MANY_PLAN_INTEGRATIONS);
      }
      for (ResourceId subnetId : plan.vnetIntegrations()) {
        Optional<VirtualNetwork> vnet = subnetId.parent().flatMap(estate::virtualNetwork);
        Optional<Subnet> subnet = estate.subnet(subnetId);
        if (vnet.isEmpty() || subnet.isEmpty()) {
          continue; // a reference problem, reported by referenceProblems
        }
        checkNetwork(plan, vnet.get(), found);
        checkSubnet(estate, subnet.get(), found);
      }
    }
    for (App app : estate.apps()) {
      Optional<AppServicePlan> plan = estate.plan(app.planId());
      if (plan.isEmpty()) {
        continue;
      }
      if (app.virtualNetworkSubnetId().isPresent() && app.dockerCompose()) {
        found.add(EstateRule.TIER_5_DOCKER_COMPOSE);
      }
      List<Optional<ResourceId>> used = new ArrayList<>();
      used.add(app.virtualNetworkSubnetId());
      app.slots().stream().map(DeploymentSlot::virtualNetworkSubnetId).forEach(used::add);
      for (Optional<ResourceId> subnet : used) {
        if (subnet.isPresent() && !plan.get().vnetIntegrations().contains(subnet.get())) {
          found.add(EstateRule.NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS);
        }
      }
    }
    return found;
  }

  private static void checkNetwork(
      AppServicePlan plan, VirtualNetwork vnet, Set<EstateRule> found) {
    if (!vnet.region().equals(plan.region())) {
      found.add(EstateRule.NET_1_REGION_MISMATCH);
    }
    if (vnet.classic()) {
      found.add(EstateRule.NET_1_CLASSIC_VNET);
    }
    if (vnet.hasIpv6AddressSpace()) {
      found.add(EstateRule.NET_2_IPV6_ADDRESS_SPACE);
    }
  }

  private static void checkSubnet(Estate estate, Subnet subnet, Set<EstateRule> found) {
    if (subnet.delegations().isEmpty()) {
      found.add(EstateRule.NET_3_UNDELEGATED_SUBNET);
    } else if (!subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)
        || subnet.delegations().size() > 1) {
      found.add(EstateRule.NET_3_FOREIGN_DELEGATION);
    }
    if (subnet.hasServiceEndpointPolicies()) {
      found.add(EstateRule.NET_4_SERVICE_ENDPOINT_POLICIES);
    }
    int prefix = subnet.addressPrefix().prefixLength();
    if (prefix > 28) {
      found.add(EstateRule.CAP_7_SUBNET_TOO_SMALL);
    }
    List<AppServicePlan> plans = plansIntegratedWith(estate, subnet.id());
    if (plans.size() > 1) {
      found.add(EstateRule.NET_5_SHARED_SUBNET);
    }
    long need = 0;
    long needWithoutContainers = 0;
    for (AppServicePlan p : plans) {
      need += 2L * p.maxInstances() * cost(estate, p);
      needWithoutContainers += 2L * p.maxInstances();
    }
    if (usable(prefix) < need) {
      found.add(
          usable(prefix) >= needWithoutContainers
              ? EstateRule.CAP_3_CONTAINER_ADDRESSES
              : EstateRule.CAP_5_NO_SCALE_HEADROOM);
    }
  }

  /** Dangling ids, mixed subscriptions or regions, and MPSJ preconditions of a shared subnet. */
  static List<String> referenceProblems(Estate estate) {
    List<String> problems = new ArrayList<>();
    String subscription = estate.plans().isEmpty() ? "" : estate.plans().get(0).subscriptionId();
    for (AppServicePlan plan : estate.plans()) {
      if (!plan.subscriptionId().equals(subscription)) {
        problems.add("plan " + plan.id() + " in another subscription");
      }
      for (ResourceId subnet : plan.vnetIntegrations()) {
        if (estate.subnet(subnet).isEmpty()) {
          problems.add("plan " + plan.id() + " integrates with missing subnet " + subnet);
        }
      }
    }
    for (App app : estate.apps()) {
      if (estate.plan(app.planId()).isEmpty()) {
        problems.add("app " + app.id() + " on missing plan " + app.planId());
      }
      app.virtualNetworkSubnetId()
          .filter(s -> estate.subnet(s).isEmpty())
          .ifPresent(s -> problems.add("app " + app.id() + " uses missing subnet " + s));
      for (DeploymentSlot slot : app.slots()) {
        slot.virtualNetworkSubnetId()
            .filter(s -> estate.subnet(s).isEmpty())
            .ifPresent(s -> problems.add("slot " + slot.id() + " uses missing subnet " + s));
      }
    }
    for (VirtualNetwork vnet : estate.virtualNetworks()) {
      if (!vnet.subscriptionId().equals(subscription)) {
        problems.add("vnet " + vnet.id() + " in another subscription");
      }
    }
    return problems;
  }
}
