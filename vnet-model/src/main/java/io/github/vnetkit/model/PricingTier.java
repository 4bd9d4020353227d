package io.github.vnetkit.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * App Service pricing tiers, as ARM writes them in {@code sku.tier}, with what each allows for
 * virtual network integration recorded as data (SPEC TIER-1..TIER-3, FN-1).
 *
 * <pre>{@code
 * for (PricingTier tier : PricingTier.values()) {
 *   System.out.printf("%-16s %-30s %s%n",
 *       tier.armName(), tier.regionalIntegration(), tier.integrationReason());
 * }
 * Sku.parse("EP1").tier().functionsHosting(); // Optional[PREMIUM]
 * }</pre>
 */
public enum PricingTier {
  /** Free (F1): no integration (TIER-1). */
  FREE(
      "Free",
      IntegrationSupport.NOT_SUPPORTED,
      null,
      "TIER-1: Free plans cannot use regional virtual network integration"),
  /** Shared (D1): no integration (TIER-1). */
  SHARED(
      "Shared",
      IntegrationSupport.NOT_SUPPORTED,
      null,
      "TIER-1: Shared plans cannot use regional virtual network integration"),
  /** Basic (B1..B3): newer deployments only (TIER-1, TIER-2). */
  BASIC(
      "Basic",
      IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS,
      FunctionsHosting.DEDICATED,
      "TIER-1/TIER-2: Basic plans integrate only on newer deployments (scale units that offer"
          + " PremiumV2/PremiumV3)"),
  /** Standard (S1..S3): newer deployments only (TIER-1, TIER-2). */
  STANDARD(
      "Standard",
      IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS,
      FunctionsHosting.DEDICATED,
      "TIER-1/TIER-2: Standard plans integrate only on newer deployments (scale units that offer"
          + " PremiumV2/PremiumV3)"),
  /**
   * Premium (P1..P3), the original Premium tier: below PremiumV2, so newer deployments only
   * (TIER-1, TIER-2).
   */
  PREMIUM(
      "Premium",
      IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS,
      FunctionsHosting.DEDICATED,
      "TIER-1/TIER-2: Premium (v1) plans integrate only on newer deployments: on an older"
          + " deployment only PremiumV2 and higher can"),
  /** PremiumV2 (P1v2..P3v2) (TIER-1). */
  PREMIUM_V2(
      "PremiumV2",
      IntegrationSupport.SUPPORTED,
      FunctionsHosting.DEDICATED,
      "TIER-1: PremiumV2 plans support regional virtual network integration"),
  /** PremiumV3 (P0v3..P3v3) (TIER-1). */
  PREMIUM_V3(
      "PremiumV3",
      IntegrationSupport.SUPPORTED,
      FunctionsHosting.DEDICATED,
      "TIER-1: PremiumV3 plans support regional virtual network integration"),
  /** Memory-optimised PremiumV3 (P1mv3..P5mv3), part of the PremiumV3 family (TIER-1). */
  PREMIUM_MV3(
      "PremiumMV3",
      IntegrationSupport.SUPPORTED,
      FunctionsHosting.DEDICATED,
      "TIER-1: memory-optimised PremiumV3 plans support regional virtual network integration"),
  /** PremiumV4 (P0v4..P3v4) (TIER-1). */
  PREMIUM_V4(
      "PremiumV4",
      IntegrationSupport.SUPPORTED,
      FunctionsHosting.DEDICATED,
      "TIER-1: PremiumV4 plans support regional virtual network integration"),
  /** Memory-optimised PremiumV4 (P1mv4..P5mv4), part of the PremiumV4 family (TIER-1). */
  PREMIUM_MV4(
      "PremiumMV4",
      IntegrationSupport.SUPPORTED,
      FunctionsHosting.DEDICATED,
      "TIER-1: memory-optimised PremiumV4 plans support regional virtual network integration"),
  /** Elastic Premium (EP1..EP3), the Azure Functions Premium plan (TIER-1, FN-1). */
  ELASTIC_PREMIUM(
      "ElasticPremium",
      IntegrationSupport.SUPPORTED,
      FunctionsHosting.PREMIUM,
      "TIER-1: ElasticPremium (Functions Premium) plans support regional virtual network"
          + " integration"),
  /**
   * Workflow Standard (WS1..WS3), the Logic Apps Standard plan. It runs on the Elastic Premium
   * platform, and TIER-4 names logic apps as supported, so it is treated as ElasticPremium.
   */
  WORKFLOW_STANDARD(
      "WorkflowStandard",
      IntegrationSupport.SUPPORTED,
      null,
      "TIER-1/TIER-4: WorkflowStandard (Logic Apps Standard) plans run on the ElasticPremium"
          + " platform and support regional virtual network integration"),
  /** Consumption (Y1, {@code Dynamic}): no integration (TIER-1, FN-1). */
  DYNAMIC(
      "Dynamic",
      IntegrationSupport.NOT_SUPPORTED,
      FunctionsHosting.CONSUMPTION,
      "TIER-1: Consumption (Dynamic) plans cannot use regional virtual network integration"),
  /**
   * Flex Consumption (FC1). Not in TIER-1's list: its networking is delegated to {@code
   * Microsoft.App/environments}, which this feature model does not cover.
   */
  FLEX_CONSUMPTION(
      "FlexConsumption",
      IntegrationSupport.NOT_SUPPORTED,
      null,
      "TIER-1: FlexConsumption is not a tier of App Service regional integration (its subnet is"
          + " delegated to Microsoft.App/environments)"),
  /** Isolated (I1..I3), App Service Environment v2 (TIER-3). */
  ISOLATED(
      "Isolated",
      IntegrationSupport.NOT_APPLICABLE,
      FunctionsHosting.APP_SERVICE_ENVIRONMENT,
      "TIER-3: Isolated plans run in an App Service Environment, already inside a virtual"
          + " network"),
  /** IsolatedV2 (I1v2..I6v2), App Service Environment v3 (TIER-3). */
  ISOLATED_V2(
      "IsolatedV2",
      IntegrationSupport.NOT_APPLICABLE,
      FunctionsHosting.APP_SERVICE_ENVIRONMENT,
      "TIER-3: IsolatedV2 plans run in an App Service Environment, already inside a virtual"
          + " network"),
  /** Memory-optimised IsolatedV2 (I1mv2..I5mv2) (TIER-3). */
  ISOLATED_MV2(
      "IsolatedMV2",
      IntegrationSupport.NOT_APPLICABLE,
      FunctionsHosting.APP_SERVICE_ENVIRONMENT,
      "TIER-3: IsolatedMV2 plans run in an App Service Environment, already inside a virtual"
          + " network");

