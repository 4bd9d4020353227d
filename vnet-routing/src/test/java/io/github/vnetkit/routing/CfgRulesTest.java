package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TriState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC section 5: configuration routing (CFG-1..CFG-7). */
class CfgRulesTest {

  @Test
  @DisplayName(
      "CFG-1: configuration traffic takes the public route by default, even with route-all")
  void cfg1_configurationTrafficIsPublicByDefault() {
    RoutingEvaluator e = plain(appWithRouteAll());
    for (TrafficKind kind :
        new TrafficKind[] {
          TrafficKind.IMAGE_PULL, TrafficKind.CONTENT_SHARE, TrafficKind.BACKUP_RESTORE
        }) {
      RoutingDecision d = e.evaluate(flow(kind, "20.61.0.10", 443));
      assertThat(d.outcome()).as(kind.name()).isEqualTo(Outcome.LEAVES_PUBLICLY);
      assertThat(d.ruleIds()).as(kind.name()).containsExactly("CFG-1", "CFG-1", "APP-5");
      assertThat(d.explanation().get(0).text()).as(kind.name()).contains("off by default");
      assertThat(d.findings()).isEmpty();
    }
  }

  @Test
  @DisplayName("CFG-1: a switch that nothing sets is off by default (CFG-1), not decided by LEG-1")
  void cfg1_unsetSwitchCitesTheDefault() {
    App explicitOff =
        app()
            .outboundVnetRouting(
                OutboundVnetRouting.builder().imagePullTraffic(TriState.OFF).build())
            .build();
    RoutingEvaluator e = plain(explicitOff);
    RoutingDecision unset = e.evaluate(flow(TrafficKind.BACKUP_RESTORE, "20.61.0.10", 443));
    assertThat(unset.ruleIds()).containsExactly("CFG-1", "CFG-1", "APP-5");
    assertThat(unset.explanation().get(0).text())
        .contains("backupRestoreTraffic", "off by default");
    // set to off by a source: that source decided it (LEG-1)
    RoutingDecision set = e.evaluate(flow(TrafficKind.IMAGE_PULL, "20.61.0.10", 443));
    assertThat(set.ruleIds()).containsExactly("LEG-1", "CFG-1", "APP-5");
  }

