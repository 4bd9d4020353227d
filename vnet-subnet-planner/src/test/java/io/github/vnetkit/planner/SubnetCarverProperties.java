package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class SubnetCarverProperties {

  /** Address spaces and existing subnets; consistent unless made otherwise. */
  record Layout(List<Cidr> spaces, List<Cidr> existing) {}

  private static final Cidr TEN = Cidr.parse("10.0.0.0/8");
  private static final Cidr STRAYS = Cidr.parse("192.168.0.0/16");

  @Provide
  Arbitrary<Layout> consistentLayouts() {
    return layouts(false);
  }

  @Provide
  Arbitrary<Layout> anyLayouts() {
    return layouts(true);
  }

  /**
   * One to three non-overlapping address spaces, /16 to /24, inside {@code 10.0.0.0/8}, in address
   * order (the naive reference scans them in list order); then up to 80 subnets from vnet-testkit's
   * {@code cidrs()}: inside a space (/18 or the space's length to /29), and for inconsistent
   * layouts also blocks that contain a space or lie outside every space; consistent layouts drop a
   * subnet that overlaps an earlier one.
   */
  private static Arbitrary<Layout> layouts(boolean allowInconsistent) {
    Arbitrary<List<Cidr>> spaces =
        VnetArbitraries.cidrs()
            .inside(TEN)
            .withPrefixBetween(16, 24)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .filter(SubnetCarverProperties::disjoint)
            .map(list -> list.stream().sorted().toList());
    return spaces.flatMap(
        spaceList -> {
          List<Arbitrary<Cidr>> inside = new ArrayList<>();
          List<Arbitrary<Cidr>> around = new ArrayList<>();
          for (Cidr space : spaceList) {
            inside.add(
                VnetArbitraries.cidrs()
                    .inside(space)
                    .withPrefixBetween(Math.max(18, space.prefixLength()), 29));
            int outer = Math.min(18, space.prefixLength());
            around.add(
                VnetArbitraries.cidrs()
                    .inside(Cidr.containing(space.networkAddress(), outer))
                    .withPrefixBetween(outer, 29));
          }
          Arbitrary<Cidr> subnet =
              allowInconsistent
                  ? Arbitraries.frequencyOf(
                      Tuple.of(6, Arbitraries.oneOf(inside)),
                      Tuple.of(3, Arbitraries.oneOf(around)),
                      Tuple.of(1, VnetArbitraries.cidrs().inside(STRAYS).withPrefixBetween(18, 29)))
                  : Arbitraries.oneOf(inside);
          return subnet
              .list()
              .ofMaxSize(80)
              .map(
                  raw -> {
                    List<Cidr> existing = new ArrayList<>();
                    for (Cidr block : raw) {
                      if (allowInconsistent || existing.stream().noneMatch(block::overlaps)) {
                        existing.add(block);
                      }
                    }
                    return new Layout(spaceList, existing);
                  });
        });
  }

  private static boolean disjoint(List<Cidr> spaces) {
    for (int i = 0; i < spaces.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (spaces.get(i).overlaps(spaces.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The naive reference: every aligned candidate in address order, checked against all. */
  private static List<Cidr> naive(Layout layout, int prefix, int count) {
    List<Cidr> found = new ArrayList<>();
    for (Cidr space : layout.spaces()) {
      if (space.prefixLength() > prefix) {
        continue;
      }
      Iterator<IPv4Address> it =
          space.toIpv4Block().setPrefixLength(prefix, false).prefixBlockIterator();
      while (it.hasNext() && found.size() < count) {
        Cidr candidate = Cidr.of(it.next());
        if (layout.existing().stream().noneMatch(candidate::overlaps)) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  @Property
  @Label("carved blocks lie inside the address spaces and overlap nothing, lowest first")
  void carvedBlocksAreFreeAndLowestFirst(
      @ForAll("consistentLayouts") Layout layout,
      @ForAll @IntRange(min = 18, max = 28) int prefix,
      @ForAll @IntRange(min = 1, max = 40) int count) {
    CarveResult r = SubnetCarver.of(layout.spaces(), layout.existing()).carve(prefix, count);

    assertThat(r.inputConsistent()).isTrue();
    assertFree(layout, r.blocks());
    assertThat(r.blocks()).isSorted();
    assertThat(r.blocks()).isEqualTo(naive(layout, prefix, count));
    assertThat(r.exhausted()).isEqualTo(r.blocks().size() < count);
  }

  @Property
  @Label("inconsistent input: overlaps and strays reported, carved blocks still free")
  void inconsistentInputReportedAndRespected(
      @ForAll("anyLayouts") Layout layout,
      @ForAll @IntRange(min = 18, max = 28) int prefix,
      @ForAll @IntRange(min = 1, max = 40) int count) {
    SubnetCarver carver = SubnetCarver.of(layout.spaces(), layout.existing());
    CarveResult r = carver.carve(prefix, count);

    assertFree(layout, r.blocks());
    assertThat(r.blocks()).isEqualTo(naive(layout, prefix, count));

    boolean anyOverlap = false;
    for (int i = 0; i < layout.existing().size(); i++) {
      for (int j = 0; j < i; j++) {
        anyOverlap |= layout.existing().get(i).overlaps(layout.existing().get(j));
      }
    }
    assertThat(carver.overlaps().isEmpty()).isEqualTo(!anyOverlap);
    for (SubnetOverlap o : carver.overlaps()) {
      assertThat(o.outer().contains(o.inner())).isTrue();
      assertThat(layout.existing()).contains(o.outer(), o.inner());
    }
    Set<Cidr> strays = new TreeSet<>();
    for (Cidr s : layout.existing()) {
      if (layout.spaces().stream().noneMatch(space -> space.contains(s))) {
        strays.add(s);
      }
    }
    assertThat(new TreeSet<>(carver.outsideAddressSpaces())).isEqualTo(strays);
  }

  @Property
  @Label("the order of the input never changes the answer")
  void inputOrderDoesNotMatter(
      @ForAll("anyLayouts") Layout layout,
      @ForAll @IntRange(min = 18, max = 28) int prefix,
      @ForAll Random random) {
    List<Cidr> spaces = new ArrayList<>(layout.spaces());
    List<Cidr> existing = new ArrayList<>(layout.existing());
    Collections.shuffle(spaces, random);
    Collections.shuffle(existing, random);

    assertThat(SubnetCarver.of(spaces, existing).carve(prefix, 10))
        .isEqualTo(SubnetCarver.of(layout.spaces(), layout.existing()).carve(prefix, 10));
  }

  @Property
  @Label("isFree agrees with the definition")
  void isFreeAgreesWithDefinition(
      @ForAll("anyLayouts") Layout layout,
      @ForAll @IntRange(max = 65_535) int offset,
      @ForAll @IntRange(min = 18, max = 30) int prefix) {
    Cidr space = layout.spaces().get(0);
    Cidr block =
        Cidr.containing(new IPv4Address((int) (space.toIpv4Block().longValue() + offset)), prefix);
    boolean expected =
        layout.spaces().stream().anyMatch(s -> s.contains(block))
            && layout.existing().stream().noneMatch(block::overlaps);
    assertThat(SubnetCarver.of(layout.spaces(), layout.existing()).isFree(block))
        .isEqualTo(expected);
  }

  private static void assertFree(Layout layout, List<Cidr> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Cidr block = blocks.get(i);
      assertThat(layout.spaces()).anyMatch(space -> space.contains(block));
      assertThat(layout.existing()).noneMatch(block::overlaps);
      for (int j = 0; j < i; j++) {
        assertThat(blocks.get(j).overlaps(block)).isFalse();
      }
    }
  }
}
