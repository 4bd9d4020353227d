package io.github.vnetkit.testkit;

/**
 * The SPEC rules that {@link EstateArbitrary#breaking(EstateRule)} can break by construction from
 * the model alone, each in one precise way. Several constants may share a SPEC id ({@code NET-1}:
 * region mismatch or classic VNet); {@link #specId()} gives it. In a broken estate exactly this
 * rule is broken, at exactly one resource ({@link BrokenEstate#resource()}), and every other rule
 * listed here holds.
 *
 * <pre>{@code
 * Arbitrary<BrokenEstate> broken =
 *     VnetArbitraries.estates().breaking(EstateRule.NET_3_FOREIGN_DELEGATION);
 * EstateRule.NET_3_FOREIGN_DELEGATION.specId(); // "NET-3"
 * }</pre>
 */
public enum EstateRule {
  /** TIER-1: an integrated plan is on the Free or Shared tier (F1, D1). */
  TIER_1_INELIGIBLE_TIER("TIER-1", "an integrated plan is on the Free or Shared tier"),
  /**
   * TIER-2: an integrated Basic, Standard or Premium (v1) plan is known to sit on an older
   * deployment ({@code DeploymentGeneration.OLDER}), where only PremiumV2 and higher integrate.
   */
  TIER_2_OLDER_DEPLOYMENT(
      "TIER-2", "an integrated Basic, Standard or Premium plan sits on an older deployment"),
  /**
   * TIER-2: an integrated Basic, Standard or Premium (v1) plan's deployment generation is unknown
   * ({@code DeploymentGeneration.UNKNOWN}): it integrates only on a newer deployment, so a checker
   * warns.
   */
  TIER_2_UNKNOWN_DEPLOYMENT(
      "TIER-2", "an integrated Basic, Standard or Premium plan's deployment generation is unknown"),
  /**
   * TIER-3: an Isolated (App Service Environment) plan has a regional integration; the feature does
   * not apply to it (a checker answers "not applicable").
   */
  TIER_3_ISOLATED_PLAN("TIER-3", "an Isolated (App Service Environment) plan is integrated"),
  /** TIER-5: an integrated app on a Linux plan is a Docker Compose app. */
  TIER_5_DOCKER_COMPOSE("TIER-5", "a Docker Compose app is integrated"),
  /** NET-1: an integration subnet's VNet is in another region than the plan. */
  NET_1_REGION_MISMATCH("NET-1", "an integration subnet's VNet is in another region"),
  /** NET-1: an integration subnet's VNet is a classic VNet. */
  NET_1_CLASSIC_VNET("NET-1", "an integration subnet's VNet is classic"),
  /** NET-2: an integration subnet's VNet also has an IPv6 address space. */
  NET_2_IPV6_ADDRESS_SPACE("NET-2", "an integration subnet's VNet has an IPv6 address space"),
  /**
   * NET-3: an integration subnet is not delegated at all. (The platform delegates an undelegated
   * subnet during integration when the caller may write it; an existing integration on an
   * undelegated subnet is still inconsistent.)
   */
  NET_3_UNDELEGATED_SUBNET("NET-3", "an integration subnet is not delegated"),
  /** NET-3: an integration subnet is delegated to another service only. */
  NET_3_FOREIGN_DELEGATION("NET-3", "an integration subnet is delegated to another service"),
  /** NET-4: an integration subnet has service endpoint policies. */
  NET_4_SERVICE_ENDPOINT_POLICIES("NET-4", "an integration subnet has service endpoint policies"),
  /**
   * NET-5: two plans of one subscription share one subnet, and both set {@code
   * multiPlanSubnetJoin(false)}. The subnet is /26 or larger and holds both plans with scale
   * headroom (CAP-8), so the estate would be valid if both plans used multi-plan subnet join.
   */
  NET_5_SHARED_SUBNET("NET-5", "two plans share one integration subnet without MPSJ"),
  /**
   * NET-5: two plans of one subscription share one subnet with multi-plan subnet join, but the
   * subnet is a /27 or /28, below MPSJ's /26 minimum (CAP-7); it holds both plans with scale
   * headroom (CAP-8).
   */
  NET_5_SHARED_SUBNET_TOO_SMALL("NET-5", "two MPSJ plans share a subnet smaller than /26"),
  /**
   * NET-5: two plans share one subnet with multi-plan subnet join, /26 or larger and sized for both
   * (CAP-8), but the second plan (with its apps) is in another subscription. The VNet is in the
   * first plan's subscription, so the estate shows {@code Microsoft.Web} registered there (NET-8
   * holds).
   */
  NET_5_SHARED_ACROSS_SUBSCRIPTIONS(
      "NET-5", "two MPSJ plans of different subscriptions share a subnet"),
  /** NET-6: a plan has more integrations than its OS allows (Linux two, Windows three). */
  NET_6_TOO_MANY_PLAN_INTEGRATIONS("NET-6", "a plan has more integrations than its OS allows"),
  /** NET-6: an app is integrated with a subnet that is none of its plan's integrations. */
  NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS(
      "NET-6", "an app uses a subnet that is none of its plan's integrations"),
  /**
   * NET-8: an integration subnet's VNet is in another subscription, in which the estate has no plan
   * or app, so whether {@code Microsoft.Web} is registered there is unknown (a checker without
   * context warns).
   */
  NET_8_VNET_IN_OTHER_SUBSCRIPTION(
      "NET-8", "an integration subnet's VNet is in a subscription not known to be registered"),
  /**
   * NET-9: an integration subnet's VNet is peered with a classic VNet (a peering with {@code
   * remoteClassic}; the classic VNet is not in the estate), across which nothing is reachable.
   */
  NET_9_CLASSIC_PEERING("NET-9", "an integration subnet's VNet is peered with a classic VNet"),
  /**
   * NET-10: an app's deployment slot is integrated (with one of the plan's integrations), but the
   * app itself (production) is not; integration does not move with a swap.
   */
  NET_10_SLOT_ONLY_INTEGRATION("NET-10", "a slot is integrated while production is not"),
  /**
   * CAP-3: a Windows-container plan's subnet would hold it with scale headroom if container apps
   * cost nothing, but not at {@code 1 + container apps} addresses per instance.
   */
  CAP_3_CONTAINER_ADDRESSES(
      "CAP-3", "a Windows-container plan's subnet is too small once container apps are counted"),
  /**
   * CAP-5: a subnet holds its plan at steady state but not with scale headroom: maxInstances is
   * above {@code usable / (2c)} and at most {@code usable / c}.
   */
  CAP_5_NO_SCALE_HEADROOM(
      "CAP-5", "a subnet holds its plan at steady state but not with scale headroom"),
  /**
   * CAP-7: an integration subnet is a /29 (Azure's smallest), smaller than the /28 minimum; the
   * plan has one instance, so CAP-5 arithmetic alone (3 usable, 2 needed) would accept it.
   */
  CAP_7_SUBNET_TOO_SMALL("CAP-7", "an integration subnet is smaller than /28"),
  /**
   * FN-1: a function app on a Consumption plan (Y1, not integrated) has a virtual network trigger
   * extension, which Consumption does not offer.
   */
  FN_1_VNET_TRIGGERS_ON_CONSUMPTION(
      "FN-1", "a function app on a Consumption plan uses virtual network triggers"),
  /**
   * FN-1 (and FN-3's "any plan but Consumption"): a function app on a Windows Consumption plan (Y1,
   * not integrated) has a Hybrid Connection, which Consumption does not offer.
   */
  FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION(
      "FN-1", "a function app on a Consumption plan uses Hybrid Connections"),
  /**
   * FN-2: an integrated function app on a Premium (ElasticPremium) plan has virtual network trigger
   * extensions, but runtime scale monitoring is off.
   */
  FN_2_SCALE_MONITORING_OFF(
      "FN-2", "virtual network triggers on Premium without runtime scale monitoring"),
  /**
   * FN-2: an integrated function app on a Premium (ElasticPremium) plan has virtual network trigger
   * extensions and runtime scale monitoring, but runs Functions runtime 1.x ({@code
   * FUNCTIONS_EXTENSION_VERSION=~1}).
   */
  FN_2_RUNTIME_TOO_OLD("FN-2", "virtual network triggers on Premium with Functions runtime 1.x"),
  /**
   * FN-2: an integrated function app on a Premium (ElasticPremium) plan with runtime scale
   * monitoring has a trigger extension just below the version from which it scales dynamically,
   * such as Storage {@code 3.0.9} (minimum {@code 3.0.10}) or a pre-release of the minimum.
   */
  FN_2_EXTENSION_BELOW_MINIMUM(
      "FN-2", "a virtual network trigger extension is below its FN-2 minimum version"),
  /** FN-3: a function app on a Linux plan (Premium or Dedicated) has a Hybrid Connection. */
  FN_3_HYBRID_CONNECTIONS_ON_LINUX("FN-3", "a function app on Linux uses Hybrid Connections"),
  /**
   * FN-4: a function app on a Consumption plan (Y1, not integrated) runs from a storage account
   * restricted to a virtual network.
   */
  FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION(
      "FN-4", "a function app on a Consumption plan uses a VNet-restricted storage account"),
  /**
   * LIFE-3: a subnet (not integrated, delegated to {@code Microsoft.Web/serverFarms}, in the VNet
   * of the first plan's integration) still has a service association link to a plan that no longer
   * exists: an orphaned delegation.
   */
  LIFE_3_ORPHANED_DELEGATION(
      "LIFE-3", "a subnet keeps a service association link to a deleted plan");

  private final String specId;
  private final String description;

  EstateRule(String specId, String description) {
    this.specId = specId;
    this.description = description;
  }

  /** The SPEC rule id, such as {@code NET-3}. */
  public String specId() {
    return specId;
  }

  /** What is broken, in a few words. */
  public String description() {
    return description;
  }

  /** Whether the break needs a second plan (the NET-5 rules: two plans share a subnet). */
  boolean sharesSubnet() {
    return this == NET_5_SHARED_SUBNET
        || this == NET_5_SHARED_SUBNET_TOO_SMALL
        || this == NET_5_SHARED_ACROSS_SUBSCRIPTIONS;
  }

  /** Whether the break puts the first plan on Consumption, without integration (FN-1, FN-4). */
  boolean onConsumption() {
    return this == FN_1_VNET_TRIGGERS_ON_CONSUMPTION
        || this == FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION
        || this == FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION;
  }

  /** Whether the break is in the first app's Functions settings or runtime (FN rules). */
  boolean inFunctionsSettings() {
    return specId.startsWith("FN-");
  }
}