  @Test
  @DisplayName("CFG-1: a private destination over the public route is a finding")
  void cfg1_privateDestinationOverThePublicRoute() {
    RoutingDecision d =
        plain(app().build()).evaluate(flow(TrafficKind.IMAGE_PULL, "10.0.5.4", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
    assertThat(d.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CFG-1");
              assertThat(f.message()).contains("imagePullTraffic");
            });
  }

  @Test
  @DisplayName("CFG-2: allTraffic routes all configuration traffic; individual flags are ignored")
  void cfg2_allTrafficRoutesAllConfigurationTraffic() {
    App app =
        app()
            .outboundVnetRouting(
                OutboundVnetRouting.builder()
                    .allTraffic(TriState.ON)
                    .imagePullTraffic(TriState.OFF)
                    .build())
            .build();
    RoutingEvaluator e = plain(app);
    for (TrafficKind kind :
        new TrafficKind[] {
          TrafficKind.IMAGE_PULL,
          TrafficKind.CONTENT_SHARE,
          TrafficKind.BACKUP_RESTORE,
          TrafficKind.KEY_VAULT_REFERENCE
        }) {
      RoutingDecision d = e.evaluate(flow(kind, "20.61.0.10", 443));
      assertThat(d.outcome()).as(kind.name()).isEqualTo(Outcome.ENTERS_VNET);
      assertThat(d.ruleIds()).as(kind.name()).startsWith("LEG-2", "CFG-2", "APP-3");
    }
  }

  @Test
  @DisplayName("CFG-3: image pull, content share and backup/restore are switched one by one")
  void cfg3_individualSwitches() {
    App app =
        app()
            .outboundVnetRouting(
                OutboundVnetRouting.builder().imagePullTraffic(TriState.ON).build())
            .appSettings(AppSettings.builder().put("WEBSITE_CONTENTOVERVNET", "1").build())
            .build();
    RoutingEvaluator e = plain(app);
    RoutingDecision pull = e.evaluate(flow(TrafficKind.IMAGE_PULL, "20.61.0.10", 443));
    assertThat(pull.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(pull.ruleIds()).startsWith("LEG-1", "CFG-3");
    assertThat(e.evaluate(flow(TrafficKind.CONTENT_SHARE, "20.61.0.10", 445)).outcome())
        .isEqualTo(Outcome.ENTERS_VNET);
    assertThat(e.evaluate(flow(TrafficKind.BACKUP_RESTORE, "20.61.0.10", 443)).outcome())
        .isEqualTo(Outcome.LEAVES_PUBLICLY);
    // application traffic is not switched by the configuration flags
    assertThat(e.evaluate(tcp("20.61.0.10", 443)).outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
  }

  @Test
  @DisplayName("CFG-4: content share needs ports 443 and 445; a deny on either is a finding")
  void cfg4_contentSharePorts() {
    App app =
        app()
            .outboundVnetRouting(
                OutboundVnetRouting.builder().contentShareTraffic(TriState.ON).build())
            .build();
    RoutingEvaluator denied =
        evaluator(app, subnet().networkSecurityGroupId(NSG_ID).build())
            .networkSecurityGroup(nsg(deny("deny-smb", 300, "Internet", 445)))
            .build();
    RoutingDecision d = denied.evaluate(flow(TrafficKind.CONTENT_SHARE, "20.61.0.10", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(d.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CFG-4");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("445", "deny-smb", "300");
            });
    RoutingEvaluator allowed =
        evaluator(app, subnet().networkSecurityGroupId(NSG_ID).build())
            .networkSecurityGroup(nsg(deny("deny-ssh", 300, "*", 22)))
            .build();
    assertThat(allowed.evaluate(flow(TrafficKind.CONTENT_SHARE, "20.61.0.10", 445)).findings())
        .isEmpty();
  }

  @Test
  @DisplayName("CFG-4: content share through an appliance must be allowed there too")
  void cfg4_contentShareThroughAppliance() {
    RoutingEvaluator e =
        evaluator(appWithAllTraffic(), subnet().routeTableId(TABLE_ID).build())
            .routeTable(
                table()
                    .addRoutes(
                        Route.builder()
                            .name("to-fw")
                            .addressPrefix(Cidr.parse("0.0.0.0/0"))
                            .nextHopType(NextHopType.VIRTUAL_APPLIANCE)
                            .nextHopIpAddress(ip("10.0.100.4"))
                            .build())
                    .build())
            .build();
    assertThat(e.evaluate(flow(TrafficKind.CONTENT_SHARE, "20.61.0.10", 445)).findings())
        .extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CFG-4", Severity.WARNING));
  }

  @Test
  @DisplayName("CFG-5: database backup never goes through the integration")
  void cfg5_databaseBackupIsAlwaysPublic() {
    RoutingEvaluator e = plain(appWithAllTraffic());
    RoutingDecision pub = e.evaluate(flow(TrafficKind.DATABASE_BACKUP, "40.68.1.1", 1433));
    assertThat(pub.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
    assertThat(pub.ruleIds()).containsExactly("CFG-5", "APP-5");
    assertThat(pub.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    RoutingDecision priv = e.evaluate(flow(TrafficKind.DATABASE_BACKUP, "10.100.0.5", 1433));
    assertThat(priv.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
    assertThat(priv.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CFG-5");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(
            plain(app().build())
                .evaluate(flow(TrafficKind.DATABASE_BACKUP, "40.68.1.1", 1433))
                .findings())
        .isEmpty();
  }

  @Test
  @DisplayName("CFG-6: Key Vault references go public first, and through the VNet if blocked")
  void cfg6_keyVaultReferences() {
    RoutingEvaluator e = plain(app().build());
    RoutingDecision open = e.evaluate(flow(TrafficKind.KEY_VAULT_REFERENCE, "52.1.2.3", 443));
    assertThat(open.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
    assertThat(open.ruleIds()).containsExactly("CFG-6", "APP-5");
    Flow blocked =
        Flow.builder()
            .from(flow(TrafficKind.KEY_VAULT_REFERENCE, "52.1.2.3", 443))
            .destinationBlocksPublicAccess(true)
            .build();
    RoutingDecision retried = e.evaluate(blocked);
    assertThat(retried.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(retried.ruleIds()).startsWith("CFG-6", "APP-3", "NR-1", "NR-2");
    assertThat(retried.explanation().get(0).text()).contains("retried through the integration");
  }

  @Test
  @DisplayName("CFG-7: certificates from a private Key Vault and logs to private storage fail")
  void cfg7_unsupportedConfigurationTraffic() {
    RoutingEvaluator e = plain(appWithAllTraffic());
    for (TrafficKind kind :
        new TrafficKind[] {TrafficKind.KEY_VAULT_CERTIFICATE, TrafficKind.APP_SERVICE_LOGS}) {
      Flow f =
          Flow.builder()
              .from(flow(kind, "52.1.2.3", 443))
              .destinationBlocksPublicAccess(true)
              .build();
      RoutingDecision d = e.evaluate(f);
      assertThat(d.outcome()).as(kind.name()).isEqualTo(Outcome.LEAVES_PUBLICLY);
      assertThat(d.ruleIds()).as(kind.name()).containsExactly("CFG-7", "APP-5");
      assertThat(d.findings())
          .as(kind.name())
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
      assertThat(e.evaluate(flow(kind, "52.1.2.3", 443)).findings()).isEmpty();
    }
  }
}
