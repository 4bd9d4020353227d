package io.github.vnetkit.model;

/**
 * Whether a pricing tier can use regional virtual network integration (SPEC TIER-1..TIER-3).
 *
 * <pre>{@code
 * PricingTier.BASIC.regionalIntegration(); // SUPPORTED_ON_NEWER_DEPLOYMENTS
 * PricingTier.ISOLATED_V2.regionalIntegration(); // NOT_APPLICABLE: the app is already in the VNet
 * }</pre>
 */
public enum IntegrationSupport {
  /** The tier can integrate, on any deployment (TIER-1; PremiumV2 and higher, TIER-2). */
  SUPPORTED,
  /**
   * The tier can integrate only on newer deployments (scale units that offer PremiumV2 and
   * PremiumV3); a plan known to sit on an older deployment cannot (TIER-2).
   */
  SUPPORTED_ON_NEWER_DEPLOYMENTS,
  /** The tier cannot integrate (TIER-1: Free, Shared, Consumption). */
  NOT_SUPPORTED,
  /**
   * The question does not apply: the app already lives in a virtual network (TIER-3: App Service
   * Environment).
   */
  NOT_APPLICABLE
}
