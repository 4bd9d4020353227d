package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An App Service plan ({@code Microsoft.Web/serverFarms}): its SKU, operating system, instance
 * counts, deployment generation and the subnets it is integrated with.
 *
 * <p>The maximum instance count is what the plan may scale to; subnet sizing uses it, not the
 * current count (SPEC CAP-6). It defaults to the current count. The subscription is the one in the
 * plan's id.
 *
 * <pre>{@code
 * AppServicePlan plan = AppServicePlan.builder()
 *     .id(ResourceId.serverFarm(sub, "rg", "plan1"))
 *     .region(Region.of("West Europe"))
 *     .sku(Sku.parse("P1v3"))
 *     .operatingSystem(OperatingSystem.LINUX)
 *     .currentInstances(3)
 *     .maxInstances(10)
 *     .addVnetIntegrations(ResourceId.subnet(sub, "net", "vnet1", "apps"))
 *     .build();
 * plan.tier(); // PricingTier.PREMIUM_V3
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the id is not a serverFarm id, a
 * count is below 1, the current count exceeds the maximum, a Hyper-V plan is not Windows, or an
 * integration is not a subnet id or is listed twice.
 */
@Value.Immutable
public abstract class AppServicePlan {

  AppServicePlan() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppServicePlan}. */
  public static final class Builder extends ImmutableAppServicePlan.Builder {
    Builder() {}
  }

  /** The plan's id (a {@code Microsoft.Web/serverFarms} id). */
  public abstract ResourceId id();

  /** The plan's region. */
  public abstract Region region();

  /** The plan's SKU. */
  public abstract Sku sku();

  /** The workers' operating system. */
  public abstract OperatingSystem operatingSystem();

  /**
   * Whether this is a Windows-container (Hyper-V) plan: each Windows-container app then takes one
   * more subnet address per instance (SPEC CAP-3). Defaults to {@code false}.
   */
  @Value.Default
  public boolean hyperV() {
    return false;
  }

  /** The current number of instances; at least 1. Defaults to 1. */
  @Value.Default
  public int currentInstances() {
    return 1;
  }

  /** The most instances the plan may scale to; defaults to {@link #currentInstances()}. */
  @Value.Default
  public int maxInstances() {
    return currentInstances();
  }

  /** Whether the plan is on a newer or older deployment (SPEC TIER-2); unknown by default. */
  @Value.Default
  public DeploymentGeneration deploymentGeneration() {
    return DeploymentGeneration.UNKNOWN;
  }

  /**
   * Whether the plan uses multi-plan subnet join (MPSJ): it may share an integration subnet of /26
   * or larger with other MPSJ plans of the same subscription (SPEC NET-5, CAP-7, CAP-8). Defaults
   * to {@code false}: one plan per subnet.
   */
  @Value.Default
  public boolean multiPlanSubnetJoin() {
    return false;
  }

  /** The subnets this plan is integrated with (SPEC NET-6: Windows at most two, Linux one). */
  public abstract List<ResourceId> vnetIntegrations();

  /**
   * The most regional virtual network integrations this plan can have (SPEC NET-6): two on Windows
   * (two virtual interfaces per worker, Windows-container plans included), one on Linux. Each app
   * uses one of them, and has at most one at a time.
   *
   * <pre>{@code
   * plan.maxRegionalIntegrations();                                      // 2 for a Windows plan
   * plan.vnetIntegrations().size() < plan.maxRegionalIntegrations();     // room for another subnet
   * }</pre>
   */
  public final int maxRegionalIntegrations() {
    return switch (operatingSystem()) {
      case WINDOWS -> 2;
      case LINUX -> 1;
    };
  }

  /** The plan's subscription id, from its resource id. */
  public final String subscriptionId() {
    return id().subscriptionId();
  }

  /** The plan's pricing tier, from its SKU. */
  public final PricingTier tier() {
    return sku().tier();
  }

  @Value.Check
  void check() {
    id().requireKind(ResourceId.Kind.SERVER_FARM, "plan id");
    checkArgument(
        currentInstances() >= 1,
        "currentInstances (%s) of plan '%s' must be at least 1",
        currentInstances(),
        id());
    checkArgument(
        maxInstances() >= currentInstances(),
        "maxInstances (%s) of plan '%s' must be at least currentInstances (%s)",
        maxInstances(),
        id(),
        currentInstances());
    checkArgument(
        !hyperV() || operatingSystem() == OperatingSystem.WINDOWS,
        "plan '%s' is a Hyper-V (Windows container) plan, so its operatingSystem must be WINDOWS,"
            + " not %s",
        id(),
        operatingSystem());
    Set<ResourceId> seen = new HashSet<>();
    for (ResourceId subnet : vnetIntegrations()) {
      subnet.requireKind(ResourceId.Kind.SUBNET, "vnet integration of plan '" + id() + "'");
      checkArgument(seen.add(subnet), "plan '%s' lists vnet integration '%s' twice", id(), subnet);
    }
  }
}
