package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.VirtualNetwork;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC section 7: DNS (DNS-1..DNS-3). */
class DnsRulesTest {

  private static final DnsName SQL_ZONE = DnsName.of("privatelink.database.windows.net");
  private static final PrivateDnsZone LINKED =
      PrivateDnsZone.builder()
          .name(SQL_ZONE)
          .addLinkedVirtualNetworkIds(VNET_ID)
          .putARecords("shop-sql", ip("10.0.2.5"))
          .build();

  private static RoutingEvaluator.Builder with(VirtualNetwork vnet, Site site) {
    return RoutingEvaluator.builder().virtualNetwork(vnet).site(site);
  }

  private static VirtualNetwork customDns() {
    return VirtualNetwork.builder()
        .from(vnet(subnet().build()))
        .addDnsServers(ip("10.0.0.4"))
        .build();
  }

  @Test
  @DisplayName("DNS-1: with no custom DNS the app uses Azure DNS and the VNet's linked zones")
  void dns1_azureDnsWithLinkedZones() {
    RoutingEvaluator e =
        with(vnet(subnet().build()), app().build()).addPrivateDnsZones(LINKED).build();
    NameResolution r = e.resolve("shop-sql.database.windows.net");
    assertThat(r.kind()).isEqualTo(NameResolution.Kind.PRIVATE_ADDRESS);
    assertThat(r.address()).contains(ip("10.0.2.5"));
    assertThat(r.dnsServer()).contains(ip("168.63.129.16"));
    assertThat(r.explanation()).extracting(Step::ruleId).containsExactly("DNS-1", "DNS-3");
    assertThat(e.resolve("SHOP-SQL.privatelink.database.windows.net.").address())
        .contains(ip("10.0.2.5"));
  }

  @Test
  @DisplayName("DNS-1: with custom DNS servers on the VNet the app asks them")
  void dns1_vnetCustomDnsServers() {
    RoutingEvaluator unknown = with(customDns(), app().build()).addPrivateDnsZones(LINKED).build();
    NameResolution r = unknown.resolve("shop-sql.database.windows.net");
    assertThat(r.kind()).isEqualTo(NameResolution.Kind.UNKNOWN);
    assertThat(r.dnsServer()).contains(ip("10.0.0.4"));
    RoutingEvaluator plainServer =
        with(customDns(), app().build())
            .addPrivateDnsZones(LINKED)
            .addCustomDnsServers(CustomDnsServer.builder().address(ip("10.0.0.4")).build())
            .putPublicDnsRecord(DnsName.of("shop-sql.database.windows.net"), ip("40.68.1.1"))
            .build();
    NameResolution pub = plainServer.resolve("shop-sql.database.windows.net");
    assertThat(pub.kind()).isEqualTo(NameResolution.Kind.PUBLIC_ADDRESS);
    assertThat(pub.address()).contains(ip("40.68.1.1"));
  }

  @Test
  @DisplayName("DNS-1: a name left to public DNS without a record given has no address: unresolved")
  void dns1_publicNameWithoutRecordIsUnresolved() {
    RoutingEvaluator e =
        with(vnet(subnet().build()), app().build())
            .putPublicDnsRecord(DnsName.of("known.example.com"), ip("52.1.2.3"))
            .build();
    NameResolution unknown = e.resolve("shop.example.com");
    assertThat(unknown.kind()).isEqualTo(NameResolution.Kind.PUBLIC_UNRESOLVED);
    assertThat(unknown.address()).isEmpty();
    assertThat(unknown.explanation())
        .last()
        .satisfies(s -> assertThat(s.text()).contains("not known"));
    NameResolution known = e.resolve("known.example.com");
    assertThat(known.kind()).isEqualTo(NameResolution.Kind.PUBLIC_ADDRESS);
    assertThat(known.address()).contains(ip("52.1.2.3"));
  }

  @Test
  @DisplayName("DNS-2: WEBSITE_DNS_SERVER and dnsConfiguration name the app's DNS servers")
  void dns2_appDnsServers() {
    Site legacy =
        app()
            .appSettings(
                AppSettings.builder()
                    .put("WEBSITE_DNS_SERVER", "168.63.129.16")
                    .put("WEBSITE_DNS_ALT_SERVER", "10.0.0.4")
                    .build())
            .build();
    NameResolution r =
        with(customDns(), legacy)
            .addPrivateDnsZones(LINKED)
            .build()
            .resolve("shop-sql.database.windows.net");
    assertThat(r.dnsServer()).contains(ip("168.63.129.16"));
    assertThat(r.kind()).isEqualTo(NameResolution.Kind.PRIVATE_ADDRESS);
    assertThat(r.explanation().get(0).ruleId()).isEqualTo("DNS-2");
    assertThat(r.explanation().get(0).text()).contains("WEBSITE_DNS_SERVER", "fallback");
    Site modern =
        app()
            .dnsConfiguration(DnsConfiguration.builder().addDnsServers(ip("10.0.0.5")).build())
            .build();
    NameResolution m =
        with(vnet(subnet().build()), modern).build().resolve("shop-sql.database.windows.net");
    assertThat(m.dnsServer()).contains(ip("10.0.0.5"));
    assertThat(m.explanation().get(0).text()).contains("dnsConfiguration");
  }

