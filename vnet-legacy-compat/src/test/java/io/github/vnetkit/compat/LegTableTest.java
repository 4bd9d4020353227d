package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.TriState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per row of the SPEC section 8 table: each source on its own turns its switch on. */
class LegTableTest {

  private static final SwitchResolver STRICT = SwitchResolver.strict();

  @Test
  @DisplayName(
      "LEG table row 1: WEBSITE_VNET_ROUTE_ALL=1, vnetRouteAllEnabled (site and siteConfig)"
          + " and outboundVnetRouting.applicationTraffic")
  void legTableRow1_applicationTraffic() {
    RoutingSwitch s = RoutingSwitch.APPLICATION_TRAFFIC;
    assertThat(s.appSetting()).contains("WEBSITE_VNET_ROUTE_ALL");
    assertThat(s.enablingValue()).contains("1");
    assertThat(s.legacySiteProperty()).contains("vnetRouteAllEnabled");
    assertThat(s.modernProperty()).isEqualTo("applicationTraffic");
    assertOnFromEachSource(s);
    App siteConfigOnly =
        Sites.app()
            .legacySiteFlags(
                LegacySiteFlags.builder().siteConfigVnetRouteAllEnabled(TriState.ON).build())
            .build();
    EffectiveSwitch fromSiteConfig = STRICT.resolve(siteConfigOnly).get(s);
    assertThat(fromSiteConfig.on()).isTrue();
    assertThat(fromSiteConfig.decidedBy()).isEqualTo(SwitchSource.SITE_CONFIG_PROPERTY);
    assertThat(fromSiteConfig.sources().get(0).name()).isEqualTo("siteConfig.vnetRouteAllEnabled");
  }

  @Test
  @DisplayName(
      "LEG table row 2: WEBSITE_PULL_IMAGE_OVER_VNET=true, vnetImagePullEnabled,"
          + " outboundVnetRouting.imagePullTraffic")
  void legTableRow2_imagePullTraffic() {
    RoutingSwitch s = RoutingSwitch.IMAGE_PULL_TRAFFIC;
    assertThat(s.appSetting()).contains("WEBSITE_PULL_IMAGE_OVER_VNET");
    assertThat(s.enablingValue()).contains("true");
    assertThat(s.legacySiteProperty()).contains("vnetImagePullEnabled");
    assertThat(s.modernProperty()).isEqualTo("imagePullTraffic");
    assertOnFromEachSource(s);
  }

  @Test
  @DisplayName(
      "LEG table row 3: WEBSITE_CONTENTOVERVNET=1, vnetContentShareEnabled,"
          + " outboundVnetRouting.contentShareTraffic")
  void legTableRow3_contentShareTraffic() {
    RoutingSwitch s = RoutingSwitch.CONTENT_SHARE_TRAFFIC;
    assertThat(s.appSetting()).contains("WEBSITE_CONTENTOVERVNET");
    assertThat(s.enablingValue()).contains("1");
    assertThat(s.legacySiteProperty()).contains("vnetContentShareEnabled");
    assertThat(s.modernProperty()).isEqualTo("contentShareTraffic");
    assertOnFromEachSource(s);
  }

  @Test
  @DisplayName(
      "LEG table row 4: no app setting, vnetBackupRestoreEnabled,"
          + " outboundVnetRouting.backupRestoreTraffic")
  void legTableRow4_backupRestoreTraffic() {
    RoutingSwitch s = RoutingSwitch.BACKUP_RESTORE_TRAFFIC;
    assertThat(s.appSetting()).isEmpty();
    assertThat(s.legacySiteProperty()).contains("vnetBackupRestoreEnabled");
    assertThat(s.modernProperty()).isEqualTo("backupRestoreTraffic");
    assertOnFromEachSource(s);
    // An app setting of a similar name is not a source of this switch.
    App similar = Sites.withSettings("WEBSITE_BACKUP_RESTORE_OVER_VNET", "1");
    assertThat(STRICT.resolve(similar).get(s).decidedBy()).isEqualTo(SwitchSource.DEFAULT);
  }

