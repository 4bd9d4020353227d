package io.github.vnetkit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A deployment slot of an app. It has its own integration and routing settings, which do not move
 * with a slot swap (SPEC NET-10).
 *
 * <pre>{@code
 * DeploymentSlot staging = DeploymentSlot.builder()
 *     .id(ResourceId.slot(sub, "rg", "shop", "staging"))
 *     .virtualNetworkSubnetId(ResourceId.subnet(sub, "net", "vnet1", "apps"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DeploymentSlot implements Site {

  DeploymentSlot() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeploymentSlot}. */
  public static final class Builder extends ImmutableDeploymentSlot.Builder {
    Builder() {}
  }

  /** The slot's id (a {@code Microsoft.Web/sites/slots} id). */
  @Override
  public abstract ResourceId id();

  /** The slot's name: {@code staging}. */
  public final String name() {
    return id().name();
  }

  /** The id of the app the slot belongs to. */
  public final ResourceId appId() {
    return id().parent().orElseThrow();
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

  @Value.Check
  void check() {
    id().requireKind(ResourceId.Kind.SLOT, "slot id");
    virtualNetworkSubnetId()
        .ifPresent(s -> s.requireKind(ResourceId.Kind.SUBNET, "virtualNetworkSubnetId of " + id()));
  }
}
