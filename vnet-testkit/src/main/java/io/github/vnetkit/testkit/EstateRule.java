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
   * NET-5: two plans share one subnet. The subnet is /26 or larger and holds both plans with scale
   * headroom (CAP-8), so the estate would be valid with multi-plan subnet join, which the model
   * does not record: without it, one plan per subnet.
   */
  NET_5_SHARED_SUBNET("NET-5", "two plans share one integration subnet without MPSJ"),
  /** NET-6: a plan has more integrations than its OS allows (Linux two, Windows three). */
  NET_6_TOO_MANY_PLAN_INTEGRATIONS("NET-6", "a plan has more integrations than its OS allows"),
  /** NET-6: an app is integrated with a subnet that is none of its plan's integrations. */
  NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS(
      "NET-6", "an app uses a subnet that is none of its plan's integrations"),
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
  CAP_7_SUBNET_TOO_SMALL("CAP-7", "an integration subnet is smaller than /28");

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
}
