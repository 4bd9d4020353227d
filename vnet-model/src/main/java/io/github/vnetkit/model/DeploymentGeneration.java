package io.github.vnetkit.model;

/**
 * Whether a plan is known to sit on a newer deployment (a scale unit that offers PremiumV2 and
 * PremiumV3) or an older one. Basic and Standard plans integrate only on newer deployments (SPEC
 * TIER-2). The platform does not expose this directly, so the default is {@link #UNKNOWN}, which a
 * checker reports as a warning rather than an error.
 *
 * <pre>{@code
 * AppServicePlan.builder().deploymentGeneration(DeploymentGeneration.NEWER) // ...
 * }</pre>
 */
public enum DeploymentGeneration {
  /** Not known (the default). */
  UNKNOWN,
  /** A newer deployment: Basic and Standard can integrate. */
  NEWER,
  /** An older deployment: only PremiumV2 and higher can integrate. */
  OLDER
}
