package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppServicePlanTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final ResourceId PLAN = ResourceId.serverFarm(SUB, "rg", "plan1");
  private static final ResourceId SUBNET = ResourceId.subnet(SUB, "net", "vnet1", "apps");

  private static AppServicePlan.Builder plan() {
    return AppServicePlan.builder()
        .id(PLAN)
        .region(Region.of("West Europe"))
        .sku(Sku.parse("P1v3"))
        .operatingSystem(OperatingSystem.WINDOWS);
  }

  @Test
  void buildsAPlanWithDerivedAccessors() {
    AppServicePlan p =
        plan()
            .operatingSystem(OperatingSystem.LINUX)
            .currentInstances(3)
            .maxInstances(10)
            .deploymentGeneration(DeploymentGeneration.NEWER)
            .addVnetIntegrations(SUBNET)
            .build();

    assertThat(p.tier()).isEqualTo(PricingTier.PREMIUM_V3);
    assertThat(p.subscriptionId()).isEqualTo(SUB);
    assertThat(p.region()).isEqualTo(Region.of("westeurope"));
    assertThat(p.currentInstances()).isEqualTo(3);
    assertThat(p.maxInstances()).isEqualTo(10);
    assertThat(p.deploymentGeneration()).isEqualTo(DeploymentGeneration.NEWER);
    assertThat(p.vnetIntegrations()).containsExactly(SUBNET);
  }

  @Test
  @DisplayName("defaults: one instance, max = current, not Hyper-V, generation UNKNOWN (TIER-2)")
  void defaults() {
    AppServicePlan p = plan().build();

    assertThat(p.currentInstances()).isEqualTo(1);
    assertThat(p.maxInstances()).isEqualTo(1);
    assertThat(p.hyperV()).isFalse();
    assertThat(p.deploymentGeneration()).isEqualTo(DeploymentGeneration.UNKNOWN);
    assertThat(p.vnetIntegrations()).isEmpty();
    assertThat(plan().currentInstances(4).build().maxInstances()).isEqualTo(4);
  }

  @Test
  @DisplayName("CAP-3: a Windows plan may be a Hyper-V (Windows container) plan")
  void cap3_hyperVOnWindows() {
    assertThat(plan().hyperV(true).build().hyperV()).isTrue();
  }

  @Test
  void equalPlansAreEqualAndCopyable() {
    AppServicePlan a = plan().addVnetIntegrations(SUBNET).build();
    AppServicePlan b = AppServicePlan.builder().from(a).build();

    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(plan().maxInstances(2).build()).isNotEqualTo(a);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, -100})
  void zeroOrNegativeCurrentInstancesAreRejected(int count) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().currentInstances(count).maxInstances(5).build())
        .withMessageContaining("currentInstances (" + count + ")")
        .withMessageContaining("'" + PLAN + "'")
        .withMessageContaining("must be at least 1");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void zeroOrNegativeMaxInstancesAreRejected(int count) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().maxInstances(count).build())
        .withMessageContaining("maxInstances (" + count + ")")
        .withMessageContaining("'" + PLAN + "'");
  }

  @Test
  void maxBelowCurrentIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().currentInstances(5).maxInstances(3).build())
        .withMessageContaining("maxInstances (3)")
        .withMessageContaining("at least currentInstances (5)");
  }

  @Test
  @DisplayName("a Hyper-V plan on Linux is rejected")
  void hyperVOnLinuxIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().operatingSystem(OperatingSystem.LINUX).hyperV(true).build())
        .withMessageContaining("'" + PLAN + "'")
        .withMessageContaining("Hyper-V")
        .withMessageContaining("not LINUX");
  }

  @Test
  void aPlanIdThatIsASiteIdIsRejected() {
    ResourceId site = ResourceId.site(SUB, "rg", "shop");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().id(site).build())
        .withMessageContaining("plan id '" + site + "'")
        .withMessageContaining("server farm");
  }

  @Test
  void anIntegrationThatIsNotASubnetIdIsRejected() {
    ResourceId vnet = ResourceId.virtualNetwork(SUB, "net", "vnet1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().addVnetIntegrations(vnet).build())
        .withMessageContaining("'" + vnet + "'")
        .withMessageContaining("subnet id");
  }

  @Test
  void anIntegrationListedTwiceIsRejectedEvenInAnotherCase() {
    ResourceId upper = ResourceId.parse(SUBNET.toString().toUpperCase(java.util.Locale.ROOT));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().addVnetIntegrations(SUBNET, upper).build())
        .withMessageContaining("'" + upper + "' twice");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatIllegalStateException()
        .isThrownBy(() -> AppServicePlan.builder().id(PLAN).build())
        .withMessageContaining("region")
        .withMessageContaining("sku")
        .withMessageContaining("operatingSystem");
  }
}