  @Test
  @DisplayName(
      "LEG table row 5: outboundVnetRouting.allTraffic, modern only, turns on all of the"
          + " above")
  void legTableRow5_allTraffic() {
    RoutingSwitch s = RoutingSwitch.ALL_TRAFFIC;
    assertThat(s.appSetting()).isEmpty();
    assertThat(s.legacySiteProperty()).isEmpty();
    assertThat(SiteProperty.legacy(s)).isEmpty();
    App app =
        Sites.app()
            .outboundVnetRouting(OutboundVnetRouting.builder().allTraffic(TriState.ON).build())
            .build();
    EffectiveRouting routing = STRICT.resolve(app);
    for (RoutingSwitch each : RoutingSwitch.values()) {
      assertThat(routing.isOn(each)).as(each.toString()).isTrue();
    }
    assertThat(routing.get(s).decidedBy()).isEqualTo(SwitchSource.OUTBOUND_VNET_ROUTING);
    assertThat(routing.trafficOn()).containsExactlyElementsOf(RoutingSwitch.individualSwitches());
  }

  @Test
  @DisplayName("LEG table row 6: WEBSITE_DNS_SERVER and WEBSITE_DNS_ALT_SERVER, dnsConfiguration")
  void legTableRow6_dns() {
    App legacy =
        Sites.withSettings(
            SwitchResolver.DNS_SERVER_SETTING, "10.0.0.4",
            SwitchResolver.DNS_ALT_SERVER_SETTING, "168.63.129.16");
    EffectiveRouting fromSettings = STRICT.resolve(legacy);
    assertThat(fromSettings.dnsSource()).isEqualTo(DnsSource.APP_SETTINGS);
    assertThat(fromSettings.dnsServers())
        .containsExactly(IpAddresses.parse("10.0.0.4"), IpAddresses.parse("168.63.129.16"));

    App modern =
        Sites.app()
            .dnsConfiguration(
                DnsConfiguration.builder()
                    .addDnsServers(IpAddresses.parse("10.0.0.4"))
                    .dnsAltServer(IpAddresses.parse("168.63.129.16"))
                    .build())
            .build();
    EffectiveRouting fromProperty = STRICT.resolve(modern);
    assertThat(fromProperty.dnsSource()).isEqualTo(DnsSource.DNS_CONFIGURATION);
    assertThat(fromProperty.dnsServers()).isEqualTo(fromSettings.dnsServers());
    assertThat(fromProperty.sameRoutingAs(fromSettings)).isTrue();

    assertThat(STRICT.resolve(Sites.app().build()).dnsSource()).isEqualTo(DnsSource.NONE);
  }

  private static void assertOnFromEachSource(RoutingSwitch s) {
    for (SwitchSource source : Sites.sourcesOf(s)) {
      App app = Sites.set(Sites.app(), s, source, true).build();
      EffectiveRouting routing = STRICT.resolve(app);
      EffectiveSwitch effective = routing.get(s);
      assertThat(effective.on()).as("%s from %s", s, source).isTrue();
      assertThat(effective.decidedBy()).isEqualTo(source);
      assertThat(effective.overridden()).isEmpty();
      assertThat(routing.trafficOn()).containsExactly(s);
      String expectedName =
          switch (source) {
            case OUTBOUND_VNET_ROUTING -> "outboundVnetRouting." + s.modernProperty();
            case SITE_PROPERTY -> s.legacySiteProperty().orElseThrow();
            case SITE_CONFIG_PROPERTY -> "siteConfig.vnetRouteAllEnabled";
            default -> s.appSetting().orElseThrow();
          };
      assertThat(effective.sources())
          .singleElement()
          .extracting(SourceSetting::name)
          .isEqualTo(expectedName);
      App off = Sites.set(Sites.app(), s, source, false).build();
      assertThat(STRICT.resolve(off).get(s).on()).as("%s off from %s", s, source).isFalse();
      assertThat(STRICT.resolve(off).get(s).decidedBy()).isEqualTo(source);
    }
    EffectiveSwitch unset = STRICT.resolve(Sites.app().build()).get(s);
    assertThat(unset.on()).isFalse();
    assertThat(unset.decidedBy()).isEqualTo(SwitchSource.DEFAULT);
  }
}