  @Test
  @DisplayName("DNS-3: an A record in the app's DNS server, or a forwarder to Azure DNS")
  void dns3_recordOrForwarder() {
    ResourceId hub = HUB_ID;
    PrivateDnsZone hubZone =
        PrivateDnsZone.builder()
            .name(SQL_ZONE)
            .addLinkedVirtualNetworkIds(hub)
            .putARecords("shop-sql", ip("10.100.2.5"))
            .build();
    RoutingEvaluator record =
        with(customDns(), app().build())
            .addCustomDnsServers(
                CustomDnsServer.builder()
                    .address(ip("10.0.0.4"))
                    .putARecords(DnsName.of("shop-sql.database.windows.net"), ip("10.0.2.9"))
                    .build())
            .build();
    assertThat(record.resolve("shop-sql.database.windows.net").address()).contains(ip("10.0.2.9"));
    RoutingEvaluator forwarder =
        with(customDns(), app().build())
            .addPrivateDnsZones(hubZone)
            .addCustomDnsServers(
                CustomDnsServer.builder()
                    .address(ip("10.0.0.4"))
                    .forwardsToAzureDns(true)
                    .forwardingVirtualNetworkId(hub)
                    .build())
            .build();
    NameResolution r = forwarder.resolve("shop-sql.database.windows.net");
    assertThat(r.kind()).isEqualTo(NameResolution.Kind.PRIVATE_ADDRESS);
    assertThat(r.address()).contains(ip("10.100.2.5"));
    assertThat(r.explanation()).extracting(Step::ruleId).containsExactly("DNS-1", "DNS-3", "DNS-3");
  }

  @Test
  @DisplayName("DNS-3: a zone that is not linked leaves the name public, with a finding")
  void dns3_unlinkedZone() {
    PrivateDnsZone unlinked =
        PrivateDnsZone.builder().name(SQL_ZONE).putARecords("shop-sql", ip("10.0.2.5")).build();
    NameResolution r =
        with(vnet(subnet().build()), app().build())
            .addPrivateDnsZones(unlinked)
            .build()
            .resolve("shop-sql.database.windows.net");
    assertThat(r.kind()).isEqualTo(NameResolution.Kind.PUBLIC_UNRESOLVED);
    assertThat(r.address()).isEmpty();
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("DNS-3");
              assertThat(f.message()).contains("not linked");
            });
  }

  @Test
  @DisplayName("DNS-3: a linked zone without the record answers that the name does not exist")
  void dns3_linkedZoneWithoutRecord() {
    NameResolution r =
        with(vnet(subnet().build()), app().build())
            .addPrivateDnsZones(LINKED)
            .build()
            .resolve("other-sql.database.windows.net");
    assertThat(r.kind()).isEqualTo(NameResolution.Kind.NOT_FOUND);
    assertThat(r.address()).isEmpty();
    assertThat(r.findings()).extracting(Finding::severity).containsExactly(Severity.ERROR);
  }

  @Test
  @DisplayName("DNS-4: 3 s per DNS server; a silently dropped TCP flow waits about 21 s")
  void dns4_timeoutsWorthReporting() {
    Site twoServers =
        app()
            .dnsConfiguration(
                DnsConfiguration.builder()
                    .addDnsServers(ip("10.0.0.5"))
                    .dnsAltServer(ip("10.0.0.6"))
                    .build())
            .build();
    NameResolution r = with(vnet(subnet().build()), twoServers).build().resolve("shop.example.com");
    assertThat(r.lookupTimeout()).isEqualTo(Duration.ofSeconds(6));
    assertThat(
            with(vnet(subnet().build()), app().build())
                .build()
                .resolve("shop.example.com")
                .lookupTimeout())
        .isEqualTo(Duration.ofSeconds(3));
    RoutingDecision dropped = plain(appWithRouteAll()).evaluate(tcp("10.9.0.1", 443));
    assertThat(dropped.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(dropped.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("DNS-4");
              assertThat(f.message()).contains("21 seconds");
            });
  }
}
