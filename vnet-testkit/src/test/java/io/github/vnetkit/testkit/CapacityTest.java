package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sizing arithmetic the generators rely on reproduces the seeds' numbers. */
class CapacityTest {

  @Test
  @DisplayName(
      "CAP-5: /28: 11 and 5, /27: 27 and 13, /26: 59 and 29, /25: 123 and 61, /24: 251 and 125")
  void cap5_publishedTable() {
    int[][] table = {{28, 11, 5}, {27, 27, 13}, {26, 59, 29}, {25, 123, 61}, {24, 251, 125}};
    for (int[] row : table) {
      assertThat(Capacity.usable(row[0])).as("/%s steady", row[0]).isEqualTo(row[1]);
      assertThat(Capacity.headroomLimit(row[0], 1)).as("/%s headroom", row[0]).isEqualTo(row[2]);
    }
  }

  @Test
  @DisplayName("CAP-3: 10 instances x (4 apps + 1) = 50 addresses, 100 with scale headroom")
  void cap3_workedExample() {
    int cost = Capacity.costPerInstance(true, 4);
    assertThat(10 * cost).isEqualTo(50);
    assertThat(Capacity.needWithHeadroom(10, cost)).isEqualTo(100);
    assertThat(Capacity.costPerInstance(false, 4)).isEqualTo(1);
  }

  @Test
  @DisplayName("CAP-1/CAP-7: a /29 has 3 usable addresses; the longest prefix for 12 is /27")
  void cap1_reservedAddresses() {
    assertThat(Capacity.usable(29)).isEqualTo(3);
    assertThat(Capacity.longestPrefixFor(12, 28)).isEqualTo(27);
    assertThat(Capacity.longestPrefixFor(11, 28)).isEqualTo(28);
    assertThat(EstateAssembler.CAP_5_MIN_INSTANCES).isEqualTo(6);
    assertThatThrownBy(() -> Capacity.usable(33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(33)");
  }
}
