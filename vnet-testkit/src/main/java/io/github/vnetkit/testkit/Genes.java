package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.Region;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small shared arbitraries: names, subscription GUIDs, the region pool. */
final class Genes {

  /** Real Azure regions, in shrinking order (the first is the shrink target). */
  static final ImmutableList<Region> REGIONS =
      ImmutableList.of(
              "westeurope",
              "northeurope",
              "eastus",
              "eastus2",
              "westus2",
              "uksouth",
              "swedencentral",
              "southeastasia",
              "japaneast",
              "australiaeast")
          .stream()
          .map(Region::of)
          .collect(ImmutableList.toImmutableList());

  /** The resource group the estates and default ids use: short and readable. */
  static final String RESOURCE_GROUP = "rg";

  private Genes() {}

  /**
   * Short resource names: a lower-case letter, then up to seven letters or digits; shrinks to "a".
   */
  static Arbitrary<String> names() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> rest =
        Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(0).ofMaxLength(7);
    return Combinators.combine(first, rest).as((f, r) -> f + r).edgeCases(c -> c.includeOnly("a"));
  }

  /**
   * Subscription GUIDs; shrink to, and have as only edge case, {@code
   * 00000000-0000-0000-0000-000000000000}.
   */
  static Arbitrary<String> subscriptionIds() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
        .as(Genes::guid)
        .edgeCases(c -> c.includeOnly(guid(0, 0)));
  }

  static String guid(long hi, long lo) {
    return String.format(
        Locale.ROOT,
        "%08x-%04x-%04x-%04x-%012x",
        hi >>> 32,
        (hi >>> 16) & 0xffffL,
        hi & 0xffffL,
        lo >>> 48,
        lo & 0xffff_ffff_ffffL);
  }

  /**
   * Checks a {@code min..max} knob: {@code lowest <= min <= max <= highest}.
   *
   * @throws IllegalArgumentException naming {@code what} and the values otherwise
   */
  static void checkBounds(String what, int min, int max, int lowest, int highest) {
    checkArgument(
        lowest <= min && min <= max && max <= highest,
        "%s (%s..%s) must satisfy %s <= min <= max <= %s",
        what,
        min,
        max,
        lowest,
        highest);
  }

  /** An index into a list of {@code size} elements; shrinks to 0. */
  static Arbitrary<Integer> index(int size) {
    return Arbitraries.integers().between(0, Math.max(0, size - 1));
  }

  /** Picks {@code list.get(gene mod size)}. */
  static <T> T pick(List<T> list, int gene) {
    return list.get(Math.floorMod(gene, list.size()));
  }
}
