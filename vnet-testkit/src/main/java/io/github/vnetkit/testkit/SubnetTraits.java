package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What generated subnets carry besides their id and prefix: delegations, service endpoints, service
 * endpoint policies and the NSG, route table and NAT gateway attachments.
 */
record SubnetTraits(
    SubnetTraits.Delegation delegation,
    boolean serviceEndpoints,
    boolean serviceEndpointPolicies,
    boolean attachments) {

  /** Which delegations generated subnets have. */
  enum Delegation {
    /** Delegated to {@code Microsoft.Web/serverFarms} (NET-3). */
    SERVER_FARMS,
    /** Not delegated. */
    NONE,
    /** Delegated to another service. */
    FOREIGN,
    /** Any of the above, serverFarms most often. */
    MIXED
  }

  /** Services other than App Service that subnets are delegated to. */
  static final ImmutableList<String> FOREIGN_DELEGATIONS =
      ImmutableList.of(
          "Microsoft.App/environments",
          "Microsoft.Sql/managedInstances",
          "Microsoft.ContainerInstance/containerGroups",
          "Microsoft.Netapp/volumes");

  /** Service endpoints that generated subnets may have. */
  static final ImmutableList<String> SERVICE_ENDPOINTS =
      ImmutableList.of(
          "Microsoft.Storage",
          "Microsoft.KeyVault",
          "Microsoft.Sql",
          "Microsoft.ServiceBus",
          "Microsoft.AzureCosmosDB");

  /** Ready for regional integration: delegated, no service endpoint policies. */
  static final SubnetTraits INTEGRATION_READY =
      new SubnetTraits(Delegation.SERVER_FARMS, true, false, true);

  /** The generated part of a subnet: everything but id and prefix. */
  record Extras(
      List<String> delegations,
      List<String> serviceEndpoints,
      boolean serviceEndpointPolicies,
      boolean nsg,
      boolean routeTable,
      boolean natGateway) {

    /** Builds the subnet through the model's validating builder. */
    Subnet build(ResourceId id, Cidr prefix) {
      String sub = id.subscriptionId();
      String group = id.resourceGroup();
      Subnet.Builder b =
          Subnet.builder()
              .id(id)
              .addressPrefix(prefix)
              .addAllDelegations(delegations)
              .addAllServiceEndpoints(serviceEndpoints)
              .hasServiceEndpointPolicies(serviceEndpointPolicies);
      if (nsg) {
        b.networkSecurityGroupId(ResourceId.networkSecurityGroup(sub, group, id.name() + "-nsg"));
      }
      if (routeTable) {
        b.routeTableId(ResourceId.routeTable(sub, group, id.name() + "-rt"));
      }
      if (natGateway) {
        b.natGatewayId(ResourceId.natGateway(sub, group, id.name() + "-nat"));
      }
      return b.build();
    }
  }

  SubnetTraits withDelegation(Delegation d) {
    return new SubnetTraits(d, serviceEndpoints, serviceEndpointPolicies, attachments);
  }

  SubnetTraits withServiceEndpoints(boolean on) {
    return new SubnetTraits(delegation, on, serviceEndpointPolicies, attachments);
  }

  SubnetTraits withServiceEndpointPolicies(boolean on) {
    return new SubnetTraits(delegation, serviceEndpoints, on, attachments);
  }

  SubnetTraits withAttachments(boolean on) {
    return new SubnetTraits(delegation, serviceEndpoints, serviceEndpointPolicies, on);
  }

  /** Generates extras; shrinks towards no endpoints, no attachments. */
  Arbitrary<Extras> extras() {
    Arbitrary<List<String>> endpoints =
        serviceEndpoints
            ? Arbitraries.subsetOf(SERVICE_ENDPOINTS).ofMaxSize(2).map(SubnetTraits::inPoolOrder)
            : Arbitraries.just(ImmutableList.of());
    Arbitrary<Boolean> attach =
        attachments
            ? Arbitraries.frequency(Tuple2s.weighted(2, false), Tuple2s.weighted(1, true))
            : Arbitraries.just(false);
    return Combinators.combine(delegations(), endpoints, attach, attach, attach)
        .as((d, e, nsg, rt, nat) -> new Extras(d, e, serviceEndpointPolicies, nsg, rt, nat));
  }

  private Arbitrary<List<String>> delegations() {
    Arbitrary<List<String>> farms =
        Arbitraries.just(ImmutableList.of(Subnet.SERVER_FARMS_DELEGATION));
    Arbitrary<List<String>> none = Arbitraries.just(ImmutableList.of());
    Arbitrary<List<String>> foreign = Arbitraries.of(FOREIGN_DELEGATIONS).map(ImmutableList::of);
    return switch (delegation) {
      case SERVER_FARMS -> farms;
      case NONE -> none;
      case FOREIGN -> foreign;
      case MIXED ->
          Arbitraries.frequencyOf(
              List.of(
                  Tuple2s.weighted(3, farms),
                  Tuple2s.weighted(2, none),
                  Tuple2s.weighted(1, foreign)));
    };
  }

  private static List<String> inPoolOrder(Set<String> chosen) {
    return SERVICE_ENDPOINTS.stream()
        .filter(chosen::contains)
        .collect(ImmutableList.toImmutableList());
  }
}
