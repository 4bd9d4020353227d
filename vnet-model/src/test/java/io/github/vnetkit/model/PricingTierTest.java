package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PricingTierTest {

  @ParameterizedTest
  @EnumSource(
      value = PricingTier.class,
      names = {
        "PREMIUM_V2",
        "PREMIUM_V3",
        "PREMIUM_MV3",
        "PREMIUM_V4",
        "PREMIUM_MV4",
        "ELASTIC_PREMIUM",
        "WORKFLOW_STANDARD"
      })
  @DisplayName(
      "TIER-1: PremiumV2/V3/V4 and ElasticPremium support regional integration on any deployment")
  void tier1_premiumTiersAreSupported(PricingTier tier) {
    assertThat(tier.regionalIntegration()).isEqualTo(IntegrationSupport.SUPPORTED);
    assertThat(tier.integrationReason()).startsWith("TIER-1");
  }

  @ParameterizedTest
  @EnumSource(
      value = PricingTier.class,
      names = {"FREE", "SHARED", "DYNAMIC"})
  @DisplayName("TIER-1: Free, Shared and Consumption (Dynamic) cannot integrate")
  void tier1_freeSharedAndConsumptionAreNotSupported(PricingTier tier) {
    assertThat(tier.regionalIntegration()).isEqualTo(IntegrationSupport.NOT_SUPPORTED);
    assertThat(tier.integrationReason()).startsWith("TIER-1").contains("cannot");
  }

  @ParameterizedTest
  @EnumSource(
      value = PricingTier.class,
      names = {"BASIC", "STANDARD", "PREMIUM"})
  @DisplayName("TIER-2: Basic, Standard and Premium (v1) integrate only on newer deployments")
  void tier2_basicAndStandardNeedNewerDeployments(PricingTier tier) {
    assertThat(tier.regionalIntegration())
        .isEqualTo(IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS);
    assertThat(tier.integrationReason()).contains("TIER-2").contains("newer deployments");
  }

  @ParameterizedTest
  @EnumSource(
      value = PricingTier.class,
      names = {"ISOLATED", "ISOLATED_V2", "ISOLATED_MV2"})
  @DisplayName("TIER-3: Isolated plans are not applicable, not denied")
  void tier3_isolatedIsNotApplicable(PricingTier tier) {
    assertThat(tier.regionalIntegration()).isEqualTo(IntegrationSupport.NOT_APPLICABLE);
    assertThat(tier.integrationReason()).startsWith("TIER-3").contains("App Service Environment");
  }

  @Test
  @DisplayName("TIER-1..TIER-3: every tier's reason starts with the rule it applies")
  void everyReasonNamesItsRule() {
    for (PricingTier tier : PricingTier.values()) {
      assertThat(tier.integrationReason()).as(tier.name()).matches("^TIER-[1-4][:/].*");
    }
  }

  @Test
  @DisplayName("TIER-2: a plan's deployment generation is unknown unless stated")
  void tier2_deploymentGenerationDefaultsToUnknown() {
    AppServicePlan plan =
        AppServicePlan.builder()
            .id(ResourceId.serverFarm("00000000-0000-0000-0000-000000000001", "rg", "p"))
            .region(Region.of("westeurope"))
            .sku(Sku.parse("B1"))
            .operatingSystem(OperatingSystem.LINUX)
            .build();

    assertThat(plan.deploymentGeneration()).isEqualTo(DeploymentGeneration.UNKNOWN);
    assertThat(plan.tier().regionalIntegration())
        .isEqualTo(IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS);
  }

  @Test
  @DisplayName("FN-1: function apps on each tier use the matching Functions hosting option")
  void fn1_functionsHostingOfEachTier() {
    assertThat(PricingTier.DYNAMIC.functionsHosting()).contains(FunctionsHosting.CONSUMPTION);
    assertThat(PricingTier.ELASTIC_PREMIUM.functionsHosting()).contains(FunctionsHosting.PREMIUM);
    for (PricingTier dedicated :
        new PricingTier[] {
          PricingTier.BASIC,
          PricingTier.STANDARD,
          PricingTier.PREMIUM,
          PricingTier.PREMIUM_V2,
          PricingTier.PREMIUM_V3,
          PricingTier.PREMIUM_MV3,
          PricingTier.PREMIUM_V4,
          PricingTier.PREMIUM_MV4
        }) {
      assertThat(dedicated.functionsHosting())
          .as(dedicated.name())
          .contains(FunctionsHosting.DEDICATED);
    }
    assertThat(PricingTier.ISOLATED_V2.functionsHosting())
        .contains(FunctionsHosting.APP_SERVICE_ENVIRONMENT);
    assertThat(PricingTier.FREE.functionsHosting()).isEmpty();
    assertThat(PricingTier.SHARED.functionsHosting()).isEmpty();
    assertThat(Sku.parse("EP1").tier().functionsHosting()).contains(FunctionsHosting.PREMIUM);
  }

  @Test
  @DisplayName("FN-1 agrees with TIER-1: a tier integrates iff its Functions hosting offers it")
  void fn1_agreesWithTier1() {
    for (PricingTier tier : PricingTier.values()) {
      tier.functionsHosting()
          .filter(h -> h != FunctionsHosting.APP_SERVICE_ENVIRONMENT)
          .ifPresent(
              hosting ->
                  assertThat(hosting.supports(FunctionsFeature.VNET_INTEGRATION))
                      .as(tier.name())
                      .isEqualTo(tier.regionalIntegration() != IntegrationSupport.NOT_SUPPORTED));
    }
  }

  @Test
  void armNamesRoundTripIgnoringCase() {
    for (PricingTier tier : PricingTier.values()) {
      assertThat(PricingTier.fromArmName(tier.armName())).isEqualTo(tier);
      assertThat(PricingTier.fromArmName(tier.armName().toLowerCase(Locale.ROOT))).isEqualTo(tier);
    }
    assertThat(PricingTier.PREMIUM_V3.armName()).isEqualTo("PremiumV3");
    assertThat(PricingTier.DYNAMIC.armName()).isEqualTo("Dynamic");
  }

  @Test
  void unknownArmNameIsRejectedAndQuoted() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PricingTier.fromArmName("Consumption"))
        .withMessageContaining("pricing tier 'Consumption'")
        .withMessageContaining("Dynamic");
  }
}