  private final String armName;
  private final IntegrationSupport regionalIntegration;
  private final @Nullable FunctionsHosting functionsHosting;
  private final String integrationReason;

  PricingTier(
      String armName,
      IntegrationSupport regionalIntegration,
      @Nullable FunctionsHosting functionsHosting,
      String integrationReason) {
    this.armName = armName;
    this.regionalIntegration = regionalIntegration;
    this.functionsHosting = functionsHosting;
    this.integrationReason = integrationReason;
  }

  /** The tier name as ARM writes it in {@code sku.tier}, such as {@code PremiumV3}. */
  public String armName() {
    return armName;
  }

  /** Whether plans of this tier can use regional virtual network integration. */
  public IntegrationSupport regionalIntegration() {
    return regionalIntegration;
  }

  /** Why {@link #regionalIntegration()} is what it is, starting with the SPEC rule id. */
  public String integrationReason() {
    return integrationReason;
  }

  /**
   * The Azure Functions hosting option that function apps on this tier use (FN-1): Consumption,
   * Premium, Dedicated or App Service Environment; empty where Functions does not run (Free,
   * Shared) or the plan is another product's (Workflow Standard, Flex Consumption).
   */
  public Optional<FunctionsHosting> functionsHosting() {
    return Optional.ofNullable(functionsHosting);
  }

  /**
   * Returns the tier with this ARM name, ignoring case: {@code "premiumv3"} is {@link #PREMIUM_V3}.
   *
   * @throws IllegalArgumentException if no tier has that name
   */
  public static PricingTier fromArmName(String armName) {
    for (PricingTier tier : values()) {
      if (tier.armName.equalsIgnoreCase(armName)) {
        return tier;
      }
    }
    throw new IllegalArgumentException(
        "pricing tier '"
            + armName
            + "' is not a known App Service tier; expected one of "
            + java.util.Arrays.stream(values())
                .map(PricingTier::armName)
                .collect(java.util.stream.Collectors.joining(", ")));
  }
}
