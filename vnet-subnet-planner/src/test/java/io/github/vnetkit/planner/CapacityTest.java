package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.Cidr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityTest {

  @ParameterizedTest(name = "/{0}: {1} usable, {2} steady, {3} with headroom")
  @CsvSource({
    "28, 11, 11, 5",
    "27, 27, 27, 13",
    "26, 59, 59, 29",
    "25, 123, 123, 61",
    "24, 251, 251, 125"
  })
  @DisplayName("CAP-5: the published table, exactly")
  void cap5_publishedTable(int prefix, long usable, long steady, long headroom) {
    CapacityResult r = SubnetPlanner.capacity(prefix);

    assertThat(r.prefixLength()).isEqualTo(prefix);
    assertThat(r.usableAddresses()).isEqualTo(usable);
    assertThat(r.addressesPerInstance()).isEqualTo(1);
    assertThat(r.maxInstancesSteady()).isEqualTo(steady);
    assertThat(r.maxInstancesWithScaleHeadroom()).isEqualTo(headroom);
    assertThat(r.integrationAllowed()).isTrue();
    assertThat(r.rules()).containsExactly("CAP-1", "CAP-2", "CAP-5", "CAP-7");
  }

  @Test
  @DisplayName("CAP-1: five addresses reserved, from /2 to /29")
  void cap1_usableAddresses() {
    assertThat(SubnetPlanner.usableAddresses(29)).isEqualTo(3);
    assertThat(SubnetPlanner.usableAddresses(16)).isEqualTo(65_531);
    assertThat(SubnetPlanner.usableAddresses(2)).isEqualTo((1L << 30) - 5);
  }

  @Test
  @DisplayName("CAP-3: Windows containers, 4 apps: 5 addresses per instance")
  void cap3_windowsContainerCapacity() {
    CapacityResult r = SubnetPlanner.capacity(26, 4);

    assertThat(r.addressesPerInstance()).isEqualTo(5);
    assertThat(r.maxInstancesSteady()).isEqualTo(59 / 5);
    assertThat(r.maxInstancesWithScaleHeadroom()).isEqualTo(59 / 10);
    assertThat(r.rules()).containsExactly("CAP-1", "CAP-3", "CAP-5", "CAP-7");
    assertThat(r.explanation()).contains("1 + 4 = 5 addresses");
  }

  @Test
  @DisplayName("CAP-7: a /29 is a valid Azure subnet but holds no integration instances")
  void cap7_slash29RejectedForIntegration() {
    CapacityResult r = SubnetPlanner.capacity(29);

    assertThat(r.usableAddresses()).isEqualTo(3);
    assertThat(r.integrationAllowed()).isFalse();
    assertThat(r.maxInstancesSteady()).isZero();
    assertThat(r.maxInstancesWithScaleHeadroom()).isZero();
    assertThat(r.rules()).contains("CAP-7");
    assertThat(r.toString()).contains("too small for integration");
  }

  @Test
  @DisplayName("CAP-7: /28 meets the existing-subnet minimum only")
  void cap7_minimumsMet() {
    assertThat(SubnetPlanner.capacity(28).explanation()).contains("existing subnet (/28) only");
    assertThat(SubnetPlanner.capacity(26).explanation()).contains("multi-plan subnet join (/26)");
  }

  @Test
  void capacityOfACidr() {
    assertThat(SubnetPlanner.capacity(Cidr.parse("10.0.1.0/26"), 0))
        .isEqualTo(SubnetPlanner.capacity(26));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1, 30, 31, 32, 33})
  @DisplayName("CAP-7: prefix lengths outside /2../29 are rejected, naming the input")
  void cap7_prefixOutOfRange(int prefix) {
    assertThatThrownBy(() -> SubnetPlanner.capacity(prefix))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefixLength (" + prefix + ")")
        .hasMessageContaining("between 2 and 29");
  }

  @Test
  void negativeContainerAppsRejected() {
    assertThatThrownBy(() -> SubnetPlanner.capacity(26, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowsContainerApps (-1)");
  }

  @Test
  @DisplayName("NET-2: an IPv6 subnet is rejected, naming it")
  void ipv6Rejected() {
    assertThatThrownBy(() -> SubnetPlanner.capacity(Cidr.parse("2001:db8::/64"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001:db8::/64'")
        .hasMessageContaining("IPv6");
  }

  @Test
  void cidrOutsideAzureRangeRejected() {
    assertThatThrownBy(() -> SubnetPlanner.capacity(Cidr.parse("10.0.0.0/30"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'10.0.0.0/30'");
  }

  @Test
  void ruleIds() {
    assertThat(CapacityRule.CAP_5.id()).isEqualTo("CAP-5");
    assertThat(CapacityRule.parse("cap-9")).isEqualTo(CapacityRule.CAP_9);
    assertThatThrownBy(() -> CapacityRule.parse("NET-2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'NET-2'");
  }
}
