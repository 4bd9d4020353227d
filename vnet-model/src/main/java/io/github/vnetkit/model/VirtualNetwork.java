package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import inet.ipaddr.IPAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A virtual network: region, deployment model (ARM or classic), address spaces (IPv4 and IPv6 both
 * representable, so that SPEC NET-2 can be reported rather than assumed away), DNS servers,
 * subnets, peerings and gateways.
 *
 * <p>The value is consistent by construction: every subnet is a child of this VNet, lies inside one
 * of its IPv4 address spaces, and no two subnets overlap, as Azure itself guarantees. Whether the
 * VNet is <em>usable</em> for integration (region, classic, IPv6) is a checker's finding, not an
 * exception.
 *
 * <pre>{@code
 * VirtualNetwork vnet = VirtualNetwork.builder()
 *     .id(ResourceId.virtualNetwork(sub, "net", "vnet1"))
 *     .region(Region.of("West Europe"))
 *     .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
 *     .addDnsServers(IpAddresses.parse("10.0.0.4"))
 *     .addSubnets(subnet)
 *     .build();
 * vnet.subnet("apps"); // Optional[subnet]
 * }</pre>
 */
@Value.Immutable
public abstract class VirtualNetwork {

  VirtualNetwork() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VirtualNetwork}. */
  public static final class Builder extends ImmutableVirtualNetwork.Builder {
    Builder() {}
  }

  /** The VNet's id (a {@code Microsoft.Network/virtualNetworks} id). */
  public abstract ResourceId id();

  /** The VNet's region. */
  public abstract Region region();

  /** Whether this is a classic (Azure Service Manager) VNet (SPEC NET-1). Defaults to false. */
  @Value.Default
  public boolean classic() {
    return false;
  }

  /** The address spaces, IPv4 and IPv6. */
  public abstract List<Cidr> addressSpaces();

  /** Custom DNS servers; empty means Azure DNS (SPEC DNS-1). */
  public abstract List<IPAddress> dnsServers();

  /** The subnets. */
  public abstract List<Subnet> subnets();

  /** Peerings to other VNets. */
  public abstract List<Peering> peerings();

  /** The gateways in the VNet. */
  public abstract Set<GatewayKind> gateways();

  /** The VNet's name. */
  public final String name() {
    return id().name();
  }

  /** The VNet's subscription id, from its resource id. */
  public final String subscriptionId() {
    return id().subscriptionId();
  }

  /** Whether any address space is IPv6 (SPEC NET-2). */
  public final boolean hasIpv6AddressSpace() {
    return addressSpaces().stream().anyMatch(Cidr::isIpv6);
  }

  /** Whether the VNet has both an ExpressRoute and a VPN gateway (SPEC GW-2). */
  public final boolean hasCoexistenceGateways() {
    return gateways().contains(GatewayKind.EXPRESS_ROUTE) && gateways().contains(GatewayKind.VPN);
  }

  /** The subnet named {@code name} (compared ignoring case, as ARM does), if any. */
  public final Optional<Subnet> subnet(String name) {
    return subnets().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The subnet with id {@code subnetId}, if it is one of this VNet's. */
  public final Optional<Subnet> subnet(ResourceId subnetId) {
    return subnets().stream().filter(s -> s.id().equals(subnetId)).findFirst();
  }

  /**
   * This virtual network with {@code subnet} in place of the subnet that has its id; everything
   * else, order included, as it was: {@code vnet.withSubnet(Subnet.builder().from(subnet)
   * .hasServiceEndpointPolicies(false).build())}.
   *
   * @throws IllegalArgumentException if this VNet has no subnet with that id, or the new subnet
   *     does not fit (outside the address spaces, overlapping another subnet)
   */
  public final VirtualNetwork withSubnet(Subnet subnet) {
    return VirtualNetwork.builder()
        .from(this)
        .subnets(Estate.replaced(subnets(), subnet, Subnet::id, "subnet"))
        .build();
  }

  @Value.Check
  void check() {
    id().requireKind(ResourceId.Kind.VIRTUAL_NETWORK, "virtual network id");
    checkArgument(!addressSpaces().isEmpty(), "virtual network '%s' needs an address space", id());
    Set<Cidr> spaces = new HashSet<>();
    for (Cidr space : addressSpaces()) {
      checkArgument(
          spaces.add(space), "virtual network '%s' lists address space %s twice", id(), space);
      for (Cidr other : addressSpaces()) {
        checkArgument(
            space.equals(other) || !space.overlaps(other),
            "address spaces %s and %s of virtual network '%s' overlap",
            space,
            other,
            id());
      }
    }
    for (IPAddress dns : dnsServers()) {
      checkArgument(
          !dns.isMultiple(), "DNS server '%s' of '%s' must be a single address", dns, id());
    }
    for (int i = 0; i < subnets().size(); i++) {
      Subnet subnet = subnets().get(i);
      checkArgument(
          subnet.virtualNetworkId().equals(id()),
          "subnet '%s' is not a subnet of virtual network '%s'",
          subnet.id(),
          id());
      checkArgument(
          addressSpaces().stream().anyMatch(space -> space.contains(subnet.addressPrefix())),
          "subnet '%s' (%s) lies outside the address spaces %s of virtual network '%s'",
          subnet.name(),
          subnet.addressPrefix(),
          addressSpaces(),
          id());
      for (int j = 0; j < i; j++) {
        Subnet other = subnets().get(j);
        checkArgument(
            !other.id().equals(subnet.id()),
            "virtual network '%s' lists subnet '%s' twice",
            id(),
            subnet.name());
        checkArgument(
            !other.addressPrefix().overlaps(subnet.addressPrefix()),
            "subnets '%s' (%s) and '%s' (%s) of virtual network '%s' overlap",
            other.name(),
            other.addressPrefix(),
            subnet.name(),
            subnet.addressPrefix(),
            id());
      }
    }
  }
}
