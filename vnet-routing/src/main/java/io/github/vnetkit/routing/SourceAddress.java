package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ResourceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The source address the destination sees (SPEC APP-5, NR-5): the instance's private address in the
 * integration subnet (which can be any address of the subnet, SPEC CAP-9, so a firewall must allow
 * the whole {@link #subnetPrefix()}), the app's listed outbound addresses, the NAT gateway on the
 * subnet, or the appliance a route sends the flow to.
 *
 * <pre>{@code
 * SourceAddress source = decision.sourceAddress().orElseThrow();
 * switch (source.kind()) {
 *   case SUBNET_PRIVATE_ADDRESS -> source.subnetPrefix();   // allow 10.0.1.0/26
 *   case APP_OUTBOUND_ADDRESSES -> source.addresses();      // as listed, if given
 *   case NAT_GATEWAY -> source.natGatewayId();
 *   case VIRTUAL_APPLIANCE -> source.addresses();           // [the appliance]
 * }
 * }</pre>
 */
public final class SourceAddress {

  /** The kinds of source address. */
  public enum Kind {
    /** An instance's private address: any address of the integration subnet (APP-5, CAP-9). */
    SUBNET_PRIVATE_ADDRESS,
    /** One of the app's outbound addresses, as listed in the app's properties (APP-5). */
    APP_OUTBOUND_ADDRESSES,
    /** The NAT gateway's public address (APP-5, NR-5). */
    NAT_GATEWAY,
    /** The firewall or appliance a route sent the flow to (APP-5, NR-4). */
    VIRTUAL_APPLIANCE
  }

  private final Kind kind;
  private final Optional<Cidr> subnetPrefix;
  private final List<IPv4Address> addresses;
  private final Optional<ResourceId> natGatewayId;

  SourceAddress(
      Kind kind,
      Optional<Cidr> subnetPrefix,
      List<IPv4Address> addresses,
      Optional<ResourceId> natGatewayId) {
    this.kind = requireNonNull(kind);
    this.subnetPrefix = requireNonNull(subnetPrefix);
    this.addresses = List.copyOf(addresses);
    this.natGatewayId = requireNonNull(natGatewayId);
  }

  /** The kind of source. */
  public Kind kind() {
    return kind;
  }

  /** The integration subnet's prefix, for {@link Kind#SUBNET_PRIVATE_ADDRESS}. */
  public Optional<Cidr> subnetPrefix() {
    return subnetPrefix;
  }

  /**
   * The addresses: the app's outbound addresses (as given to the evaluator; may be empty when not
   * given), or the appliance's address.
   */
  public List<IPv4Address> addresses() {
    return addresses;
  }

  /** The NAT gateway, for {@link Kind#NAT_GATEWAY}. */
  public Optional<ResourceId> natGatewayId() {
    return natGatewayId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SourceAddress other
        && other.kind == kind
        && other.subnetPrefix.equals(subnetPrefix)
        && other.addresses.equals(addresses)
        && other.natGatewayId.equals(natGatewayId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, subnetPrefix, addresses, natGatewayId);
  }

  /** Such as {@code any address of 10.0.1.0/26 (instance private address)}. */
  @Override
  public String toString() {
    return switch (kind) {
      case SUBNET_PRIVATE_ADDRESS ->
          "any address of "
              + subnetPrefix.map(Cidr::toString).orElse("the subnet")
              + " (instance private address)";
      case APP_OUTBOUND_ADDRESSES ->
          "the app's outbound addresses" + (addresses.isEmpty() ? "" : " " + addresses);
      case NAT_GATEWAY ->
          "the NAT gateway " + natGatewayId.map(ResourceId::name).orElse("") + "'s address";
      case VIRTUAL_APPLIANCE -> "the appliance " + addresses;
    };
  }
}
