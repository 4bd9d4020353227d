package com.example.mytool;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.testkit.BrokenEstate;
import io.github.vnetkit.testkit.EstateRule;
import io.github.vnetkit.testkit.VnetArbitraries;
import io.github.vnetkit.testkit.VnetDomain;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

@Domain(VnetDomain.class)
class ReadmeExampleProperties {

  /**
   * The tool under test: an audit that reports integration subnets not delegated to App Service.
   */
  static List<String> audit(Estate estate) {
    List<String> findings = new ArrayList<>();
    for (AppServicePlan plan : estate.plans()) {
      for (ResourceId subnetId : plan.vnetIntegrations()) {
        estate
            .subnet(subnetId) // empty when the subnet is not in the estate
            .filter(subnet -> !subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION))
            .ifPresent(subnet -> findings.add("NET-3 " + subnet.name()));
      }
    }
    return findings;
  }

  @Property
  void validEstatesHaveNoFindings(@ForAll Estate estate) {
    assertThat(audit(estate)).isEmpty();
  }

  @Property
  void undelegatedSubnetsAreReported(@ForAll("undelegated") BrokenEstate broken) {
    assertThat(audit(broken.estate())).containsExactly("NET-3 " + broken.resource().name());
  }

  @Provide
  Arbitrary<BrokenEstate> undelegated() {
    return VnetArbitraries.estates().withPlans(1, 4).breaking(EstateRule.NET_3_UNDELEGATED_SUBNET);
  }

  @Property
  void theAuditNeverThrowsAndNamesOnlyUndelegatedSubnets(@ForAll("anyEstate") Estate estate) {
    List<String> undelegated =
        estate.virtualNetworks().stream()
            .flatMap(vnet -> vnet.subnets().stream())
            .filter(subnet -> !subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION))
            .map(subnet -> "NET-3 " + subnet.name())
            .toList();
    assertThat(undelegated).containsAll(audit(estate));
  }

  @Provide
  Arbitrary<Estate> anyEstate() {
    return VnetArbitraries.estates().withDefects(8); // any number of rules broken
  }

  @Property
  void subnetPrefixesSurviveATextRoundTrip(@ForAll Subnet subnet) {
    assertThat(Cidr.parse(subnet.addressPrefix().toString())).isEqualTo(subnet.addressPrefix());
  }
}
