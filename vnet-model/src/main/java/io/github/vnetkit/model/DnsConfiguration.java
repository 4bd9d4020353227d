package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The modern {@code dnsConfiguration} site property: the app's DNS servers and its fallback (SPEC
 * DNS-2). The legacy equivalents are the app settings {@code WEBSITE_DNS_SERVER} and {@code
 * WEBSITE_DNS_ALT_SERVER}.
 *
 * <pre>{@code
 * DnsConfiguration dns = DnsConfiguration.builder()
 *     .addDnsServers(IpAddresses.parse("10.0.0.4"))
 *     .dnsAltServer(IpAddresses.parse("168.63.129.16"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DnsConfiguration {

  DnsConfiguration() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DnsConfiguration}. */
  public static final class Builder extends ImmutableDnsConfiguration.Builder {
    Builder() {}
  }

  /** {@code dnsServers}: the DNS servers in the order the app uses them. */
  public abstract List<IPAddress> dnsServers();

  /** {@code dnsAltServer}: the fallback DNS server. */
  public abstract Optional<IPAddress> dnsAltServer();

  /** Whether nothing is configured. */
  public final boolean isEmpty() {
    return dnsServers().isEmpty() && dnsAltServer().isEmpty();
  }

  @Value.Check
  void check() {
    for (IPAddress server : dnsServers()) {
      checkArgument(!server.isMultiple(), "dnsServers entry '%s' must be a single address", server);
    }
    dnsAltServer()
        .ifPresent(
            alt ->
                checkArgument(
                    !alt.isMultiple(), "dnsAltServer '%s' must be a single address", alt));
  }
}
