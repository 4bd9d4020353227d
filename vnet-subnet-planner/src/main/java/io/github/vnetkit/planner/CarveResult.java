package io.github.vnetkit.planner;

import io.github.vnetkit.model.Cidr;
import java.util.List;
import org.immutables.value.Value;

/**
 * Free blocks carved out of a virtual network by {@link SubnetCarver#carve(int, int)}: the lowest
 * free aligned blocks of the requested size, whether the address spaces ran out before the
 * requested number was found, and any inconsistency in the input (overlapping existing subnets,
 * subnets outside the address spaces).
 *
 * <pre>{@code
 * CarveResult r = carver.carve(26, 2);
 * r.blocks();      // [10.0.2.0/26, 10.0.2.64/26], lowest address first
 * r.exhausted();   // false: both were found
 * r.overlaps();    // [] for a consistent virtual network
 * }</pre>
 */
@Value.Immutable
public abstract class CarveResult {

  CarveResult() {}

  static ImmutableCarveResult.Builder builder() {
    return ImmutableCarveResult.builder();
  }

  /** The requested block size, as a prefix length. */
  public abstract int prefixLength();

  /** How many blocks were requested. */
  public abstract int requested();

  /**
   * The free blocks found, lowest address first: each lies inside one address space and overlaps no
   * existing subnet and no other block.
   */
  public abstract List<Cidr> blocks();

  /** Existing subnets that overlap each other (empty for a consistent virtual network). */
  public abstract List<SubnetOverlap> overlaps();

  /** Existing subnets that do not lie inside any address space (empty when consistent). */
  public abstract List<Cidr> outsideAddressSpaces();

  /** Whether fewer blocks than requested were free: the address spaces have no more. */
  public final boolean exhausted() {
    return blocks().size() < requested();
  }

  /** Whether the input was consistent: no overlaps, every subnet inside an address space. */
  public final boolean inputConsistent() {
    return overlaps().isEmpty() && outsideAddressSpaces().isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder()
            .append(blocks().size())
            .append(" of ")
            .append(requested())
            .append(" free /")
            .append(prefixLength())
            .append(" blocks")
            .append(blocks().isEmpty() ? "" : " " + blocks())
            .append(exhausted() ? "; no more free space" : "");
    if (!overlaps().isEmpty()) {
      sb.append("; inconsistent input: ").append(overlaps());
    }
    if (!outsideAddressSpaces().isEmpty()) {
      sb.append("; outside the address spaces: ").append(outsideAddressSpaces());
    }
    return sb.toString();
  }
}
