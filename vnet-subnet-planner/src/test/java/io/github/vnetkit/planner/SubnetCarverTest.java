package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SubnetCarverTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";

  private static List<Cidr> cidrs(String... texts) {
    return Stream.of(texts).map(Cidr::parse).collect(Collectors.toList());
  }

  @Test
  void lowestFreeAlignedBlockFirst() {
    SubnetCarver carver =
        SubnetCarver.of(cidrs("10.0.0.0/16"), cidrs("10.0.0.0/24", "10.0.1.0/28", "10.0.1.128/25"));

    // 10.0.1.16/28 is free but a /26 must be aligned: the first free /26 is 10.0.1.64
    assertThat(carver.nextFree(26)).hasValue(Cidr.parse("10.0.1.64/26"));
    assertThat(carver.nextFree(28)).hasValue(Cidr.parse("10.0.1.16/28"));
    assertThat(carver.nextFree(24)).hasValue(Cidr.parse("10.0.2.0/24"));
    assertThat(carver.carve(27, 3).blocks())
        .containsExactly(
            Cidr.parse("10.0.1.32/27"), Cidr.parse("10.0.1.64/27"), Cidr.parse("10.0.1.96/27"));
  }

  @Test
  void severalAddressSpacesInAddressOrder() {
    SubnetCarver carver =
        SubnetCarver.of(cidrs("192.168.0.0/24", "10.0.0.0/26"), cidrs("10.0.0.0/27"));

    assertThat(carver.addressSpaces())
        .containsExactly(cidrs("10.0.0.0/26", "192.168.0.0/24").toArray(new Cidr[0]));
    assertThat(carver.carve(27, 3).blocks())
        .containsExactly(
            Cidr.parse("10.0.0.32/27"),
            Cidr.parse("192.168.0.0/27"),
            Cidr.parse("192.168.0.32/27"));
    assertThat(carver.nextFree(25)).hasValue(Cidr.parse("192.168.0.0/25"));
  }

  @Test
  void exhaustionIsAResult() {
    SubnetCarver carver = SubnetCarver.of(cidrs("10.0.0.0/26"), cidrs("10.0.0.0/28"));

    CarveResult r = carver.carve(28, 5);
    assertThat(r.blocks()).hasSize(3);
    assertThat(r.exhausted()).isTrue();
    assertThat(r.toString()).contains("3 of 5 free /28 blocks").contains("no more free space");
    assertThat(carver.nextFree(26)).isEmpty();
    assertThat(carver.carve(26, 1).exhausted()).isTrue();
  }

  @Test
  void fromAVirtualNetworkIgnoringIpv6Spaces() {
    VirtualNetwork vnet =
        VirtualNetwork.builder()
            .id(ResourceId.virtualNetwork(SUB, "net", "vnet1"))
            .region(Region.of("West Europe"))
            .addAddressSpaces(Cidr.parse("10.0.0.0/16"), Cidr.parse("2001:db8::/64"))
            .addSubnets(
                Subnet.builder()
                    .id(ResourceId.subnet(SUB, "net", "vnet1", "a"))
                    .addressPrefix(Cidr.parse("10.0.0.0/24"))
                    .build(),
                Subnet.builder()
                    .id(ResourceId.subnet(SUB, "net", "vnet1", "b"))
                    .addressPrefix(Cidr.parse("10.0.1.0/26"))
                    .build())
            .build();

    SubnetCarver carver = SubnetCarver.of(vnet);
    assertThat(carver.addressSpaces()).containsExactly(Cidr.parse("10.0.0.0/16"));
    assertThat(carver.nextFree(26)).hasValue(Cidr.parse("10.0.1.64/26"));
    assertThat(carver.inputConsistent()).isTrue();
    assertThat(carver.isFree(Cidr.parse("10.0.1.64/26"))).isTrue();
    assertThat(carver.isFree(Cidr.parse("10.0.1.0/25"))).isFalse();
    assertThat(carver.isFree(Cidr.parse("10.1.0.0/26"))).isFalse(); // outside the space
  }

  @Test
  void inconsistentInputIsReportedAndStillTaken() {
    SubnetCarver carver =
        SubnetCarver.of(
            cidrs("10.0.0.0/24"),
            cidrs("10.0.0.64/26", "10.0.0.0/25", "10.0.0.0/25", "172.16.0.0/28", "10.0.0.192/26"));

    assertThat(carver.inputConsistent()).isFalse();
    assertThat(carver.overlaps())
        .extracting(Object::toString)
        .containsExactly("10.0.0.0/25 is listed twice", "10.0.0.0/25 overlaps 10.0.0.64/26");
    assertThat(carver.outsideAddressSpaces()).containsExactly(Cidr.parse("172.16.0.0/28"));
    CarveResult r = carver.carve(26, 2);
    assertThat(r.blocks()).containsExactly(Cidr.parse("10.0.0.128/26"));
    assertThat(r.exhausted()).isTrue();
    assertThat(r.inputConsistent()).isFalse();
    assertThat(r.overlaps()).hasSize(2);
    assertThat(r.toString()).contains("inconsistent input").contains("172.16.0.0/28");
  }

  @Test
  void subnetLargerThanItsSpaceIsOutsideAndCoversIt() {
    SubnetCarver carver =
        SubnetCarver.of(cidrs("10.0.0.0/24", "10.0.2.0/24"), cidrs("10.0.0.0/22"));
    assertThat(carver.outsideAddressSpaces()).containsExactly(Cidr.parse("10.0.0.0/22"));
    assertThat(carver.nextFree(28)).isEmpty();
  }

  @Test
  void wholeIpv4SpaceHasNoOverflow() {
    SubnetCarver carver = SubnetCarver.of(cidrs("0.0.0.0/0"), cidrs("0.0.0.0/2"));
    assertThat(carver.nextFree(2)).hasValue(Cidr.parse("64.0.0.0/2"));
    assertThat(carver.carve(2, 4).blocks())
        .containsExactly(cidrs("64.0.0.0/2", "128.0.0.0/2", "192.0.0.0/2").toArray(new Cidr[0]));
  }

  @Test
  void badInputNamesTheInput() {
    SubnetCarver carver = SubnetCarver.of(cidrs("10.0.0.0/16"), List.of());
    assertThatThrownBy(() -> carver.carve(29, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefixLength (29)");
    assertThatThrownBy(() -> carver.carve(1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefixLength (1)");
    assertThatThrownBy(() -> carver.carve(26, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count (0)");
    assertThatThrownBy(() -> SubnetCarver.of(cidrs("2001:db8::/48"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001:db8::/48'");
    assertThatThrownBy(() -> SubnetCarver.of(cidrs("10.0.0.0/16"), cidrs("2001:db8::/64")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001:db8::/64'");
    assertThatThrownBy(() -> SubnetCarver.of(cidrs("10.0.0.0/16", "10.0.1.0/24"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/16")
        .hasMessageContaining("10.0.1.0/24")
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> carver.isFree(Cidr.parse("2001:db8::/64")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001:db8::/64'");
  }

  @Test
  void largestAlignedBlock() {
    assertThat(SubnetCarver.largestAlignedBlockBits(0, (1L << 32) - 1)).isEqualTo(32);
    assertThat(SubnetCarver.largestAlignedBlockBits(1, 62)).isEqualTo(4); // 16..31 or 32..47
    assertThat(SubnetCarver.largestAlignedBlockBits(5, 5)).isZero();
  }
}
