package io.github.vnetkit.model;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Azure Functions hosting options and the networking features each offers: the FN-1 feature matrix
 * as data.
 *
 * <pre>{@code
 * FunctionsHosting.CONSUMPTION.supports(FunctionsFeature.VNET_INTEGRATION); // false (FN-1)
 * FunctionsHosting.PREMIUM.supports(FunctionsFeature.VNET_TRIGGERS);        // true
 * FunctionsHosting.DEDICATED.vnetIntegrationNote(); // "regional and gateway-required"
 * }</pre>
 */
public enum FunctionsHosting {
  /** The Consumption plan (Y1). Only inbound restrictions and private site access (FN-1). */
  CONSUMPTION(EnumSet.of(FunctionsFeature.INBOUND_IP_RESTRICTIONS), "not supported"),
  /** The Premium plan (Elastic Premium, EP1..EP3). */
  PREMIUM(EnumSet.allOf(FunctionsFeature.class), "regional"),
  /** A Dedicated (App Service) plan. */
  DEDICATED(EnumSet.allOf(FunctionsFeature.class), "regional and gateway-required"),
  /** An App Service Environment (Isolated plans). */
  APP_SERVICE_ENVIRONMENT(EnumSet.allOf(FunctionsFeature.class), "the app is in the VNet"),
  /** Kubernetes (Azure Arc or self-hosted). */
  KUBERNETES(EnumSet.allOf(FunctionsFeature.class), "the cluster's own network");

  private final com.google.common.collect.ImmutableSet<FunctionsFeature> features;
  private final String vnetIntegrationNote;

  FunctionsHosting(EnumSet<FunctionsFeature> features, String vnetIntegrationNote) {
    this.features = Sets.immutableEnumSet(features);
    this.vnetIntegrationNote = vnetIntegrationNote;
  }

  /** Whether this hosting option offers {@code feature} (FN-1). */
  public boolean supports(FunctionsFeature feature) {
    return features.contains(feature);
  }

  /** The features this hosting option offers, in declaration order (FN-1). */
  public Set<FunctionsFeature> features() {
    return features;
  }

  /** What FN-1 says about virtual network integration on this hosting option. */
  public String vnetIntegrationNote() {
    return vnetIntegrationNote;
  }
}
