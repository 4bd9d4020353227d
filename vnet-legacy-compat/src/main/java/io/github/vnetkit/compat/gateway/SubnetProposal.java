package io.github.vnetkit.compat.gateway;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import org.immutables.value.Value;

/**
 * A subnet proposed for regional integration, with the VNet it belongs to and what already occupies
 * it. The subnet may already exist in the VNet ({@link #isNew()} false) or be one to create.
 *
 * <pre>{@code
 * SubnetProposal proposal = SubnetProposal.builder()
 *     .virtualNetwork(vnet)
 *     .subnet(Subnet.builder()
 *         .id(ResourceId.subnet(sub, "net", "vnet1", "apps"))
 *         .addressPrefix(Cidr.parse("10.0.1.0/26"))
 *         .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the subnet is not a subnet of the
 * given VNet, or an occupant is listed twice.
 */
@Value.Immutable
public abstract class SubnetProposal {

  SubnetProposal() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubnetProposal}. */
  public static final class Builder extends ImmutableSubnetProposal.Builder {
    Builder() {}
  }

  /** The VNet the subnet belongs to (or will be created in). */
  public abstract VirtualNetwork virtualNetwork();

  /** The proposed subnet. */
  public abstract Subnet subnet();

  /**
   * Resources other than the integrating plan that already use the subnet (network interfaces,
   * private endpoints, other plans). An integration subnet must be empty or new (GW-6, NET-3).
   */
  public abstract List<ResourceId> occupants();

  /**
   * Whether the Azure portal creates the subnet during integration, which needs a /27 rather than a
   * /28 (CAP-7). Defaults to {@code false}.
   */
  @Value.Default
  public boolean portalCreated() {
    return false;
  }

  /** Whether the subnet does not exist in {@link #virtualNetwork()} yet. */
  public final boolean isNew() {
    return virtualNetwork().subnet(subnet().id()).isEmpty();
  }

  @Value.Check
  void check() {
    checkArgument(
        subnet().virtualNetworkId().equals(virtualNetwork().id()),
        "subnet '%s' is not a subnet of virtual network '%s'",
        subnet().id(),
        virtualNetwork().id());
    checkArgument(
        occupants().stream().distinct().count() == occupants().size(),
        "occupants of subnet '%s' list a resource twice: %s",
        subnet().id(),
        occupants());
  }
}
