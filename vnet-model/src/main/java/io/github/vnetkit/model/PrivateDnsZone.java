package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import inet.ipaddr.ipv4.IPv4Address;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An Azure DNS private zone, such as {@code privatelink.database.windows.net}: the virtual networks
 * it is linked to and its A records (relative name to IPv4 address, {@code @} for the apex). An app
 * that uses Azure DNS resolves names in the zones linked to its VNet (SPEC DNS-1); that is how a
 * private endpoint's name resolves to its private address (SPEC DNS-3).
 *
 * <pre>{@code
 * PrivateDnsZone zone = PrivateDnsZone.builder()
 *     .name(DnsName.of("privatelink.database.windows.net"))
 *     .addLinkedVirtualNetworkIds(vnet.id())
 *     .putARecords("shop-sql", IpAddresses.parseIpv4("10.0.2.5"))
 *     .build();
 * zone.addressOf(DnsName.of("shop-sql.privatelink.database.windows.net")); // Optional[10.0.2.5]
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if a linked id is not a VNet id, a
 * record name is not {@code @} or a relative DNS name, or two record names differ only in case.
 */
@Value.Immutable
public abstract class PrivateDnsZone {

  PrivateDnsZone() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrivateDnsZone}. */
  public static final class Builder extends ImmutablePrivateDnsZone.Builder {
    Builder() {}
  }

  /** The zone's name. */
  public abstract DnsName name();

  /** The virtual networks the zone is linked to. */
  public abstract Set<ResourceId> linkedVirtualNetworkIds();

  /** The A records: relative name (lower case, {@code @} for the apex) to address. */
  public abstract Map<String, IPv4Address> aRecords();

  /** Whether the zone is linked to the virtual network {@code vnetId}. */
  public final boolean isLinkedTo(ResourceId vnetId) {
    return linkedVirtualNetworkIds().contains(vnetId);
  }

  /** The address of {@code host} in this zone, if the zone has an A record for it. */
  public final Optional<IPv4Address> addressOf(DnsName host) {
    return host.relativeTo(name()).map(aRecords()::get);
  }

  @Value.Check
  PrivateDnsZone normalise() {
    for (ResourceId id : linkedVirtualNetworkIds()) {
      id.requireKind(ResourceId.Kind.VIRTUAL_NETWORK, "linked virtual network of " + name());
    }
    boolean lowerCase = true;
    for (Map.Entry<String, IPv4Address> record : aRecords().entrySet()) {
      String relative = record.getKey();
      checkArgument(
          relative.equals("@") || DnsName.tryParse(relative).isPresent(),
          "A record '%s' of private zone '%s' must be '@' or a relative DNS name",
          relative,
          name());
      checkArgument(
          relative.equals("@") || DnsName.tryParse(relative + "." + name()).isPresent(),
          "A record '%s' of private zone '%s' names '%s.%s', longer than the 253 characters a DNS"
              + " name may have",
          relative,
          name(),
          relative,
          name());
      checkArgument(
          !record.getValue().isMultiple() && record.getValue().getNetworkPrefixLength() == null,
          "A record '%s' of private zone '%s' must have a single address, not '%s'",
          relative,
          name(),
          record.getValue());
      lowerCase &= relative.equals(relative.toLowerCase(Locale.ROOT));
    }
    if (lowerCase) {
      return this;
    }
    ImmutablePrivateDnsZone.Builder copy =
        ImmutablePrivateDnsZone.builder()
            .name(name())
            .addAllLinkedVirtualNetworkIds(linkedVirtualNetworkIds());
    Map<String, IPv4Address> seen = new HashMap<>();
    for (Map.Entry<String, IPv4Address> record : aRecords().entrySet()) {
      String key = record.getKey().toLowerCase(Locale.ROOT);
      checkArgument(
          seen.put(key, record.getValue()) == null,
          "private zone '%s' lists A record '%s' twice (names compare ignoring case)",
          name(),
          record.getKey());
      copy.putARecords(key, record.getValue());
    }
    return copy.build();
  }
}
