package io.github.vnetkit.compat.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The subnet seam: what the basic check decides, what it leaves open, and how checks combine. */
class IntegrationSubnetCheckTest {

  @Test
  @DisplayName("GW-6 / NET-3: an empty delegated subnet qualifies, with the planner's rules open")
  void basicQualifiesEmptyDelegatedSubnet() {
    SubnetQualification q =
        IntegrationSubnetCheck.basic()
            .check(Gateways.hubSubnet("10.0.1.0/26").build(), Gateways.plan().build());
    assertThat(q.qualifies()).isTrue();
    assertThat(q.findings()).isEmpty();
    assertThat(q.checkedRules()).containsExactly("GW-6", "NET-2", "NET-3", "NET-4", "NET-5");
    assertThat(q.uncheckedRules()).containsExactly("CAP-5", "CAP-6", "CAP-7");
    assertThat(q.isComplete()).isFalse();
  }

  @Test
  @DisplayName("CAP-5, CAP-6, CAP-7: the standard check closes the planner's rules")
  void standardAddsThePlannersAnswer() {
    SubnetQualification q =
        IntegrationSubnetCheck.standard()
            .check(Gateways.hubSubnet("10.0.1.0/26").build(), Gateways.plan().build());
    assertThat(q.qualifies()).isTrue();
    assertThat(q.isComplete()).isTrue();
    assertThat(q.checkedRules()).contains("CAP-5", "CAP-6", "CAP-7", "NET-3");
    assertThat(q.uncheckedRules()).isEmpty();
  }

  @Test
  @DisplayName("CAP-7: a /29 is below the minimum for integration")
  void cap7_tooSmall() {
    SubnetQualification q =
        IntegrationSubnetCheck.standard()
            .check(Gateways.hubSubnet("10.0.1.0/29").build(), Gateways.plan().build());
    assertThat(q.qualifies()).isFalse();
    assertThat(q.blockers()).extracting(Finding::ruleId).containsExactly("CAP-7");
  }

