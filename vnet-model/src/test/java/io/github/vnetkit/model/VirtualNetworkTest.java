package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** VirtualNetwork, Subnet, Peering and DnsConfiguration. */
class VirtualNetworkTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final ResourceId VNET = ResourceId.virtualNetwork(SUB, "net", "vnet1");

  private static Subnet subnet(String name, String prefix) {
    return Subnet.builder()
        .id(ResourceId.subnet(SUB, "net", "vnet1", name))
        .addressPrefix(Cidr.parse(prefix))
        .build();
  }

  private static VirtualNetwork.Builder vnet() {
    return VirtualNetwork.builder()
        .id(VNET)
        .region(Region.of("West Europe"))
        .addAddressSpaces(Cidr.parse("10.0.0.0/16"));
  }

  // ---- VirtualNetwork ----

  @Test
  void buildsAVnetWithDerivedAccessors() {
    Subnet apps = subnet("apps", "10.0.1.0/26");
    Subnet data = subnet("data", "10.0.2.0/24");
    Peering hub =
        Peering.builder()
            .remoteVirtualNetworkId(ResourceId.virtualNetwork(SUB, "hub", "hub-vnet"))
            .addRemoteAddressSpaces(Cidr.parse("10.100.0.0/16"))
            .scope(PeeringScope.GLOBAL)
            .build();
    VirtualNetwork v =
        vnet()
            .addDnsServers(IpAddresses.parse("10.0.0.4"))
            .addSubnets(apps, data)
            .addPeerings(hub)
            .build();

    assertThat(v.name()).isEqualTo("vnet1");
    assertThat(v.subscriptionId()).isEqualTo(SUB);
    assertThat(v.region()).isEqualTo(Region.of("westeurope"));
    assertThat(v.classic()).isFalse();
    assertThat(v.subnets()).containsExactly(apps, data);
    assertThat(v.subnet("APPS")).contains(apps);
    assertThat(v.subnet("none")).isEmpty();
    assertThat(v.subnet(ResourceId.subnet(SUB, "NET", "VNET1", "data"))).contains(data);
    assertThat(v.peerings()).containsExactly(hub);
    assertThat(v.dnsServers()).hasSize(1);
    assertThat(v.dnsServers().get(0).toString()).isEqualTo("10.0.0.4");
    assertThat(v.hasIpv6AddressSpace()).isFalse();
    assertThat(v.gateways()).isEmpty();
    assertThat(v.hasCoexistenceGateways()).isFalse();
  }

  @Test
  @DisplayName("NET-2: an IPv6 address space is representable and reported")
  void net2_ipv6AddressSpaceIsRepresentable() {
    VirtualNetwork v = vnet().addAddressSpaces(Cidr.parse("2001:db8::/48")).build();

    assertThat(v.hasIpv6AddressSpace()).isTrue();
    assertThat(v.addressSpaces()).hasSize(2);
  }

  @Test
  @DisplayName("NET-1: a classic VNet is representable")
  void net1_classicVnet() {
    assertThat(vnet().classic(true).build().classic()).isTrue();
  }

  @Test
  @DisplayName("GW-2: ExpressRoute plus VPN gateways are coexistence gateways")
  void gw2_coexistenceGateways() {
    assertThat(vnet().addGateways(GatewayKind.EXPRESS_ROUTE).build().hasCoexistenceGateways())
        .isFalse();
    assertThat(vnet().addGateways(GatewayKind.VPN).build().hasCoexistenceGateways()).isFalse();
    assertThat(
            vnet()
                .addGateways(GatewayKind.EXPRESS_ROUTE, GatewayKind.VPN)
                .build()
                .hasCoexistenceGateways())
        .isTrue();
  }

  @Test
  void overlappingSubnetsAreRejectedAndNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                vnet()
                    .addSubnets(subnet("apps", "10.0.1.0/24"), subnet("data", "10.0.1.64/26"))
                    .build())
        .withMessageContaining("'apps' (10.0.1.0/24)")
        .withMessageContaining("'data' (10.0.1.64/26)")
        .withMessageContaining("overlap");
  }

  @Test
  void aSubnetOutsideTheAddressSpaceIsRejectedAndNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vnet().addSubnets(subnet("apps", "10.1.0.0/24")).build())
        .withMessageContaining("subnet 'apps' (10.1.0.0/24) lies outside")
        .withMessageContaining("10.0.0.0/16");
  }

  @Test
  void aSubnetOfAnotherVnetIsRejectedAndNamed() {
    Subnet foreign =
        Subnet.builder()
            .id(ResourceId.subnet(SUB, "net", "vnet2", "apps"))
            .addressPrefix(Cidr.parse("10.0.1.0/24"))
            .build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vnet().addSubnets(foreign).build())
        .withMessageContaining("subnet '" + foreign.id() + "'")
        .withMessageContaining("virtual network '" + VNET + "'");
  }

  @Test
  void aSubnetListedTwiceIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                vnet()
                    .addSubnets(subnet("apps", "10.0.1.0/24"), subnet("APPS", "10.0.2.0/24"))
                    .build())
        .withMessageContaining("lists subnet 'APPS' twice");
  }

  @Test
  void addressSpacesMustBePresentDistinctAndDisjoint() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VirtualNetwork.builder().id(VNET).region(Region.of("westeurope")).build())
        .withMessageContaining("'" + VNET + "' needs an address space");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vnet().addAddressSpaces(Cidr.parse("10.0.0.0/16")).build())
        .withMessageContaining("address space 10.0.0.0/16 twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vnet().addAddressSpaces(Cidr.parse("10.0.128.0/17")).build())
        .withMessageContaining("10.0.128.0/17")
        .withMessageContaining("overlap");
  }

  @Test
  void aVnetIdThatIsASubnetIdIsRejected() {
    ResourceId subnetId = ResourceId.subnet(SUB, "net", "vnet1", "apps");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> vnet().id(subnetId).build())
        .withMessageContaining("virtual network id '" + subnetId + "'");
  }

  @Test
  void aDnsServerMustBeASingleAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> vnet().addDnsServers(new IPAddressString("10.0.0.0/24").getAddress()).build())
        .withMessageContaining("DNS server '10.0.0.0/24'");
  }

  // ---- Subnet ----

  @Test
  void buildsASubnetWithDerivedAccessors() {
    ResourceId nsg = ResourceId.networkSecurityGroup(SUB, "net", "apps-nsg");
    ResourceId routes = ResourceId.routeTable(SUB, "net", "apps-routes");
    ResourceId nat = ResourceId.natGateway(SUB, "net", "apps-nat");
    Subnet s =
        Subnet.builder()
            .id(ResourceId.subnet(SUB, "net", "vnet1", "apps"))
            .addressPrefix(Cidr.parse("10.0.1.0/26"))
            .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
            .addServiceEndpoints("Microsoft.Storage", "Microsoft.KeyVault")
            .hasServiceEndpointPolicies(true)
            .networkSecurityGroupId(nsg)
            .routeTableId(routes)
            .natGatewayId(nat)
            .build();

    assertThat(s.name()).isEqualTo("apps");
    assertThat(s.virtualNetworkId()).isEqualTo(VNET);
    assertThat(s.isDelegatedTo("microsoft.web/serverfarms")).isTrue();
    assertThat(s.isDelegatedTo("Microsoft.App/environments")).isFalse();
    assertThat(s.hasServiceEndpoint("MICROSOFT.STORAGE")).isTrue();
    assertThat(s.hasServiceEndpoint("Microsoft.Sql")).isFalse();
    assertThat(s.hasServiceEndpointPolicies()).isTrue();
    assertThat(s.networkSecurityGroupId()).contains(nsg);
    assertThat(s.routeTableId()).contains(routes);
    assertThat(s.natGatewayId()).contains(nat);
  }

  @Test
  void subnetDefaults() {
    Subnet s = subnet("apps", "10.0.1.0/26");

    assertThat(s.delegations()).isEmpty();
    assertThat(s.serviceEndpoints()).isEmpty();
    assertThat(s.hasServiceEndpointPolicies()).isFalse();
    assertThat(s.networkSecurityGroupId()).isEmpty();
    assertThat(s.routeTableId()).isEmpty();
    assertThat(s.natGatewayId()).isEmpty();
  }

  @Test
  @DisplayName("NET-2: a subnet's addressPrefix must be IPv4; the message names the prefix")
  void net2_ipv6SubnetPrefixIsRejected() {
    ResourceId id = ResourceId.subnet(SUB, "net", "vnet1", "v6");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Subnet.builder().id(id).addressPrefix(Cidr.parse("2001:db8::/64")).build())
        .withMessageContaining("addressPrefix of subnet '" + id + "'")
        .withMessageContaining("'2001:db8::/64' is IPv6");
  }

  @Test
  @DisplayName("a subnet prefix with host bits set suggests the network address")
  void subnetPrefixWithHostBitsSuggestsTheNetworkAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> subnet("apps", "10.0.0.5/26"))
        .withMessageContaining("'10.0.0.5/26'")
        .withMessageContaining("did you mean 10.0.0.0/26?");
  }

  @Test
  void wrongKindsOfSubnetReferencesAreRejected() {
    ResourceId routeTable = ResourceId.routeTable(SUB, "net", "rt");
    ResourceId nsg = ResourceId.networkSecurityGroup(SUB, "net", "nsg");
    Subnet.Builder base = Subnet.builder().addressPrefix(Cidr.parse("10.0.1.0/26"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> base.id(VNET).build())
        .withMessageContaining("subnet id '" + VNET + "'");
    ResourceId id = ResourceId.subnet(SUB, "net", "vnet1", "apps");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Subnet.builder()
                    .from(subnet("apps", "10.0.1.0/26"))
                    .networkSecurityGroupId(routeTable)
                    .build())
        .withMessageContaining("'" + routeTable + "'")
        .withMessageContaining("network security group id");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Subnet.builder().from(subnet("apps", "10.0.1.0/26")).routeTableId(nsg).build())
        .withMessageContaining("'" + nsg + "'")
        .withMessageContaining("route table id");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Subnet.builder().from(subnet("apps", "10.0.1.0/26")).natGatewayId(nsg).build())
        .withMessageContaining("NAT gateway of " + id)
        .withMessageContaining("'" + nsg + "'");
  }

  @Test
  void blankOrDuplicateServiceNamesAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Subnet.builder()
                    .from(subnet("apps", "10.0.1.0/26"))
                    .addDelegations(" Microsoft.Web/serverFarms")
                    .build())
        .withMessageContaining("delegation ' Microsoft.Web/serverFarms'");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Subnet.builder()
                    .from(subnet("apps", "10.0.1.0/26"))
                    .addServiceEndpoints("Microsoft.Storage", "microsoft.storage")
                    .build())
        .withMessageContaining("service endpoint 'microsoft.storage'")
        .withMessageContaining("twice");
  }

  // ---- Peering ----

  @Test
  @DisplayName("NET-9: peerings default to regional and non-classic")
  void net9_peeringDefaults() {
    Peering p =
        Peering.builder()
            .remoteVirtualNetworkId(ResourceId.virtualNetwork(SUB, "hub", "hub-vnet"))
            .addRemoteAddressSpaces(Cidr.parse("10.100.0.0/16"))
            .build();

    assertThat(p.scope()).isEqualTo(PeeringScope.REGIONAL);
    assertThat(p.remoteClassic()).isFalse();
    assertThat(p.remoteAddressSpaces()).containsExactly(Cidr.parse("10.100.0.0/16"));
    assertThat(Peering.builder().from(p).remoteClassic(true).build().remoteClassic()).isTrue();
  }

  @Test
  void aPeeringNeedsAVnetIdAndRemoteAddressSpaces() {
    ResourceId subnetId = ResourceId.subnet(SUB, "hub", "hub-vnet", "default");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Peering.builder()
                    .remoteVirtualNetworkId(subnetId)
                    .addRemoteAddressSpaces(Cidr.parse("10.100.0.0/16"))
                    .build())
        .withMessageContaining("'" + subnetId + "'")
        .withMessageContaining("virtual network id");
    ResourceId hub = ResourceId.virtualNetwork(SUB, "hub", "hub-vnet");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Peering.builder().remoteVirtualNetworkId(hub).build())
        .withMessageContaining("peering to '" + hub + "'")
        .withMessageContaining("remote address spaces");
  }

  // ---- DnsConfiguration ----

  @Test
  @DisplayName("DNS-2: dnsServers keep their order; dnsAltServer is the fallback")
  void dns2_dnsConfiguration() {
    DnsConfiguration dns =
        DnsConfiguration.builder()
            .addDnsServers(IpAddresses.parse("10.0.0.5"), IpAddresses.parse("10.0.0.4"))
            .dnsAltServer(IpAddresses.parse("168.63.129.16"))
            .build();

    assertThat(dns.dnsServers())
        .extracting(Object::toString)
        .containsExactly("10.0.0.5", "10.0.0.4");
    assertThat(dns.dnsAltServer().orElseThrow().toString()).isEqualTo("168.63.129.16");
    assertThat(dns.isEmpty()).isFalse();
    assertThat(DnsConfiguration.builder().build().isEmpty()).isTrue();
    assertThat(
            DnsConfiguration.builder()
                .dnsAltServer(IpAddresses.parse("10.0.0.4"))
                .build()
                .isEmpty())
        .isFalse();
  }

  @Test
  void dnsServersMustBeSingleAddresses() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DnsConfiguration.builder()
                    .addDnsServers(new IPAddressString("10.0.0.0/30").getAddress())
                    .build())
        .withMessageContaining("dnsServers entry '10.0.0.0/30'");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DnsConfiguration.builder()
                    .dnsAltServer(new IPAddressString("10.0.0.0/30").getAddress())
                    .build())
        .withMessageContaining("dnsAltServer '10.0.0.0/30'");
  }
}
