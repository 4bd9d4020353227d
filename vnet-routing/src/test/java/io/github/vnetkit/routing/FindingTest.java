package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.TrafficKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Findings use the model's severity and sort like compat's diagnostics. */
class FindingTest {

  @Test
  @DisplayName("Findings sort most serious first (model Severity order), then by rule id")
  void findingsSortMostSeriousFirst() {
    Finding info = new Finding("APP-6", Severity.INFO, "supported");
    Finding warning = new Finding("APP-2", Severity.WARNING, "public route");
    Finding error = new Finding("NET-9", Severity.ERROR, "classic peering");
    Finding otherError = new Finding("CFG-4", Severity.ERROR, "port 445 denied");
    List<Finding> findings = new ArrayList<>(List.of(info, warning, error, otherError));
    Collections.shuffle(findings, new java.util.Random(7));
    Collections.sort(findings);
    assertThat(findings).containsExactly(otherError, error, warning, info);
  }

  @Test
  @DisplayName("A decision's findings are sorted too: CFG-4 (ERROR) before NR-4 (INFO)")
  void decisionFindingsAreSorted() {
    RoutingEvaluator e =
        evaluator(
                appWithAllTraffic(),
                subnet().networkSecurityGroupId(NSG_ID).routeTableId(TABLE_ID).build())
            .networkSecurityGroup(nsg(deny("deny-smb", 300, "*", 445)))
            .routeTable(
                table()
                    .addRoutes(
                        Route.of(
                            "onprem",
                            Cidr.parse("20.61.0.0/16"),
                            NextHopType.VIRTUAL_NETWORK_GATEWAY))
                    .build())
            .build();
    RoutingDecision d = e.evaluate(flow(TrafficKind.CONTENT_SHARE, "20.61.0.10", 443));
    assertThat(d.findings()).extracting(Finding::ruleId).containsExactly("CFG-4", "NR-4");
  }
}
