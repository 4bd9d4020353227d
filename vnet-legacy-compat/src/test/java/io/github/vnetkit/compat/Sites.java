package io.github.vnetkit.compat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.TriState;

/** Test fixtures: an app and its plan, and one-line ways to set each source of a switch. */
final class Sites {

  static final String SUB = "00000000-0000-0000-0000-000000000001";
  static final ResourceId APP_ID = ResourceId.site(SUB, "web", "shop");
  static final ResourceId PLAN_ID = ResourceId.serverFarm(SUB, "web", "plan1");

  private Sites() {}

  static App.Builder app() {
    return App.builder().id(APP_ID).planId(PLAN_ID);
  }

  static App withSettings(String... nameValuePairs) {
    AppSettings.Builder settings = AppSettings.builder();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      settings.put(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return app().appSettings(settings.build()).build();
  }

  static AppServicePlan plan(String sku) {
    return AppServicePlan.builder()
        .id(PLAN_ID)
        .region(Region.of("West Europe"))
        .sku(Sku.parse(sku))
        .operatingSystem(OperatingSystem.WINDOWS)
        .build();
  }

  static DnsConfiguration dns(String server) {
    return DnsConfiguration.builder().addDnsServers(IpAddresses.parse(server)).build();
  }

  /** Sets {@code source} of {@code s} to {@code on} on {@code app}. */
  static App.Builder set(App.Builder app, RoutingSwitch s, SwitchSource source, boolean on) {
    App current = app.build();
    TriState value = TriState.of(on);
    switch (source) {
      case OUTBOUND_VNET_ROUTING -> {
        OutboundVnetRouting.Builder b =
            OutboundVnetRouting.builder().from(current.outboundVnetRouting());
        switch (s) {
          case ALL_TRAFFIC -> b.allTraffic(value);
          case APPLICATION_TRAFFIC -> b.applicationTraffic(value);
          case IMAGE_PULL_TRAFFIC -> b.imagePullTraffic(value);
          case CONTENT_SHARE_TRAFFIC -> b.contentShareTraffic(value);
          case BACKUP_RESTORE_TRAFFIC -> b.backupRestoreTraffic(value);
        }
        return app.outboundVnetRouting(b.build());
      }
      case SITE_PROPERTY, SITE_CONFIG_PROPERTY -> {
        LegacySiteFlags.Builder b = LegacySiteFlags.builder().from(current.legacySiteFlags());
        switch (s) {
          case APPLICATION_TRAFFIC -> {
            if (source == SwitchSource.SITE_PROPERTY) {
              b.vnetRouteAllEnabled(value);
            } else {
              b.siteConfigVnetRouteAllEnabled(value);
            }
          }
          case IMAGE_PULL_TRAFFIC -> b.vnetImagePullEnabled(value);
          case CONTENT_SHARE_TRAFFIC -> b.vnetContentShareEnabled(value);
          case BACKUP_RESTORE_TRAFFIC -> b.vnetBackupRestoreEnabled(value);
          case ALL_TRAFFIC -> throw new IllegalArgumentException("allTraffic has no legacy flag");
        }
        return app.legacySiteFlags(b.build());
      }
      case APP_SETTING -> {
        String name = s.appSetting().orElseThrow();
        String text = on ? s.enablingValue().orElseThrow() : "0";
        return app.appSettings(current.appSettings().with(name, text));
      }
      case ALL_TRAFFIC, DEFAULT -> throw new IllegalArgumentException(source.toString());
    }
    throw new AssertionError(source);
  }

  /** The sources that exist for {@code s}, most modern first. */
  static java.util.List<SwitchSource> sourcesOf(RoutingSwitch s) {
    java.util.List<SwitchSource> sources = new java.util.ArrayList<>();
    sources.add(SwitchSource.OUTBOUND_VNET_ROUTING);
    if (s.legacySiteProperty().isPresent()) {
      sources.add(SwitchSource.SITE_PROPERTY);
    }
    if (s == RoutingSwitch.APPLICATION_TRAFFIC) {
      sources.add(SwitchSource.SITE_CONFIG_PROPERTY);
    }
    if (s.appSetting().isPresent()) {
      sources.add(SwitchSource.APP_SETTING);
    }
    return sources;
  }
}
