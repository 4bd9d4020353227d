package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.IPAddress;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The DNS part of a {@link RoutingScenario} ({@link RoutingScenarioArbitrary#withDns()}): private
 * zones from the private-link pool linked to the scenario VNet {@code vnet1}, to {@code peer1}, to
 * both or to none; records at {@code 10.0.2.x} (a subnet of the VNet) or {@code 10.100.2.x} (the
 * peer's); the VNet's DNS servers (none, {@code 10.0.0.4}, {@code 10.0.0.4} and {@code 10.0.0.5},
 * or Azure DNS by address); descriptions of the servers {@code 10.0.0.4} and {@code 10.0.0.5}
 * (records, forwarding from the app's VNet or from {@code peer1}); and host names to resolve.
 */
final class ScenarioDns {

  /** Azure DNS, the platform resolver. */
  static final String AZURE_DNS = "168.63.129.16";

  /** The ranges zone records point into: a subnet of the scenario VNet, and the first peer's. */
  static final ImmutableList<Cidr> RECORD_RANGES =
      ImmutableList.of(Cidr.parse("10.0.2.0/24"), Cidr.parse("10.100.2.0/24"));

  /** The servers the VNet may name and the scenario may describe. */
  static final ImmutableList<String> SERVERS = ImmutableList.of("10.0.0.4", "10.0.0.5");

  private ScenarioDns() {}

  /** How a zone is linked: to the scenario VNet, the peer, both, or none. */
  enum Link {
    VNET,
    PEER,
    BOTH,
    NONE
  }

  record ZoneGene(int zone, Link link, List<PrivateDnsZoneArbitrary.RecordGene> records) {}

  /**
   * A host name: {@code kind} 0 is a zone record's name, 1 its public alias ({@code
   * shop.database.windows.net}), 2 a label in a zone of the scenario, 3 a label in a zone or domain
   * no zone of the scenario holds.
   */
  record NameGene(int kind, int a, int b, String label) {}

  record ServerRecord(NameGene name, int host) {}

  record ServerGene(boolean forwards, boolean fromPeer, List<ServerRecord> records) {}

  record Gene(
      List<ZoneGene> zones,
      int vnetDns,
      List<Optional<ServerGene>> servers,
      List<NameGene> names) {}

  static Arbitrary<Gene> genes() {
    Arbitrary<Link> links =
        Arbitraries.frequency(
            List.of(
                Tuple2s.weighted(4, Link.VNET),
                Tuple2s.weighted(1, Link.PEER),
                Tuple2s.weighted(1, Link.BOTH),
                Tuple2s.weighted(2, Link.NONE)));
    Arbitrary<List<ZoneGene>> zones =
        Combinators.combine(
                Genes.index(DnsPools.PRIVATE_LINK_ZONES.size()),
                links,
                PrivateDnsZoneArbitrary.records(0, 3, RECORD_RANGES.size()))
            .as(ZoneGene::new)
            .list()
            .uniqueElements(ZoneGene::zone)
            .ofMaxSize(3);
    Arbitrary<Integer> vnetDns =
        Arbitraries.frequency(
            List.of(
                Tuple2s.weighted(4, 0),
                Tuple2s.weighted(2, 1),
                Tuple2s.weighted(1, 2),
                Tuple2s.weighted(1, 3)));
    Arbitrary<NameGene> names =
        Combinators.combine(
                Arbitraries.frequency(
                    List.of(
                        Tuple2s.weighted(3, 0),
                        Tuple2s.weighted(2, 1),
                        Tuple2s.weighted(1, 2),
                        Tuple2s.weighted(1, 3))),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 9),
                DnsPools.shortLabels())
            .as(NameGene::new);
    Arbitrary<Optional<ServerGene>> servers =
        Combinators.combine(
                Arbitraries.of(false, true),
                Arbitraries.of(false, true),
                Combinators.combine(names, DnsPools.hostOffsets())
                    .as(ServerRecord::new)
                    .list()
                    .ofMaxSize(2))
            .as(ServerGene::new)
            .optional(0.7);
    return Combinators.combine(
            zones,
            vnetDns,
            servers.list().ofSize(SERVERS.size()),
            names.list().ofMinSize(1).ofMaxSize(4))
        .as(Gene::new);
  }

  /** {@code base} with the DNS {@code g} stands for. */
  static RoutingScenario apply(RoutingScenario base, Gene g) {
    VirtualNetwork vnet = base.virtualNetwork();
    ResourceId vnetId = vnet.id();
    ResourceId peerId =
        ResourceId.virtualNetwork(vnetId.subscriptionId(), vnetId.resourceGroup(), "peer1");
    List<PrivateDnsZone> zones = new ArrayList<>();
    for (ZoneGene z : g.zones()) {
      PrivateDnsZone.Builder b =
          PrivateDnsZone.builder().name(Genes.pick(DnsPools.PRIVATE_LINK_ZONES, z.zone()));
      if (z.link() == Link.VNET || z.link() == Link.BOTH) {
        b.addLinkedVirtualNetworkIds(vnetId);
      }
      if (z.link() == Link.PEER || z.link() == Link.BOTH) {
        b.addLinkedVirtualNetworkIds(peerId);
      }
      for (PrivateDnsZoneArbitrary.RecordGene r : z.records()) {
        b.putARecords(r.name(), DnsPools.address(Genes.pick(RECORD_RANGES, r.range()), r.host()));
      }
      zones.add(b.build());
    }
    List<IPAddress> vnetServers =
        switch (g.vnetDns()) {
          case 1 -> List.of(IpAddresses.parse(SERVERS.get(0)));
          case 2 -> List.of(IpAddresses.parse(SERVERS.get(0)), IpAddresses.parse(SERVERS.get(1)));
          case 3 -> List.of(IpAddresses.parse(AZURE_DNS));
          default -> List.of();
        };
    List<CustomDnsServer> servers = new ArrayList<>();
    for (int i = 0; i < SERVERS.size(); i++) {
      Optional<ServerGene> gene = g.servers().get(i);
      if (gene.isEmpty()) {
        continue;
      }
      ServerGene s = gene.get();
      CustomDnsServer.Builder b =
          CustomDnsServer.builder()
              .address(IpAddresses.parseIpv4(SERVERS.get(i)))
              .forwardsToAzureDns(s.forwards());
      if (s.forwards() && s.fromPeer()) {
        b.forwardingVirtualNetworkId(peerId);
      }
      Set<DnsName> seen = new LinkedHashSet<>();
      for (ServerRecord r : s.records()) {
        DnsName name = name(r.name(), zones);
        if (seen.add(name)) {
          b.putARecords(name, DnsPools.address(RECORD_RANGES.get(0), r.host()));
        }
      }
      servers.add(b.build());
    }
    Set<DnsName> names = new LinkedHashSet<>();
    for (NameGene n : g.names()) {
      names.add(name(n, zones));
    }
    return RoutingScenario.builder()
        .from(base)
        .virtualNetwork(VirtualNetwork.builder().from(vnet).dnsServers(vnetServers).build())
        .privateDnsZones(zones)
        .customDnsServers(servers)
        .hostNames(names)
        .build();
  }

  private static DnsName name(NameGene n, List<PrivateDnsZone> zones) {
    if (n.kind() == 3 || zones.isEmpty()) {
      DnsName elsewhere =
          n.a() % 2 == 0 ? DnsPools.CORPORATE_ZONE : Genes.pick(DnsPools.PRIVATE_LINK_ZONES, n.b());
      boolean taken = zones.stream().anyMatch(z -> z.name().equals(elsewhere));
      return DnsName.of(n.label() + "." + (taken ? DnsPools.CORPORATE_ZONE : elsewhere));
    }
    PrivateDnsZone zone = Genes.pick(zones, n.a());
    List<String> records = new ArrayList<>(zone.aRecords().keySet());
    if (n.kind() == 2 || records.isEmpty()) {
      return DnsName.of(n.label() + "." + zone.name());
    }
    String relative = Genes.pick(records, n.b());
    String prefix = relative.equals("@") ? n.label() : relative;
    return n.kind() == 0
        ? DnsName.of(prefix + "." + zone.name())
        : DnsName.of(prefix + "." + DnsPools.publicDomain(zone.name()));
  }
}
