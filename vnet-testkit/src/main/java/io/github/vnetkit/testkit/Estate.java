package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A small estate: App Service plans, apps and virtual networks that reference each other, as {@link
 * EstateArbitrary} generates them. A generated estate is either valid by construction or breaks
 * exactly one {@link EstateRule}, named by {@link #brokenRule()} at {@link #brokenResource()}.
 *
 * <p>The value checks only that ids are unique; references (plan ids, subnet ids) are not checked,
 * so that you can build broken estates of your own. {@link #toString()} renders a compact outline,
 * one line per plan, app, VNet and subnet, so that shrunk counterexamples read well.
 *
 * <pre>{@code
 * Estate estate = Estate.builder().addPlans(plan).addApps(app).addVirtualNetworks(vnet).build();
 * estate.plan(app.planId());                       // Optional[plan]
 * estate.subnet(app.virtualNetworkSubnetId().get()); // Optional[subnet]
 * estate.brokenRule();                             // Optional.empty: meant to be valid
 * }</pre>
 */
@Value.Immutable
public abstract class Estate {

  Estate() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Estate}. */
  public static final class Builder extends ImmutableEstate.Builder {
    Builder() {}
  }

  /** The plans. */
  public abstract List<AppServicePlan> plans();

  /** The apps. */
  public abstract List<App> apps();

  /** The virtual networks. */
  public abstract List<VirtualNetwork> virtualNetworks();

  /** The rule this estate breaks on purpose; empty when it is meant to be valid. */
  public abstract Optional<EstateRule> brokenRule();

  /** The plan, app, VNet or subnet at which {@link #brokenRule()} is broken. */
  public abstract Optional<ResourceId> brokenResource();

  /** The plan with this id. */
  public final Optional<AppServicePlan> plan(ResourceId planId) {
    return plans().stream().filter(p -> p.id().equals(planId)).findFirst();
  }

  /** The app with this id. */
  public final Optional<App> app(ResourceId appId) {
    return apps().stream().filter(a -> a.id().equals(appId)).findFirst();
  }

  /** The virtual network with this id. */
  public final Optional<VirtualNetwork> virtualNetwork(ResourceId vnetId) {
    return virtualNetworks().stream().filter(v -> v.id().equals(vnetId)).findFirst();
  }

  /** The subnet with this id, in whichever VNet has it. */
  public final Optional<Subnet> subnet(ResourceId subnetId) {
    return virtualNetworks().stream().flatMap(v -> v.subnet(subnetId).stream()).findFirst();
  }

  /** The VNet that has the subnet with this id. */
  public final Optional<VirtualNetwork> virtualNetworkOf(ResourceId subnetId) {
    return virtualNetworks().stream().filter(v -> v.subnet(subnetId).isPresent()).findFirst();
  }

  /** Every subnet of every VNet, VNet by VNet. */
  public final List<Subnet> subnets() {
    return virtualNetworks().stream()
        .flatMap(v -> v.subnets().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The apps on the plan with this id. */
  public final List<App> appsOn(ResourceId planId) {
    return apps().stream()
        .filter(a -> a.planId().equals(planId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The plans integrated with the subnet with this id. */
  public final List<AppServicePlan> plansIntegratedWith(ResourceId subnetId) {
    return plans().stream()
        .filter(p -> p.vnetIntegrations().contains(subnetId))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    checkUnique(plans().stream().map(AppServicePlan::id).toList(), "plan");
    checkUnique(apps().stream().map(App::id).toList(), "app");
    checkUnique(virtualNetworks().stream().map(VirtualNetwork::id).toList(), "virtual network");
    checkArgument(
        brokenRule().isPresent() == brokenResource().isPresent(),
        "brokenRule (%s) and brokenResource (%s) must both be set or both be empty",
        brokenRule(),
        brokenResource());
  }

  private static void checkUnique(List<ResourceId> ids, String what) {
    Set<ResourceId> seen = new HashSet<>();
    for (ResourceId id : ids) {
      checkArgument(seen.add(id), "estate lists %s '%s' twice", what, id);
    }
  }

  /** A compact outline: one line per plan, app, VNet and subnet, with names instead of ids. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Estate");
    brokenRule()
        .ifPresent(
            r ->
                sb.append(" breaking ")
                    .append(r.specId())
                    .append(" (")
                    .append(r)
                    .append(") at ")
                    .append(brokenResource().map(Estate::shortName).orElse("?")));
    for (AppServicePlan p : plans()) {
      sb.append("\n  plan ")
          .append(p.id().name())
          .append(' ')
          .append(p.sku())
          .append(' ')
          .append(p.operatingSystem())
          .append(p.hyperV() ? " hyperV" : "")
          .append(' ')
          .append(p.region())
          .append(" instances ")
          .append(p.currentInstances())
          .append("..")
          .append(p.maxInstances());
      if (p.deploymentGeneration() != DeploymentGeneration.UNKNOWN) {
        sb.append(' ').append(p.deploymentGeneration());
      }
      sb.append(" -> ").append(p.vnetIntegrations().stream().map(Estate::shortName).toList());
    }
    for (App a : apps()) {
      sb.append("\n  app ")
          .append(a.name())
          .append(' ')
          .append(a.kind())
          .append(a.dockerCompose() ? " dockerCompose" : "")
          .append(" on ")
          .append(a.planId().name())
          .append(a.virtualNetworkSubnetId().map(s -> " -> " + shortName(s)).orElse(""));
      a.slots()
          .forEach(
              s ->
                  sb.append(" slot ")
                      .append(s.name())
                      .append(
                          s.virtualNetworkSubnetId().map(id -> " -> " + shortName(id)).orElse("")));
    }
    for (VirtualNetwork v : virtualNetworks()) {
      sb.append("\n  vnet ")
          .append(v.name())
          .append(' ')
          .append(v.region())
          .append(v.classic() ? " classic" : "")
          .append(' ')
          .append(v.addressSpaces());
      for (Subnet s : v.subnets()) {
        sb.append("\n    subnet ")
            .append(s.name())
            .append(' ')
            .append(s.addressPrefix())
            .append(' ')
            .append(s.delegations())
            .append(s.hasServiceEndpointPolicies() ? " serviceEndpointPolicies" : "");
      }
    }
    return sb.toString();
  }

  /** {@code vnet1/snet1} for a subnet, the name otherwise. */
  private static String shortName(ResourceId id) {
    return id.kind() == ResourceId.Kind.SUBNET
        ? id.parent().map(ResourceId::name).orElse("?") + "/" + id.name()
        : id.name();
  }
}
