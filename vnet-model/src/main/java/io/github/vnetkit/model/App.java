package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A web, function or logic app ({@code Microsoft.Web/sites}) on an App Service plan, with its
 * routing configuration and its deployment slots.
 *
 * <p>An app has at most one regional integration at a time ({@code virtualNetworkSubnetId}, SPEC
 * NET-6). Its routing switches come from three generations of configuration, all kept as given: app
 * settings, legacy site flags and the modern {@code outboundVnetRouting}; the legacy rules (SPEC
 * LEG) decide which is in effect.
 *
 * <pre>{@code
 * App app = App.builder()
 *     .id(ResourceId.site(sub, "rg", "shop"))
 *     .kind(AppKind.WEB_APP)
 *     .planId(ResourceId.serverFarm(sub, "rg", "plan1"))
 *     .virtualNetworkSubnetId(ResourceId.subnet(sub, "net", "vnet1", "apps"))
 *     .appSettings(AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "1").build())
 *     .outboundVnetRouting(OutboundVnetRouting.builder().imagePullTraffic(TriState.ON).build())
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if an id has the wrong kind, or a slot
 * belongs to another app or is listed twice.
 */
@Value.Immutable
public abstract class App implements Site {

  App() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link App}. */
  public static final class Builder extends ImmutableApp.Builder {
    Builder() {}
  }

  /** The app's id (a {@code Microsoft.Web/sites} id). */
  @Override
  public abstract ResourceId id();

  /** The app's name. */
  public final String name() {
    return id().name();
  }

  /** Web, function or logic app. */
  @Value.Default
  public AppKind kind() {
    return AppKind.WEB_APP;
  }

  /** The id of the app's plan ({@code serverFarmId}). */
  public abstract ResourceId planId();

  /**
   * Whether the app is a Docker Compose (multi-container) app, which cannot use regional
   * integration (SPEC TIER-5). Defaults to {@code false}.
   */
  @Value.Default
  public boolean dockerCompose() {
    return false;
  }

  @Override
  @Value.Default
  public AppSettings appSettings() {
    return AppSettings.empty();
  }

  @Override
  @Value.Default
  public LegacySiteFlags legacySiteFlags() {
    return LegacySiteFlags.unset();
  }

  @Override
  @Value.Default
  public OutboundVnetRouting outboundVnetRouting() {
    return OutboundVnetRouting.unset();
  }

  @Override
  public abstract Optional<ResourceId> virtualNetworkSubnetId();

  @Override
  public abstract Optional<DnsConfiguration> dnsConfiguration();

  /**
   * The Azure Functions networking settings (SPEC FN-1..FN-4); {@link FunctionsSettings#none()} by
   * default. Only read for function apps ({@link AppKind#FUNCTION_APP}).
   */
  @Value.Default
  public FunctionsSettings functionsSettings() {
    return FunctionsSettings.none();
  }

  /** The app's deployment slots (not including production, which is the app itself). */
  public abstract List<DeploymentSlot> slots();

  /** The slot named {@code name} (compared ignoring case), if any. */
  public final Optional<DeploymentSlot> slot(String name) {
    return slots().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  @Value.Check
  void check() {
    id().requireKind(ResourceId.Kind.SITE, "app id");
    planId().requireKind(ResourceId.Kind.SERVER_FARM, "planId of app '" + id() + "'");
    virtualNetworkSubnetId()
        .ifPresent(s -> s.requireKind(ResourceId.Kind.SUBNET, "virtualNetworkSubnetId of " + id()));
    Set<ResourceId> seen = new HashSet<>();
    for (DeploymentSlot slot : slots()) {
      checkArgument(
          slot.appId().equals(id()), "slot '%s' does not belong to app '%s'", slot.id(), id());
      checkArgument(seen.add(slot.id()), "app '%s' lists slot '%s' twice", id(), slot.id());
    }
  }
}
