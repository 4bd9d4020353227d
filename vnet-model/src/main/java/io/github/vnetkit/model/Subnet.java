package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A subnet of a virtual network: its IPv4 prefix, delegations, service endpoints, whether service
 * endpoint policies are attached, and the NSG, route table and NAT gateway associated with it.
 *
 * <p>The prefix must be IPv4 (SPEC NET-2) and a network address: {@code 10.0.1.5/26} is rejected
 * with a message that suggests {@code 10.0.1.0/26} (see {@link Cidr#parse(String)}). Delegations
 * and service endpoints are service names such as {@code Microsoft.Web/serverFarms} and {@code
 * Microsoft.Storage}; ARM compares them ignoring case, and so do {@link #isDelegatedTo(String)} and
 * {@link #hasServiceEndpoint(String)}.
 *
 * <pre>{@code
 * Subnet subnet = Subnet.builder()
 *     .id(ResourceId.subnet(sub, "net", "vnet1", "apps"))
 *     .addressPrefix(Cidr.parse("10.0.1.0/26"))
 *     .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
 *     .addServiceEndpoints("Microsoft.Storage")
 *     .networkSecurityGroupId(ResourceId.networkSecurityGroup(sub, "net", "apps-nsg"))
 *     .build();
 * subnet.isDelegatedTo("microsoft.web/serverfarms"); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Subnet {

  /** The delegation that regional integration needs (SPEC NET-3). */
  public static final String SERVER_FARMS_DELEGATION = "Microsoft.Web/serverFarms";

  Subnet() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subnet}. */
  public static final class Builder extends ImmutableSubnet.Builder {
    Builder() {}
  }

  /** The subnet's id (a {@code Microsoft.Network/virtualNetworks/subnets} id). */
  public abstract ResourceId id();

  /** The subnet's IPv4 prefix. */
  public abstract Cidr addressPrefix();

  /** Services the subnet is delegated to, such as {@code Microsoft.Web/serverFarms}. */
  public abstract List<String> delegations();

  /** Service endpoints configured on the subnet, such as {@code Microsoft.Storage}. */
  public abstract List<String> serviceEndpoints();

  /**
   * The App Service plans that hold a service association link on the subnet (ARM {@code
   * serviceAssociationLinks[].link}, a {@code Microsoft.Web/serverFarms} id). Azure adds the link
   * when a plan integrates and removes it when the plan's last app disconnects; a link to a plan
   * that no longer exists is an orphaned delegation that blocks changing or deleting the subnet
   * (SPEC LIFE-3). Usually left empty when describing an estate by hand: the plans' integrations
   * say which plans use the subnet.
   */
  public abstract List<ResourceId> serviceAssociationLinks();

  /** Whether service endpoint policies are attached (SPEC NET-4). Defaults to {@code false}. */
  @Value.Default
  public boolean hasServiceEndpointPolicies() {
    return false;
  }

  /** The network security group on the subnet, if any. */
  public abstract Optional<ResourceId> networkSecurityGroupId();

  /** The route table on the subnet, if any. */
  public abstract Optional<ResourceId> routeTableId();

  /** The NAT gateway on the subnet, if any. */
  public abstract Optional<ResourceId> natGatewayId();

  /** The subnet's name. */
  public final String name() {
    return id().name();
  }

  /** The id of the subnet's virtual network. */
  public final ResourceId virtualNetworkId() {
    return id().parent().orElseThrow();
  }

  /** Whether the subnet is delegated to {@code service} (compared ignoring case). */
  public final boolean isDelegatedTo(String service) {
    return delegations().stream().anyMatch(d -> d.equalsIgnoreCase(service));
  }

  /** Whether the subnet has a service endpoint for {@code service} (compared ignoring case). */
  public final boolean hasServiceEndpoint(String service) {
    return serviceEndpoints().stream().anyMatch(d -> d.equalsIgnoreCase(service));
  }

  @Value.Check
  void check() {
    id().requireKind(ResourceId.Kind.SUBNET, "subnet id");
    addressPrefix().requireIpv4("addressPrefix of subnet '" + id() + "'");
    checkServiceNames(delegations(), "delegation");
    checkServiceNames(serviceEndpoints(), "service endpoint");
    networkSecurityGroupId()
        .ifPresent(n -> n.requireKind(ResourceId.Kind.NETWORK_SECURITY_GROUP, "NSG of " + id()));
    routeTableId()
        .ifPresent(r -> r.requireKind(ResourceId.Kind.ROUTE_TABLE, "route table of " + id()));
    natGatewayId()
        .ifPresent(n -> n.requireKind(ResourceId.Kind.NAT_GATEWAY, "NAT gateway of " + id()));
    Set<ResourceId> links = new HashSet<>();
    for (ResourceId link : serviceAssociationLinks()) {
      link.requireKind(ResourceId.Kind.SERVER_FARM, "service association link of '" + id() + "'");
      checkArgument(
          links.add(link), "subnet '%s' lists service association link '%s' twice", id(), link);
    }
  }

  private void checkServiceNames(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      checkArgument(
          !name.isBlank() && name.equals(name.strip()),
          "%s '%s' of subnet '%s' must be a service name such as Microsoft.Web/serverFarms",
          what,
          name,
          id());
      checkArgument(
          seen.add(name.toLowerCase(Locale.ROOT)),
          "%s '%s' of subnet '%s' is listed twice",
          what,
          name,
          id());
    }
  }
}
