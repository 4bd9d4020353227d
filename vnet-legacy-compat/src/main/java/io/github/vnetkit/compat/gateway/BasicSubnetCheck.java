package io.github.vnetkit.compat.gateway;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import java.util.ArrayList;
import java.util.List;

/** {@link IntegrationSubnetCheck#basic()}: NET-2, NET-3, NET-4 and emptiness (GW-6). */
final class BasicSubnetCheck implements IntegrationSubnetCheck {

  static final BasicSubnetCheck INSTANCE = new BasicSubnetCheck();

  /** NET-5 too: an empty or new subnet is not shared with another plan. */
  private static final List<String> CHECKED = List.of("GW-6", "NET-2", "NET-3", "NET-4", "NET-5");

  /** The subnet planner's rules, which this check leaves open. */
  private static final List<String> UNCHECKED = List.of("CAP-5", "CAP-6", "CAP-7");

  private BasicSubnetCheck() {}

  @Override
  public SubnetQualification check(SubnetProposal proposal, AppServicePlan plan) {
    requireNonNull(proposal, "proposal");
    requireNonNull(plan, "plan");
    Subnet subnet = proposal.subnet();
    String subject = "subnet '" + subnet.name() + "' (" + subnet.addressPrefix() + ")";
    List<Finding> findings = new ArrayList<>();
    if (proposal.virtualNetwork().hasIpv6AddressSpace()) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              "NET-2",
              subject,
              "its VNet '"
                  + proposal.virtualNetwork().name()
                  + "' has an IPv6 address space, which regional integration does not allow",
              "integrate with a VNet that has IPv4 address spaces only"));
    }
    List<String> others =
        subnet.delegations().stream()
            .filter(d -> !d.equalsIgnoreCase(Subnet.SERVER_FARMS_DELEGATION))
            .toList();
    if (!others.isEmpty()) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              "NET-3",
              subject,
              "is delegated to "
                  + others
                  + "; an integration subnet is dedicated to "
                  + Subnet.SERVER_FARMS_DELEGATION,
              "choose or create another subnet"));
    } else if (!subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)) {
      findings.add(
          Finding.of(
              Severity.WARNING,
              "NET-3",
              subject,
              "is not delegated to "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + "; integration delegates it only if the caller holds"
                  + " Microsoft.Network/virtualNetworks/subnets/write",
              "delegate the subnet to " + Subnet.SERVER_FARMS_DELEGATION + " before integrating"));
    }
    if (!proposal.occupants().isEmpty()) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              "NET-3",
              subject,
              "is used by "
                  + proposal.occupants().size()
                  + " other resource(s) "
                  + proposal.occupants()
                  + "; the integration subnet must be empty or new (GW-6)",
              "move those resources out, or choose an empty or new subnet"));
    }
    if (subnet.hasServiceEndpointPolicies()) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              "NET-4",
              subject,
              "has service endpoint policies, which an integration subnet may not have",
              "remove the service endpoint policies, or choose another subnet"));
    }
    return SubnetQualification.of(findings, CHECKED, UNCHECKED);
  }
}
