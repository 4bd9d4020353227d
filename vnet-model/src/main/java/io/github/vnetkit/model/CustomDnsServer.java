package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import inet.ipaddr.ipv4.IPv4Address;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What vnetkit knows of a custom DNS server (one the VNet or the app names instead of Azure DNS):
 * its address, the A records it serves itself, and whether it forwards other queries to Azure DNS,
 * which then answers from the private zones linked to the VNet the server runs in (SPEC DNS-3). A
 * server that does not forward answers other names from public DNS.
 *
 * <pre>{@code
 * CustomDnsServer dc = CustomDnsServer.builder()
 *     .address(IpAddresses.parseIpv4("10.0.0.4"))
 *     .putARecords(DnsName.of("shop-sql.privatelink.database.windows.net"),
 *         IpAddresses.parseIpv4("10.0.2.5"))
 *     .forwardsToAzureDns(true)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if an address is not a single address,
 * or the forwarding VNet id is not a VNet id.
 */
@Value.Immutable
public abstract class CustomDnsServer {

  CustomDnsServer() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomDnsServer}. */
  public static final class Builder extends ImmutableCustomDnsServer.Builder {
    Builder() {}
  }

  /** The server's address. */
  public abstract IPv4Address address();

  /** The A records the server serves itself (fully qualified names). */
  public abstract Map<DnsName, IPv4Address> aRecords();

  /** Whether queries the server cannot answer itself go to Azure DNS. Defaults to false. */
  @Value.Default
  public boolean forwardsToAzureDns() {
    return false;
  }

  /**
   * The VNet the server runs in, whose linked private zones forwarded queries see; when empty, the
   * app's integration VNet.
   */
  public abstract Optional<ResourceId> forwardingVirtualNetworkId();

  @Value.Check
  void check() {
    checkArgument(
        !address().isMultiple() && address().getNetworkPrefixLength() == null,
        "DNS server address '%s' must be a single address",
        address());
    for (Map.Entry<DnsName, IPv4Address> record : aRecords().entrySet()) {
      checkArgument(
          !record.getValue().isMultiple() && record.getValue().getNetworkPrefixLength() == null,
          "A record '%s' of DNS server %s must have a single address, not '%s'",
          record.getKey(),
          address(),
          record.getValue());
    }
    forwardingVirtualNetworkId()
        .ifPresent(
            id ->
                id.requireKind(
                    ResourceId.Kind.VIRTUAL_NETWORK, "forwardingVirtualNetworkId of " + address()));
  }
}
