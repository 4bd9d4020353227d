package io.github.vnetkit.testkit;

import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
}
