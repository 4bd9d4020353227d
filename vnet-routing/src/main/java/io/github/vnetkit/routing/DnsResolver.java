package io.github.vnetkit.routing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.compat.DnsSource;
import io.github.vnetkit.compat.EffectiveRouting;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Name resolution for an integrated app (SPEC DNS-1..DNS-3): which DNS server the app asks, and
 * what that server answers from private zones, its own records or public DNS. Immutable and
 * thread-safe; cost per query is linear in the number of private zones.
 */
final class DnsResolver {

  /** Azure DNS, the platform resolver. */
  static final IPv4Address AZURE_DNS = IpAddresses.parseIpv4("168.63.129.16");

  private static final String PRIVATELINK = "privatelink.";

  private final ResourceId vnetId;
  private final List<IPAddress> vnetDnsServers;
  private final ImmutableList<PrivateDnsZone> zones;
  private final ImmutableMap<IPAddress, CustomDnsServer> servers;
  private final ImmutableMap<DnsName, IPv4Address> publicRecords;
  private final Predicate<IPv4Address> isPrivate;

  DnsResolver(
      ResourceId vnetId,
      List<IPAddress> vnetDnsServers,
      List<PrivateDnsZone> zones,
      Map<IPAddress, CustomDnsServer> servers,
      Map<DnsName, IPv4Address> publicRecords,
      Predicate<IPv4Address> isPrivate) {
    this.vnetId = vnetId;
    this.vnetDnsServers = List.copyOf(vnetDnsServers);
    List<PrivateDnsZone> sorted = new ArrayList<>(zones);
    sorted.sort((a, b) -> a.name().compareTo(b.name()));
    this.zones = ImmutableList.copyOf(sorted);
    this.servers = ImmutableMap.copyOf(servers);
    this.publicRecords = ImmutableMap.copyOf(publicRecords);
    this.isPrivate = isPrivate;
  }

  NameResolution resolve(DnsName host, EffectiveRouting routing) {
    Query q = new Query(host);
    List<IPAddress> dnsServers;
    if (!routing.dnsServers().isEmpty()) {
      dnsServers = routing.dnsServers();
      q.step(
          "DNS-2",
          "the app names its own DNS servers "
              + dnsServers
              + (routing.dnsSource() == DnsSource.DNS_CONFIGURATION
                  ? " (dnsConfiguration)"
                  : " (WEBSITE_DNS_SERVER / WEBSITE_DNS_ALT_SERVER)")
              + (dnsServers.size() > 1 ? "; the first answers, the next is the fallback" : ""));
    } else if (!vnetDnsServers.isEmpty()) {
      dnsServers = vnetDnsServers;
      q.step(
          "DNS-1",
          "the app uses the DNS servers of virtual network '" + vnetId.name() + "' " + dnsServers);
    } else {
      dnsServers = List.of(AZURE_DNS);
      q.step(
          "DNS-1",
          "virtual network '"
              + vnetId.name()
              + "' has no custom DNS servers: the app uses Azure DNS (168.63.129.16) and the"
              + " private zones linked to the VNet");
    }
    IPAddress server = dnsServers.get(0);
    q.server = server;
    q.serverCount = dnsServers.size();
    if (server.equals(AZURE_DNS)) {
      return azureDns(q, vnetId);
    }
    CustomDnsServer custom = servers.get(server);
    if (custom == null) {
      q.step(
          "DNS-1",
          "DNS server "
              + server
              + " is not described (give a CustomDnsServer): its answer is"
              + " unknown");
      return q.done(NameResolution.Kind.UNKNOWN, null);
    }
    IPv4Address record = custom.aRecords().get(host);
    if (record != null) {
      q.step("DNS-3", "DNS server " + server + " has an A record: " + host + " -> " + record);
      return q.done(kind(record), record);
    }
    if (custom.forwardsToAzureDns()) {
      ResourceId from = custom.forwardingVirtualNetworkId().orElse(vnetId);
      q.step(
          "DNS-3",
          "DNS server "
              + server
              + " forwards to Azure DNS, which sees the private zones linked to virtual network '"
              + from.name()
              + "'");
      return azureDns(q, from);
    }
    return publicDns(
        q, "DNS server " + server + " has no record for the name and asks public" + " DNS");
  }

