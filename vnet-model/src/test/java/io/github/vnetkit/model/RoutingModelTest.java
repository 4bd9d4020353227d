package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The value types of routing (NSG rules, routes, service tags, flows, DNS): validation. */
class RoutingModelTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";

  private static SecurityRule.Builder rule(String name, int priority) {
    return SecurityRule.builder()
        .name(name)
        .priority(priority)
        .direction(TrafficDirection.OUTBOUND)
        .access(SecurityRuleAccess.ALLOW);
  }

  @Test
  @DisplayName("NR-1: rule priorities are 100..4096")
  void securityRulePriorityRange() {
    assertThat(rule("ok", 100).build().priority()).isEqualTo(100);
    assertThat(rule("ok", 4096).build().priority()).isEqualTo(4096);
    assertThatThrownBy(() -> rule("low", 99).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("priority (99)")
        .hasMessageContaining("'low'")
        .hasMessageContaining("between 100 and 4096");
    assertThatThrownBy(() -> rule("high", 65000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("priority (65000)");
  }

  @Test
  void securityRuleNamesAndDefaults() {
    SecurityRule r = rule("allow-web_1", 200).build();
    assertThat(r.sourceAddresses()).containsExactly(SecurityRuleAddress.any());
    assertThat(r.sourcePortRanges()).containsExactly(PortRange.any());
    assertThat(r.destinationAddresses()).containsExactly(SecurityRuleAddress.any());
    assertThat(r.destinationPortRanges()).containsExactly(PortRange.any());
    assertThat(r.protocol()).isEqualTo(SecurityRuleProtocol.ANY);
    assertThat(
            rule("x", 200)
                .addDestinationPortRanges(PortRange.of(443))
                .build()
                .destinationPortRanges())
        .containsExactly(PortRange.of(443));
    assertThatThrownBy(() -> rule("-bad", 200).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-bad'");
  }

  @Test
  void networkSecurityGroupRejectsDuplicates() {
    ResourceId id = ResourceId.networkSecurityGroup(SUB, "net", "nsg");
    assertThatThrownBy(
            () ->
                NetworkSecurityGroup.builder()
                    .id(id)
                    .addSecurityRules(rule("a", 200).build(), rule("b", 200).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' and 'b'")
        .hasMessageContaining("priority 200");
    assertThatThrownBy(
            () ->
                NetworkSecurityGroup.builder()
                    .id(id)
                    .addSecurityRules(rule("a", 200).build(), rule("A", 300).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A' twice");
    NetworkSecurityGroup nsg =
        NetworkSecurityGroup.builder()
            .id(id)
            .addSecurityRules(
                rule("b", 300).build(),
                rule("a", 200).build(),
                rule("in", 200).direction(TrafficDirection.INBOUND).build())
            .build();
    assertThat(nsg.rules(TrafficDirection.OUTBOUND))
        .extracting(SecurityRule::name)
        .containsExactly("a", "b");
  }

  @Test
  void portRanges() {
    assertThat(PortRange.parse("*")).isEqualTo(PortRange.any());
    assertThat(PortRange.parse("0-65535").isAny()).isTrue();
    assertThat(PortRange.parse("1000-2000").contains(1500)).isTrue();
    assertThat(PortRange.parse("443")).hasToString("443");
    assertThatThrownBy(() -> PortRange.parse("70000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'70000'");
    assertThatThrownBy(() -> PortRange.parse("20-10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'20-10'");
    assertThatThrownBy(() -> PortRange.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(-1)");
  }

  @Test
  void serviceTagsNormalise() {
    ServiceTag tag = ServiceTag.of("storage.WestEurope");
    assertThat(tag).hasToString("Storage.WestEurope");
    assertThat(tag).isEqualTo(ServiceTag.of("Storage.westeurope"));
    assertThat(tag.baseName()).isEqualTo("Storage");
    assertThat(tag.qualifier()).contains("WestEurope");
    assertThat(ServiceTag.of("Storage").inRegion(Region.of("West Europe"))).isEqualTo(tag);
    assertThat(ServiceTag.of("virtualnetwork")).isEqualTo(ServiceTag.VIRTUAL_NETWORK);
    assertThat(ServiceTag.forServiceEndpoint("microsoft.keyvault"))
        .contains(ServiceTag.of("AzureKeyVault"));
    assertThat(ServiceTag.forServiceEndpoint("Contoso.Widgets")).isEmpty();
    assertThatThrownBy(() -> ServiceTag.of("Storage West"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Storage West'");
    assertThatThrownBy(
            () -> ServiceTagDefinition.of(ServiceTag.INTERNET, List.of(Cidr.parse("1.0.0.0/8"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Internet");
  }

  @Test
  void securityRuleAddresses() {
    assertThat(SecurityRuleAddress.parse("*").isAny()).isTrue();
    assertThat(SecurityRuleAddress.parse("10.0.0.4").prefix()).contains(Cidr.parse("10.0.0.4/32"));
    assertThat(SecurityRuleAddress.parse("Sql").serviceTag()).contains(ServiceTag.of("Sql"));
    assertThatThrownBy(() -> SecurityRuleAddress.parse("10.0.0.4/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.4/8");
    assertThatThrownBy(() -> SecurityRuleAddress.parse("not a tag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'not a tag'");
  }

  @Test
  @DisplayName("NR-4: only VirtualAppliance routes take a next-hop address, and need one")
  void routesValidateTheirNextHop() {
    assertThatThrownBy(() -> Route.of("fw", Cidr.parse("0.0.0.0/0"), NextHopType.VIRTUAL_APPLIANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fw'")
        .hasMessageContaining("nextHopIpAddress");
    assertThatThrownBy(
            () ->
                Route.builder()
                    .name("net")
                    .addressPrefix(Cidr.parse("10.0.0.0/8"))
                    .nextHopType(NextHopType.INTERNET)
                    .nextHopIpAddress(IpAddresses.parseIpv4("10.0.0.4"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'net'");
    assertThatThrownBy(() -> Route.of("peer", Cidr.parse("10.0.0.0/8"), NextHopType.VNET_PEERING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VNetPeering");
    assertThatThrownBy(() -> Route.of("v6", Cidr.parse("2001:db8::/64"), NextHopType.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2001:db8::/64");
  }

  @Test
  void routeTablesHoldOneRoutePerPrefix() {
    assertThatThrownBy(
            () ->
                RouteTable.builder()
                    .id(ResourceId.routeTable(SUB, "net", "rt"))
                    .addRoutes(
                        Route.of("a", Cidr.parse("10.0.0.0/8"), NextHopType.NONE),
                        Route.of("b", Cidr.parse("10.0.0.0/8"), NextHopType.INTERNET))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' and 'b'")
        .hasMessageContaining("10.0.0.0/8");
    assertThat(
            RouteTable.builder()
                .id(ResourceId.routeTable(SUB, "net", "rt"))
                .build()
                .disableBgpRoutePropagation())
        .isFalse();
  }

  @Test
  void bgpRoutesAreIpv4() {
    assertThat(BgpRoute.of(Cidr.parse("192.168.0.0/16")).nextHopType())
        .isEqualTo(NextHopType.VIRTUAL_NETWORK_GATEWAY);
    assertThatThrownBy(() -> BgpRoute.of(Cidr.parse("2001:db8::/48")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2001:db8::/48");
  }

  @Test
  @DisplayName("TIER-4: flows are TCP or UDP with a port in 0..65535")
  void flows() {
    Flow f = Flow.outbound(IpAddresses.parseIpv4("10.1.0.4"), 1433, TransportProtocol.TCP);
    assertThat(f.direction()).isEqualTo(TrafficDirection.OUTBOUND);
    assertThat(f.kind()).isEqualTo(TrafficKind.APPLICATION);
    assertThat(f).hasToString("OUTBOUND APPLICATION TCP 10.1.0.4:1433");
    assertThatThrownBy(
            () -> Flow.outbound(IpAddresses.parseIpv4("10.1.0.4"), 70000, TransportProtocol.UDP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(70000)");
    assertThat(TrafficKind.DATABASE_BACKUP.isConfiguration()).isTrue();
    assertThat(SecurityRuleProtocol.ICMP.matches(TransportProtocol.TCP)).isFalse();
  }

  @Test
  @DisplayName("DNS-3: names and private zone records compare ignoring case")
  void dnsNamesAndZones() {
    DnsName host = DnsName.of("Shop-SQL.PrivateLink.Database.Windows.NET.");
    assertThat(host).hasToString("shop-sql.privatelink.database.windows.net");
    DnsName zoneName = DnsName.of("privatelink.database.windows.net");
    assertThat(host.relativeTo(zoneName)).contains("shop-sql");
    assertThat(zoneName.relativeTo(zoneName)).contains("@");
    assertThatThrownBy(() -> DnsName.of("bad..name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bad..name'");
    PrivateDnsZone zone =
        PrivateDnsZone.builder()
            .name(zoneName)
            .putARecords("Shop-SQL", IpAddresses.parseIpv4("10.0.2.5"))
            .build();
    assertThat(zone.aRecords()).containsOnlyKeys("shop-sql");
    assertThat(zone.addressOf(host)).contains(IpAddresses.parseIpv4("10.0.2.5"));
    assertThatThrownBy(
            () ->
                PrivateDnsZone.builder()
                    .name(zoneName)
                    .putARecords("a", IpAddresses.parseIpv4("10.0.2.5"))
                    .putARecords("A", IpAddresses.parseIpv4("10.0.2.6"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A' twice");
  }

  @Test
  @DisplayName("DNS-3: a record whose full name would pass 253 characters is rejected")
  void privateZoneRecordsFitADnsName() {
    DnsName zoneName = DnsName.of("privatelink.database.windows.net"); // 32 characters
    String fits = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(59); // 181 characters
    PrivateDnsZone zone =
        PrivateDnsZone.builder()
            .name(zoneName)
            .putARecords(fits, IpAddresses.parseIpv4("10.0.2.5"))
            .build();
    assertThat(zone.addressOf(DnsName.of(fits + "." + zoneName)))
        .contains(IpAddresses.parseIpv4("10.0.2.5"));
    String over = "e".repeat(39) + "." + fits; // 40 + 181 + 1 + 32 = 254 characters in all
    assertThat(over.length() + 1 + zoneName.toString().length()).isEqualTo(254);
    assertThat(DnsName.tryParse(over)).isPresent(); // fine on its own, too long in the zone
    assertThatThrownBy(
            () ->
                PrivateDnsZone.builder()
                    .name(zoneName)
                    .putARecords(over, IpAddresses.parseIpv4("10.0.2.7"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + over + "'")
        .hasMessageContaining("253");
  }
}
