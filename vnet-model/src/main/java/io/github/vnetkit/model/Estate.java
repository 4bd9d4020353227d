package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A whole estate: App Service plans, their apps (with slots) and the virtual networks they
 * integrate with. This is what a checker or a policy tool looks at as one unit.
 *
 * <p>Ids are unique within their kind, and every app's plan is one of the estate's plans (an app
 * cannot be judged without its plan). Subnet references ({@code virtualNetworkSubnetId}, plan
 * integrations) may point outside the estate; whether that is a problem is a checker's finding.
 * Lookups compare ids ignoring case, as ARM does.
 *
 * <pre>{@code
 * Estate estate = Estate.builder()
 *     .addPlans(plan)
 *     .addApps(app)
 *     .addVirtualNetworks(vnet)
 *     .build();
 * estate.appsOn(plan.id());               // [app]
 * estate.subnet(app.virtualNetworkSubnetId().orElseThrow()); // Optional[subnet]
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

  /** The App Service plans. */
  public abstract List<AppServicePlan> plans();

  /** The apps, each with its deployment slots. */
  public abstract List<App> apps();

  /** The virtual networks, each with its subnets. */
  public abstract List<VirtualNetwork> virtualNetworks();

  /** The plan with this id, if it is in the estate. */
  public final Optional<AppServicePlan> plan(ResourceId id) {
    return plans().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The app with this id, if it is in the estate. */
  public final Optional<App> app(ResourceId id) {
    return apps().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The virtual network with this id, if it is in the estate. */
  public final Optional<VirtualNetwork> virtualNetwork(ResourceId id) {
    return virtualNetworks().stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /** The subnet with this id, if its virtual network is in the estate and has it. */
  public final Optional<Subnet> subnet(ResourceId subnetId) {
    return subnetId.parent().flatMap(this::virtualNetwork).flatMap(vnet -> vnet.subnet(subnetId));
  }

  /** The apps on the plan with this id, in estate order. */
  public final List<App> appsOn(ResourceId planId) {
    return apps().stream()
        .filter(a -> a.planId().equals(planId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The plan of {@code app}; present for every app of this estate. */
  public final AppServicePlan planOf(App app) {
    return plan(app.planId())
        .orElseThrow(
            () -> new IllegalArgumentException("app '" + app.id() + "' is not in this estate"));
  }

  /**
   * This estate with {@code plan} in place of the plan that has its id; everything else, order
   * included, as it was. For "what if" edits: {@code estate.withPlan(AppServicePlan.builder()
   * .from(plan).sku(Sku.parse("P1v3")).build())}.
   *
   * @throws IllegalArgumentException if the estate has no plan with that id (add it with {@link
   *     #builder()} instead)
   */
  public final Estate withPlan(AppServicePlan plan) {
    return Estate.builder()
        .from(this)
        .plans(replaced(plans(), plan, AppServicePlan::id, "plan"))
        .build();
  }

  /**
   * This estate with {@code app} in place of the app that has its id (its plan must be in the
   * estate); everything else as it was.
   *
   * @throws IllegalArgumentException if the estate has no app with that id, or not its plan
   */
  public final Estate withApp(App app) {
    return Estate.builder().from(this).apps(replaced(apps(), app, App::id, "app")).build();
  }

  /**
   * This estate with {@code vnet} in place of the virtual network that has its id; everything else
   * as it was.
   *
   * @throws IllegalArgumentException if the estate has no virtual network with that id
   */
  public final Estate withVirtualNetwork(VirtualNetwork vnet) {
    return Estate.builder()
        .from(this)
        .virtualNetworks(replaced(virtualNetworks(), vnet, VirtualNetwork::id, "virtual network"))
        .build();
  }

  /**
   * This estate with {@code subnet} in place of the subnet that has its id, in its virtual network
   * (see {@link VirtualNetwork#withSubnet}); everything else as it was.
   *
   * @throws IllegalArgumentException if the estate does not have that subnet, or the new subnet
   *     does not fit its virtual network (outside the address spaces, overlapping another subnet)
   */
  public final Estate withSubnet(Subnet subnet) {
    VirtualNetwork vnet =
        virtualNetwork(subnet.virtualNetworkId())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "subnet '"
                            + subnet.id()
                            + "' is not there to replace: its virtual network '"
                            + subnet.virtualNetworkId()
                            + "' is not in the estate; add the VNet with the builder"));
    return withVirtualNetwork(vnet.withSubnet(subnet));
  }

  /** {@code list} with {@code value} in place of the element with the same id. */
  static <T> ImmutableList<T> replaced(
      List<T> list, T value, Function<T, ResourceId> id, String what) {
    ResourceId key = id.apply(value);
    checkArgument(
        list.stream().anyMatch(x -> id.apply(x).equals(key)),
        "%s '%s' is not there to replace; add it with the builder",
        what,
        key);
    return list.stream()
        .map(x -> id.apply(x).equals(key) ? value : x)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Set<ResourceId> ids = new HashSet<>();
    for (AppServicePlan plan : plans()) {
      checkArgument(ids.add(plan.id()), "estate lists plan '%s' twice", plan.id());
    }
    for (VirtualNetwork vnet : virtualNetworks()) {
      checkArgument(ids.add(vnet.id()), "estate lists virtual network '%s' twice", vnet.id());
    }
    for (App app : apps()) {
      checkArgument(ids.add(app.id()), "estate lists app '%s' twice", app.id());
      checkArgument(
          plan(app.planId()).isPresent(),
          "app '%s' is on plan '%s', which is not in the estate; add the plan",
          app.id(),
          app.planId());
    }
  }
}
