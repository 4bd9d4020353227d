package io.github.vnetkit.testkit;

import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The preconditions {@code RoutingEvaluator.builder()} documents (vnet-routing), written from its
 * Javadoc independently of the generator, plus the network consistency a scenario promises. The
 * real cross-check against the evaluator lives in vnet-routing's tests, which can depend on both.
 */
final class ScenarioChecker {

  private ScenarioChecker() {}

  static List<String> problems(RoutingScenario s) {
    List<String> problems = new ArrayList<>();
    VirtualNetwork vnet = s.virtualNetwork();
    Subnet subnet = s.subnet();
    if (!subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)) {
      problems.add("subnet not delegated");
    }
    if (vnet.addressSpaces().stream().noneMatch(space -> space.contains(subnet.addressPrefix()))) {
      problems.add("subnet outside the address spaces");
    }
    if (!subnet.networkSecurityGroupId().equals(s.networkSecurityGroup().map(n -> n.id()))) {
      problems.add("NSG is not the subnet's");
    }
    if (!subnet.routeTableId().equals(s.routeTable().map(t -> t.id()))) {
      problems.add("route table is not the subnet's");
    }
    Set<Cidr> bgp = new HashSet<>();
    for (BgpRoute r : s.bgpRoutes()) {
      if (!bgp.add(r.addressPrefix())) {
        problems.add("BGP prefix twice: " + r.addressPrefix());
      }
    }
    Set<ServiceTag> tags = new HashSet<>();
    for (ServiceTagDefinition d : s.serviceTags()) {
      if (!tags.add(d.tag())) {
        problems.add("tag twice: " + d.tag());
      }
      if (d.addressPrefixes().isEmpty()) {
        problems.add("tag without prefixes: " + d.tag());
      }
    }
    for (Peering p : vnet.peerings()) {
      for (Cidr remote : p.remoteAddressSpaces()) {
        if (vnet.addressSpaces().stream().anyMatch(remote::overlaps)) {
          problems.add("peered space overlaps the VNet: " + remote);
        }
      }
    }
    return problems;
  }

  /**
   * What the evaluator's builder needs of the DNS part (one zone per name, one description per
   * server address) and what {@code withDns()} promises: zones linked to the scenario VNet or
   * {@code peer1} only, records resolving within their zone to private addresses, described servers
   * at the addresses the VNet may name, VNet DNS servers that are described or Azure DNS.
   */
  static List<String> dnsProblems(RoutingScenario s) {
    List<String> problems = new ArrayList<>();
    VirtualNetwork vnet = s.virtualNetwork();
    Set<DnsName> zones = new HashSet<>();
    for (PrivateDnsZone z : s.privateDnsZones()) {
      if (!zones.add(z.name())) {
        problems.add("zone twice: " + z.name());
      }
      for (var id : z.linkedVirtualNetworkIds()) {
        if (!id.equals(vnet.id()) && !id.name().equals("peer1")) {
          problems.add("zone " + z.name() + " linked to " + id);
        }
      }
      for (var r : z.aRecords().entrySet()) {
        DnsName host = DnsName.of(r.getKey() + "." + z.name());
        if (!z.addressOf(host).equals(Optional.of(r.getValue()))) {
          problems.add("record does not resolve: " + host);
        }
        if (!Cidr.parse("10.0.0.0/8").contains(r.getValue())) {
          problems.add("record not private: " + r);
        }
      }
    }
    Set<Object> servers = new HashSet<>();
    for (CustomDnsServer c : s.customDnsServers()) {
      if (!servers.add(c.address())) {
        problems.add("server twice: " + c.address());
      }
      if (!c.address().toString().startsWith("10.0.0.")) {
        problems.add("server outside the VNet: " + c.address());
      }
    }
    for (var server : vnet.dnsServers()) {
      if (!server.toString().equals("168.63.129.16") && !server.toString().startsWith("10.0.0.")) {
        problems.add("VNet DNS server outside the VNet: " + server);
      }
    }
    if (s.hostNames().isEmpty() || s.hostNames().size() > 4) {
      problems.add("host names: " + s.hostNames());
    }
    if (new HashSet<>(s.hostNames()).size() != s.hostNames().size()) {
      problems.add("host name twice: " + s.hostNames());
    }
    return problems;
  }
}
