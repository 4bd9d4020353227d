package io.github.vnetkit.testkit;

import static io.github.vnetkit.testkit.EdgeCaseProperties.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import java.util.List;
import net.jqwik.api.Example;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The DNS arbitraries' knobs: bad arguments are rejected naming them; good ones shape values. */
class DnsKnobsTest {

  private static final ResourceId VNET = DnsValidityProperties.VNET;
  private static final ResourceId SUBNET = VNET.child("subnets", "snet1");

  private static void rejects(ThrowingCallable call, String... fragments) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(fragments);
  }

  @Example
  void badKnobArgumentsAreRejectedNamingThem() {
    DnsName tooLong =
        DnsName.of(
            String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(60)));
    assertThat(tooLong.name()).hasSize(252);
    rejects(() -> VnetArbitraries.dnsNames().inZone(tooLong), tooLong.name(), "no room");
    rejects(() -> VnetArbitraries.dnsNames().withLabelsUpTo(0), "labels (0)");
    rejects(() -> VnetArbitraries.dnsNames().withLabelsUpTo(11), "labels (11)");
    rejects(() -> VnetArbitraries.privateDnsZones().linkedTo(SUBNET), SUBNET.toString(), "vnetId");
    rejects(() -> VnetArbitraries.privateDnsZones().withRecords(3, 2), "A records (3..2)");
    rejects(() -> VnetArbitraries.privateDnsZones().withRecords(0, 51), "A records (0..51)");
    rejects(
        () -> VnetArbitraries.privateDnsZones().withAddressesIn(Cidr.parse("2001:db8::/32")),
        "2001:db8::/32");
    DnsName longZone =
        DnsName.of(
            String.join(".", "a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(55)));
    assertThat(longZone.name()).hasSize(247);
    rejects(() -> VnetArbitraries.privateDnsZones().named(longZone), longZone.name(), "no room");
    IPv4Address prefixed = new IPAddressString("10.0.0.4/24").getAddress().toIPv4();
    rejects(() -> VnetArbitraries.customDnsServers().withAddress(prefixed), "'10.0.0.4/24'");
    IPv4Address range = new IPAddressString("10.0.0.*").getAddress().toIPv4();
    rejects(() -> VnetArbitraries.customDnsServers().withAddress(range), "'10.0.0.*'");
    rejects(() -> VnetArbitraries.customDnsServers().forwardingFrom(SUBNET), SUBNET.toString());
    rejects(() -> VnetArbitraries.customDnsServers().withRecords(-1, 2), "A records (-1..2)");
  }

  @Example
  void dnsNameKnobsShapeTheirValues() {
    DnsName zone = DnsName.of("corp.example.org");
    assertThat(sample(VnetArbitraries.dnsNames().inZone(zone).withLabelsUpTo(1), 300, 1L))
        .allMatch(n -> n.isSubdomainOf(zone) && !n.equals(zone))
        .allMatch(n -> !n.relativeTo(zone).orElseThrow().contains("."));
    assertThat(sample(VnetArbitraries.dnsNames().inPrivateLinkZones().withLabelsUpTo(4), 300, 2L))
        .allMatch(n -> DnsPools.PRIVATE_LINK_ZONES.stream().anyMatch(n::isSubdomainOf))
        .anyMatch(n -> n.name().split("\\.").length >= 6);
  }

  @Example
  void zoneKnobsShapeTheirValues() {
    DnsName web = DnsName.of("privatelink.azurewebsites.net");
    List<PrivateDnsZone> unlinked =
        sample(VnetArbitraries.privateDnsZones().unlinked().named(web).withRecords(2, 2), 200, 3L);
    assertThat(unlinked)
        .allMatch(z -> z.linkedVirtualNetworkIds().isEmpty())
        .allMatch(z -> z.name().equals(web) && z.aRecords().size() == 2);
    List<PrivateDnsZone> linked =
        sample(VnetArbitraries.privateDnsZones().unlinked().linkedTo(VNET), 200, 4L);
    assertThat(linked)
        .allMatch(z -> z.isLinkedTo(VNET))
        .anyMatch(z -> z.linkedVirtualNetworkIds().size() == 2);
    Cidr single = Cidr.parse("10.9.9.9/32");
    assertThat(
            sample(
                VnetArbitraries.privateDnsZones().withRecords(1, 3).withAddressesIn(single),
                100,
                5L))
        .allMatch(
            z ->
                z.aRecords().values().stream()
                    .allMatch(a -> a.equals(IpAddresses.parseIpv4("10.9.9.9"))));
  }

  @Example
  void serverKnobsShapeTheirValuesAndTheLastForwardingKnobWins() {
    IPv4Address dc = IpAddresses.parseIpv4("192.168.1.10");
    List<CustomDnsServer> plain =
        sample(
            VnetArbitraries.customDnsServers()
                .forwardingFrom(DnsValidityProperties.HUB)
                .notForwarding()
                .withAddress(dc)
                .withRecords(0, 0),
            100,
            6L);
    assertThat(plain)
        .allMatch(
            c ->
                c.address().equals(dc)
                    && !c.forwardsToAzureDns()
                    && c.forwardingVirtualNetworkId().isEmpty()
                    && c.aRecords().isEmpty());
    List<CustomDnsServer> forwarders =
        sample(VnetArbitraries.customDnsServers().notForwarding().forwardingToAzureDns(), 300, 7L);
    assertThat(forwarders)
        .allMatch(CustomDnsServer::forwardsToAzureDns)
        .anyMatch(c -> c.forwardingVirtualNetworkId().isPresent())
        .anyMatch(c -> c.forwardingVirtualNetworkId().isEmpty());
    List<CustomDnsServer> any = sample(VnetArbitraries.customDnsServers(), 300, 8L);
    assertThat(any)
        .anyMatch(CustomDnsServer::forwardsToAzureDns)
        .anyMatch(c -> !c.forwardsToAzureDns())
        .anyMatch(c -> c.aRecords().size() == 2)
        .anyMatch(c -> c.aRecords().isEmpty());
  }

  @Example
  void knobsReturnNewArbitrariesAndLeaveTheOriginalAlone() {
    PrivateDnsZoneArbitrary base = VnetArbitraries.privateDnsZones();
    PrivateDnsZoneArbitrary unlinked = base.unlinked();
    assertThat(unlinked).isNotSameAs(base);
    assertThat(sample(base, 300, 9L)).anyMatch(z -> !z.linkedVirtualNetworkIds().isEmpty());
    CustomDnsServerArbitrary servers = VnetArbitraries.customDnsServers();
    servers.forwardingToAzureDns();
    assertThat(sample(servers, 300, 10L)).anyMatch(c -> !c.forwardsToAzureDns());
    RoutingScenarioArbitrary scenarios = VnetArbitraries.routingScenarios();
    scenarios.withDns();
    assertThat(sample(scenarios, 200, 11L))
        .allMatch(
            s ->
                s.privateDnsZones().isEmpty()
                    && s.customDnsServers().isEmpty()
                    && s.hostNames().isEmpty()
                    && s.virtualNetwork().dnsServers().isEmpty());
  }
}
