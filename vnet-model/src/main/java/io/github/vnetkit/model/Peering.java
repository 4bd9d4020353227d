package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.immutables.value.Value;

/**
 * A peering from a virtual network to a remote one: the remote VNet, its address spaces, whether it
 * is regional or global, and whether the remote VNet is classic. Anything across a peering with a
 * classic VNet is unreachable through regional integration (SPEC NET-9); peered address spaces get
 * {@code VNetPeering} system routes (SPEC NR-3).
 *
 * <pre>{@code
 * Peering hub = Peering.builder()
 *     .remoteVirtualNetworkId(ResourceId.virtualNetwork(sub, "hub", "hub-vnet"))
 *     .addRemoteAddressSpaces(Cidr.parse("10.100.0.0/16"))
 *     .scope(PeeringScope.GLOBAL)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Peering {

  Peering() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Peering}. */
  public static final class Builder extends ImmutablePeering.Builder {
    Builder() {}
  }

  /** The remote virtual network's id. */
  public abstract ResourceId remoteVirtualNetworkId();

  /** The remote virtual network's address spaces. */
  public abstract List<Cidr> remoteAddressSpaces();

  /** Regional or global peering; defaults to regional. */
  @Value.Default
  public PeeringScope scope() {
    return PeeringScope.REGIONAL;
  }

  /** Whether the remote VNet is a classic VNet (unreachable, SPEC NET-9). Defaults to false. */
  @Value.Default
  public boolean remoteClassic() {
    return false;
  }

  @Value.Check
  void check() {
    remoteVirtualNetworkId()
        .requireKind(ResourceId.Kind.VIRTUAL_NETWORK, "remoteVirtualNetworkId of peering");
    checkArgument(
        !remoteAddressSpaces().isEmpty(),
        "peering to '%s' must list the remote address spaces",
        remoteVirtualNetworkId());
  }
}