  @ParameterizedTest(
      name = "CAP-7: {0} is outside Azure's subnet sizes: a finding, not an exception")
  @ValueSource(strings = {"10.0.1.0/30", "10.0.1.0/31", "10.0.1.0/32", "0.0.0.0/0", "0.0.0.0/1"})
  void cap7_prefixOutsideAzureSubnetSizes(String prefix) {
    SubnetQualification q =
        IntegrationSubnetCheck.standard()
            .check(Gateways.hubSubnet(prefix).build(), Gateways.plan().build());
    assertThat(q.qualifies()).isFalse();
    assertThat(q.isComplete()).isTrue();
    assertThat(q.blockers())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CAP-7");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.subject()).contains(prefix);
              assertThat(f.message())
                  .contains("/" + Cidr.parse(prefix).prefixLength())
                  .contains("/2 to /29")
                  .contains("/28");
              assertThat(f.suggestedFix()).contains("/28").contains("/26");
            });
    // the portal-created minimum is the planner's /27 (CAP-7)
    assertThat(
            IntegrationSubnetCheck.standard()
                .check(
                    Gateways.hubSubnet(prefix).portalCreated(true).build(), Gateways.plan().build())
                .blockers())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("/27").doesNotContain("/28"));
  }

  @Test
  @DisplayName("CAP-5: a /28 has 11 usable addresses, so a plan of 12 does not fit even steady")
  void cap5_planTooBigForSubnet() {
    SubnetQualification tooBig =
        IntegrationSubnetCheck.standard()
            .check(
                Gateways.hubSubnet("10.0.1.0/28").build(),
                Gateways.plan().currentInstances(1).maxInstances(12).build());
    assertThat(tooBig.qualifies()).isFalse();
    assertThat(tooBig.blockers())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CAP-5");
              assertThat(f.message())
                  .contains("11 usable addresses")
                  .contains("needs 12")
                  .contains("12 instances");
            });
    SubnetQualification exactlyFull =
        IntegrationSubnetCheck.standard()
            .check(
                Gateways.hubSubnet("10.0.1.0/28").build(),
                Gateways.plan().currentInstances(1).maxInstances(11).build());
    assertThat(exactlyFull.qualifies()).isTrue();
    assertThat(exactlyFull.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CAP-4");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  @DisplayName(
      "CAP-4 / CAP-6: a /28 holds 11 instances steady but 5 with headroom: a plan of 6 is a"
          + " warning, not a blocker")
  void cap4_headroomShortfallIsAWarning() {
    SubnetQualification q =
        IntegrationSubnetCheck.standard()
            .check(
                Gateways.hubSubnet("10.0.1.0/28").build(),
                Gateways.plan().currentInstances(1).maxInstances(6).build());
    assertThat(q.qualifies()).isTrue();
    assertThat(q.blockers()).isEmpty();
    assertThat(q.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CAP-4");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .contains("11 usable addresses")
                  .contains("6 needed at steady state")
                  .contains("12 needed")
                  .contains("CAP-6");
              assertThat(f.suggestedFix()).contains("/27");
            });
    // 5 instances fit with headroom: only the recommendation (/26) remains
    assertThat(
            IntegrationSubnetCheck.standard()
                .check(
                    Gateways.hubSubnet("10.0.1.0/28").build(),
                    Gateways.plan().currentInstances(1).maxInstances(5).build())
                .findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CAP-6");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("recommended /26");
            });
  }

  @Test
  @DisplayName("NET-2: a VNet with an IPv6 address space does not qualify")
  void net2_ipv6AddressSpace() {
    VirtualNetwork dualStack =
        Gateways.vnet("dual", Gateways.WEST, "10.0.0.0/16")
            .addAddressSpaces(Cidr.parse("2001:db8::/48"))
            .build();
    SubnetQualification q =
        IntegrationSubnetCheck.basic()
            .check(Gateways.delegated(dualStack, "10.0.1.0/26").build(), Gateways.plan().build());
    assertThat(q.qualifies()).isFalse();
    assertThat(q.blockers())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("NET-2");
              assertThat(f.message()).contains("IPv6");
            });
  }

  @Test
  @DisplayName("NET-4: service endpoint policies disqualify")
  void net4_serviceEndpointPolicies() {
    VirtualNetwork hub = Gateways.sameRegion();
    SubnetProposal proposal =
        Gateways.proposal(
                hub,
                Gateways.subnet(hub, "apps", "10.0.1.0/26")
                    .addDelegations("Microsoft.Web/serverFarms")
                    .hasServiceEndpointPolicies(true))
            .build();
    assertThat(IntegrationSubnetCheck.basic().check(proposal, Gateways.plan().build()).blockers())
        .singleElement()
        .matches(f -> f.ruleId().equals("NET-4") && f.subject().contains("10.0.1.0/26"));
  }

  @Test
  @DisplayName("and(): findings merge, checked rules close the other check's open ones")
  void andMergesQualifications() {
    IntegrationSubnetCheck planner =
        (proposal, plan) ->
            SubnetQualification.of(
                List.of(
                    Finding.of(
                        Severity.WARNING, "CAP-6", "subnet 'apps'", "no headroom", "use a /25")),
                List.of("CAP-5", "CAP-6", "CAP-7", "NET-5"),
                List.of());
    SubnetQualification q =
        IntegrationSubnetCheck.basic()
            .and(planner)
            .check(Gateways.hubSubnet("10.0.1.0/26").build(), Gateways.plan().build());
    assertThat(q.isComplete()).isTrue();
    assertThat(q.qualifies()).isTrue();
    assertThat(q.checkedRules()).hasSize(8);
    assertThat(q.findings()).extracting(Finding::ruleId).containsExactly("CAP-6");
  }

  @Test
  void proposalRejectsSubnetOfAnotherVnet() {
    VirtualNetwork hub = Gateways.sameRegion();
    assertThatThrownBy(
            () ->
                SubnetProposal.builder()
                    .virtualNetwork(hub)
                    .subnet(Gateways.subnet(Gateways.remote(), "apps", "10.1.1.0/26").build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remote")
        .hasMessageContaining("hub");
    ResourceId nic = Gateways.nic("nic1");
    assertThatThrownBy(() -> Gateways.delegated(hub, "10.0.1.0/26").addOccupants(nic, nic).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Finding.of(Severity.ERROR, "gw2", "x", "y", "z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gw2'");
  }
}
