package io.github.vnetkit.testkit;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.IntegrationSupport;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small test-side checker for the rules the testkit can break, written from SPEC's text
 * independently of the generator. (The real checker, vnet-subnet-planner's {@code EstateChecker},
 * cannot be used here: the planner's tests depend on the testkit; its {@code
 * TestkitEstateProperties} cross-checks the testkit against it.) {@link #violations} names the
 * broken {@link EstateRule}s; {@link #referenceProblems} lists dangling or inconsistent references,
 * which no generated estate may have.
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
      DeploymentGeneration generation = plan.deploymentGeneration();
      if (newerOnly && generation == DeploymentGeneration.UNKNOWN) {
        found.add(EstateRule.TIER_2_UNKNOWN_DEPLOYMENT);
      }
      if (generation == DeploymentGeneration.OLDER
          && (newerOnly || !PREMIUM_V2_OR_HIGHER.contains(plan.tier()))) {
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
        checkNetwork(estate, plan, vnet.get(), found);
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
      if (app.virtualNetworkSubnetId().isEmpty()
          && app.slots().stream().anyMatch(s -> s.virtualNetworkSubnetId().isPresent())) {
        found.add(EstateRule.NET_10_SLOT_ONLY_INTEGRATION);
      }
      if (app.kind() == AppKind.FUNCTION_APP) {
        checkFunctions(app, plan.get(), found);
      }
    }
    for (Subnet subnet : subnets(estate)) {
      if (subnet.serviceAssociationLinks().stream().anyMatch(l -> estate.plan(l).isEmpty())) {
        found.add(EstateRule.LIFE_3_ORPHANED_DELEGATION);
      }
    }
    return found;
  }

  /** FN-2: the extensions that scale with runtime scale monitoring, and from which version. */
  private static final Map<String, String> SCALING_MINIMUMS =
      Map.of(
          "microsoft.azure.webjobs.extensions.storage", "3.0.10",
          "microsoft.azure.webjobs.extensions.eventhubs", "4.1.0",
          "microsoft.azure.webjobs.extensions.servicebus", "3.2.0",
          "microsoft.azure.webjobs.extensions.cosmosdb", "3.0.5",
          "microsoft.azure.webjobs.extensions.durabletask", "2.0.0");

  private static void checkFunctions(App app, AppServicePlan plan, Set<EstateRule> found) {
    FunctionsSettings fs = app.functionsSettings();
    PricingTier tier = plan.tier();
    boolean windows = plan.operatingSystem() == OperatingSystem.WINDOWS;
    if (tier == PricingTier.DYNAMIC) { // FN-1, FN-3, FN-4: Consumption
      if (!fs.vnetTriggerExtensions().isEmpty()) {
        found.add(EstateRule.FN_1_VNET_TRIGGERS_ON_CONSUMPTION);
      }
      if (!fs.hybridConnections().isEmpty()) {
        found.add(EstateRule.FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION);
      }
      if (fs.storageAccountVnetRestricted()) {
        found.add(EstateRule.FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION);
      }
    }
    if (!windows && !fs.hybridConnections().isEmpty()) {
      found.add(EstateRule.FN_3_HYBRID_CONNECTIONS_ON_LINUX);
    }
    boolean integrated =
        app.virtualNetworkSubnetId().isPresent()
            || app.slots().stream().anyMatch(s -> s.virtualNetworkSubnetId().isPresent());
    if (tier != PricingTier.ELASTIC_PREMIUM
        || !integrated
        || fs.vnetTriggerExtensions().isEmpty()) {
      return;
    }
    // FN-2: VNet triggers on Premium.
    if (!fs.runtimeScaleMonitoringEnabled()) {
      found.add(EstateRule.FN_2_SCALE_MONITORING_OFF);
    }
    Optional<String> runtime = app.appSettings().get("FUNCTIONS_EXTENSION_VERSION");
    Matcher major = Pattern.compile("~?(\\d+)(\\..*)?").matcher(runtime.orElse("").strip());
    if (!major.matches() || Integer.parseInt(major.group(1)) < 2) {
      found.add(EstateRule.FN_2_RUNTIME_TOO_OLD);
    }
    for (Map.Entry<String, String> e : fs.vnetTriggerExtensions().entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      String family =
          name.startsWith("microsoft.azure.webjobs.extensions.storage.")
              ? "microsoft.azure.webjobs.extensions.storage"
              : name;
      String minimum = SCALING_MINIMUMS.get(family);
      if (minimum != null && compareVersions(e.getValue(), minimum) < 0) {
        found.add(EstateRule.FN_2_EXTENSION_BELOW_MINIMUM);
      }
    }
  }

  /**
   * Compares NuGet versions numerically, component by component ({@code 3.0.10 > 3.0.9}, {@code 3.2
   * == 3.2.0}); a pre-release ({@code -beta1}) comes before its release.
   */
  static int compareVersions(String a, String b) {
    String[] pa = a.split("[-+]", 2);
    String[] pb = b.split("[-+]", 2);
    String[] ca = pa[0].split("\\.");
    String[] cb = pb[0].split("\\.");
    for (int i = 0; i < Math.max(ca.length, cb.length); i++) {
      BigInteger x = new BigInteger(i < ca.length ? ca[i] : "0");
      BigInteger y = new BigInteger(i < cb.length ? cb[i] : "0");
      if (x.compareTo(y) != 0) {
        return x.compareTo(y);
      }
    }
    boolean preA = a.substring(pa[0].length()).startsWith("-");
    boolean preB = b.substring(pb[0].length()).startsWith("-");
    return Boolean.compare(preB, preA);
  }

  private static void checkNetwork(
      Estate estate, AppServicePlan plan, VirtualNetwork vnet, Set<EstateRule> found) {
    if (!vnet.region().equals(plan.region())) {
      found.add(EstateRule.NET_1_REGION_MISMATCH);
    }
    if (vnet.classic()) {
      found.add(EstateRule.NET_1_CLASSIC_VNET);
    }
    if (vnet.hasIpv6AddressSpace()) {
      found.add(EstateRule.NET_2_IPV6_ADDRESS_SPACE);
    }
    // NET-8: another subscription is fine when Microsoft.Web is registered there; the estate
    // shows that only through a plan or app of its own in that subscription.
    String sub = vnet.subscriptionId();
    if (!plan.subscriptionId().equalsIgnoreCase(sub)
        && estate.plans().stream().noneMatch(p -> p.subscriptionId().equalsIgnoreCase(sub))
        && estate.apps().stream().noneMatch(a -> a.id().subscriptionId().equalsIgnoreCase(sub))) {
      found.add(EstateRule.NET_8_VNET_IN_OTHER_SUBSCRIPTION);
    }
    for (Peering peering : vnet.peerings()) {
      boolean classic =
          peering.remoteClassic()
              || estate
                  .virtualNetwork(peering.remoteVirtualNetworkId())
                  .map(VirtualNetwork::classic)
                  .orElse(false);
      if (classic) {
        found.add(EstateRule.NET_9_CLASSIC_PEERING);
      }
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
      // NET-5: sharing needs MPSJ on every sharing plan, /26 or larger, one subscription.
      if (plans.stream().anyMatch(p -> !p.multiPlanSubnetJoin())) {
        found.add(EstateRule.NET_5_SHARED_SUBNET);
      }
      if (prefix > 26) {
        found.add(EstateRule.NET_5_SHARED_SUBNET_TOO_SMALL);
      }
      if (plans.stream().map(p -> p.subscriptionId().toLowerCase(Locale.ROOT)).distinct().count()
          > 1) {
        found.add(EstateRule.NET_5_SHARED_ACROSS_SUBSCRIPTIONS);
      }
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

  /**
   * Dangling ids, and apps outside their plan's subscription. (Resources in other subscriptions are
   * rules' business: NET-5, NET-8; {@link #subscriptions} lists them.)
   */
  static List<String> referenceProblems(Estate estate) {
    List<String> problems = new ArrayList<>();
    for (AppServicePlan plan : estate.plans()) {
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
      if (!app.id().sameSubscription(app.planId())) {
        problems.add("app " + app.id() + " outside its plan's subscription");
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
    return problems;
  }

  /** The subscriptions of the estate's plans, apps and VNets, lower case. */
  static Set<String> subscriptions(Estate estate) {
    Set<String> subs = new TreeSet<>();
    estate.plans().forEach(p -> subs.add(p.subscriptionId().toLowerCase(Locale.ROOT)));
    estate.apps().forEach(a -> subs.add(a.id().subscriptionId().toLowerCase(Locale.ROOT)));
    estate.virtualNetworks().forEach(v -> subs.add(v.subscriptionId().toLowerCase(Locale.ROOT)));
    return subs;
  }
}
