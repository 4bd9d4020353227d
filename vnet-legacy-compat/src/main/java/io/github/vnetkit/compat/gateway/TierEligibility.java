package io.github.vnetkit.compat.gateway;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.PricingTier;

/**
 * Whether a plan can use regional integration (SPEC TIER-1..TIER-3): the one mapping of {@link
 * PricingTier#regionalIntegration()} and {@link AppServicePlan#deploymentGeneration()} that {@link
 * GatewayMigrationPlanner} and {@link GatewayIntegrationChecker} share.
 */
enum TierEligibility {
  /** The tier integrates (TIER-1), on this plan's deployment if the tier needs a newer one. */
  SUPPORTED("TIER-1"),
  /** The tier cannot integrate at all (TIER-1: Free, Shared, Consumption). */
  NOT_SUPPORTED("TIER-1"),
  /** The tier integrates only on newer deployments and the plan is on an older one (TIER-2). */
  OLDER_DEPLOYMENT("TIER-2"),
  /** The tier integrates only on newer deployments and the plan's is unknown (TIER-2). */
  UNKNOWN_DEPLOYMENT("TIER-2"),
  /** The plan runs in an App Service Environment, already in a VNet (TIER-3). */
  NOT_APPLICABLE("TIER-3");

  /** What a plan created or scaled for regional integration should be on (TIER-1, TIER-2). */
  static final String SUPPORTED_TIERS =
      "Basic..PremiumV4 or ElasticPremium (PremiumV2 or higher on an older deployment)";

  private final String ruleId;

  TierEligibility(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The eligibility of {@code plan}. */
  static TierEligibility of(AppServicePlan plan) {
    return switch (plan.tier().regionalIntegration()) {
      case SUPPORTED -> SUPPORTED;
      case NOT_SUPPORTED -> NOT_SUPPORTED;
      case NOT_APPLICABLE -> NOT_APPLICABLE;
      case SUPPORTED_ON_NEWER_DEPLOYMENTS ->
          switch (plan.deploymentGeneration()) {
            case NEWER -> SUPPORTED;
            case OLDER -> OLDER_DEPLOYMENT;
            case UNKNOWN -> UNKNOWN_DEPLOYMENT;
          };
    };
  }

  /** The SPEC rule that decides it. */
  String ruleId() {
    return ruleId;
  }

  /** Whether the plan cannot use regional integration as it is: TIER-1, TIER-2 older, TIER-3. */
  boolean blocksRegionalIntegration() {
    return this == NOT_SUPPORTED || this == OLDER_DEPLOYMENT || this == NOT_APPLICABLE;
  }

  /** Why: the tier's own reason, plus the older deployment where that decides it. */
  String reason(AppServicePlan plan) {
    return plan.tier().integrationReason()
        + (this == OLDER_DEPLOYMENT
            ? ", and this plan is known to sit on an older deployment"
            : "");
  }
}