  private NameResolution azureDns(Query q, ResourceId linkedTo) {
    PrivateDnsZone best = null;
    DnsName bestName = q.host;
    for (PrivateDnsZone zone : zones) {
      if (!zone.isLinkedTo(linkedTo)) {
        continue;
      }
      DnsName name = nameIn(q.host, zone);
      if (name != null
          && (best == null || zone.name().name().length() > best.name().name().length())) {
        best = zone;
        bestName = name;
      }
    }
    if (best != null) {
      String alias =
          bestName.equals(q.host)
              ? ""
              : " (public DNS answers " + q.host + " with the alias " + bestName + ")";
      String zone =
          "private zone " + best.name() + " linked to virtual network '" + linkedTo.name() + "'";
      Optional<IPv4Address> address = best.addressOf(bestName);
      if (address.isPresent()) {
        q.step("DNS-3", zone + " has an A record: " + bestName + " -> " + address.get() + alias);
        return q.done(kind(address.get()), address.get());
      }
      q.step(
          "DNS-3",
          zone
              + " has no record for "
              + bestName
              + alias
              + ": Azure DNS answers that the name does not exist");
      q.finding(
          "DNS-3",
          Severity.ERROR,
          "add an A record for "
              + bestName
              + " to private zone "
              + best.name()
              + " (the zone is linked, so public DNS is not asked)");
      return q.done(NameResolution.Kind.NOT_FOUND, null);
    }
    for (PrivateDnsZone zone : zones) {
      DnsName name = nameIn(q.host, zone);
      if (name != null && zone.addressOf(name).isPresent()) {
        q.finding(
            "DNS-3",
            Severity.WARNING,
            "private zone "
                + zone.name()
                + " has an A record for "
                + name
                + " but is not linked to virtual network '"
                + linkedTo.name()
                + "': link it so that the name resolves to its private address");
      }
    }
    return publicDns(
        q,
        "no private zone linked to virtual network '"
            + linkedTo.name()
            + "' holds the name: Azure DNS asks public DNS");
  }

  private NameResolution publicDns(Query q, String why) {
    IPv4Address address = publicRecords.get(q.host);
    if (address == null) {
      q.step(
          "DNS-1",
          why
              + "; no public record was given for "
              + q.host
              + ", so the address is not known (give one with putPublicDnsRecord)");
      return q.done(NameResolution.Kind.PUBLIC_UNRESOLVED, null);
    }
    q.step("DNS-1", why + ": " + q.host + " -> " + address);
    return q.done(kind(address), address);
  }

  private NameResolution.Kind kind(IPv4Address address) {
    return isPrivate.test(address)
        ? NameResolution.Kind.PRIVATE_ADDRESS
        : NameResolution.Kind.PUBLIC_ADDRESS;
  }

  /**
   * The name to look up in {@code zone} for {@code host}: the host itself if it lies in the zone,
   * or, for a zone {@code privatelink.<domain>}, the alias that public DNS gives a resource with a
   * private endpoint: {@code shop.database.windows.net} is an alias of {@code
   * shop.privatelink.database.windows.net}. Services whose private-link zone has another domain
   * (Key Vault's {@code privatelink.vaultcore.azure.net}) are looked up by their alias name.
   */
  private static @Nullable DnsName nameIn(DnsName host, PrivateDnsZone zone) {
    if (host.isSubdomainOf(zone.name())) {
      return host;
    }
    String zoneName = zone.name().name();
    if (!zoneName.startsWith(PRIVATELINK)) {
      return null;
    }
    DnsName parent = DnsName.of(zoneName.substring(PRIVATELINK.length()));
    Optional<String> relative = host.relativeTo(parent);
    if (relative.isEmpty() || relative.get().equals("@")) {
      return null;
    }
    return DnsName.tryParse(relative.get() + "." + zoneName).orElse(null);
  }

  /** The state of one query while it is resolved. */
  private static final class Query {
    final DnsName host;
    final List<Step> steps = new ArrayList<>(4);
    final List<Finding> findings = new ArrayList<>(1);
    @Nullable IPAddress server;
    int serverCount = 1;

    Query(DnsName host) {
      this.host = host;
    }

    void step(String ruleId, String text) {
      steps.add(new Step(ruleId, text));
    }

    void finding(String ruleId, Severity severity, String message) {
      findings.add(new Finding(ruleId, severity, message));
    }

    NameResolution done(NameResolution.Kind kind, @Nullable IPv4Address address) {
      findings.sort(null); // most serious first (Finding's order)
      return new NameResolution(
          host,
          kind,
          Optional.ofNullable(address),
          Optional.ofNullable(server),
          steps,
          findings,
          serverCount);
    }
  }
}
