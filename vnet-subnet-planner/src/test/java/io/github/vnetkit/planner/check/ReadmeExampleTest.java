package io.github.vnetkit.planner.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Checking an estate" example, run: its printed output is the README's. */
class ReadmeExampleTest {

  @Test
  void readmeCheckExamplePrintsWhatTheReadmeShows() throws IOException {
    String sub = "00000000-0000-0000-0000-000000000001";
    ResourceId subnetId = ResourceId.subnet(sub, "net", "vnet1", "apps");
    AppServicePlan plan =
        AppServicePlan.builder()
            .id(ResourceId.serverFarm(sub, "web", "plan1"))
            .region(Region.of("West Europe"))
            .sku(Sku.parse("S1"))
            .operatingSystem(OperatingSystem.LINUX)
            .maxInstances(10)
            .addVnetIntegrations(subnetId)
            .build();
    App app =
        App.builder()
            .id(ResourceId.site(sub, "web", "shop"))
            .planId(plan.id())
            .virtualNetworkSubnetId(subnetId)
            .build();
    VirtualNetwork vnet =
        VirtualNetwork.builder()
            .id(ResourceId.virtualNetwork(sub, "net", "vnet1"))
            .region(Region.of("westeurope"))
            .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
            .addSubnets(
                Subnet.builder().id(subnetId).addressPrefix(Cidr.parse("10.0.1.0/26")).build())
            .build();
    Estate estate = Estate.builder().addPlans(plan).addApps(app).addVirtualNetworks(vnet).build();

    EstateChecker checker =
        EstateChecker.create(
            CheckContext.builder()
                .callerPermissions(CallerPermissions.of("Microsoft.Network/virtualNetworks/*"))
                .build());
    CheckResult result = checker.check(estate);
    assertThat(result.isClean()).isFalse();
    assertThat(result.hasErrors()).isFalse();

    String readme = Files.readString(Path.of("../README.md"));
    String printed = result.toString();
    assertThat(readme).contains("```text\n" + printed + "\n```");

    Lifecycle lifecycle = checker.lifecycle();
    LifecycleResult deleted = lifecycle.deletePlan(estate, plan.id());
    LifecycleResult blocked = lifecycle.deleteSubnet(deleted.estate(), subnetId);
    assertThat(blocked.applied()).isFalse();
    String fix = blocked.operationFindings().get(0).suggestedFix();
    assertThat(readme.replaceAll("\n// ", " ")).contains(fix);
  }
}
