package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates subnets. By default they are ready for regional integration: a /24 to /28 prefix inside
 * {@code 10.0.0.0/16}, delegated to {@code Microsoft.Web/serverFarms} (SPEC NET-3), without service
 * endpoint policies (NET-4), with random service endpoints and optional NSG, route table and NAT
 * gateway. /28 and /26 are drawn often; shrinking goes towards a /28 at the start of the address
 * space, named {@code a}, without endpoints or attachments. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.subnets()
 *     .withPrefixBetween(24, 28)
 *     .inside(Cidr.parse("10.1.0.0/16"))
 *     .inVirtualNetwork(ResourceId.virtualNetwork(sub, "net", "hub"));
 * VnetArbitraries.subnets().undelegated().withoutAttachments();
 * }</pre>
 */
public final class SubnetArbitrary extends ArbitraryDecorator<Subnet> {

  static final Cidr DEFAULT_SPACE = Cidr.parse("10.0.0.0/16");

  private final @Nullable Cidr space;
  private final int minPrefix;
  private final int maxPrefix;
  private final boolean explicitRange;
  private final @Nullable ResourceId vnetId;
  private final SubnetTraits traits;

  SubnetArbitrary() {
    this(null, 24, 28, false, null, SubnetTraits.INTEGRATION_READY);
  }

  private SubnetArbitrary(
      @Nullable Cidr space,
      int minPrefix,
      int maxPrefix,
      boolean explicitRange,
      @Nullable ResourceId vnetId,
      SubnetTraits traits) {
    checkArgument(
        space == null || !explicitRange || minPrefix >= space.prefixLength(),
        "subnet prefix lengths /%s..%s do not fit inside address space %s",
        minPrefix,
        maxPrefix,
        space);
    this.space = space;
    this.minPrefix = minPrefix;
    this.maxPrefix = maxPrefix;
    this.explicitRange = explicitRange;
    this.vnetId = vnetId;
    this.traits = traits;
  }

  /**
   * The space: as given; by default {@code 10.0.0.0/16}, or the block around 10.0.0.0 of the
   * shortest prefix asked for when that is shorter than /16.
   */
  private Cidr effectiveSpace() {
    if (space != null) {
      return space;
    }
    return minPrefix >= 16
        ? DEFAULT_SPACE
        : Cidr.containing(DEFAULT_SPACE.networkAddress(), minPrefix);
  }

  /** The shortest prefix: as asked, or /24 (or the space's length when that is longer). */
  private int effectiveMin() {
    return explicitRange ? minPrefix : Math.max(minPrefix, effectiveSpace().prefixLength());
  }

  /** The longest prefix: as asked, or /28 (or the space's length when that is longer). */
  private int effectiveMax() {
    return explicitRange ? maxPrefix : Math.max(maxPrefix, effectiveSpace().prefixLength());
  }

  /**
   * Only prefix lengths from {@code min} to {@code max} inclusive (Azure allows /2 to /29;
   * integration needs /28 or shorter, SPEC CAP-7).
   *
   * @throws IllegalArgumentException if {@code min > max}, a bound is outside 0..32, or {@code min}
   *     is shorter than the prefix of an address space given with {@link #inside(Cidr)}
   */
  public SubnetArbitrary withPrefixBetween(int min, int max) {
    Genes.checkBounds("prefix lengths", min, max, 0, 32);
    return new SubnetArbitrary(space, min, max, true, vnetId, traits);
  }

  /**
   * Only prefixes inside {@code addressSpace}.
   *
   * @throws IllegalArgumentException if {@code addressSpace} is IPv6 (subnets are IPv4, SPEC NET-2)
   *     or shorter prefixes than it are allowed by {@link #withPrefixBetween(int, int)}
   */
  public SubnetArbitrary inside(Cidr addressSpace) {
    requireNonNull(addressSpace, "addressSpace").requireIpv4("subnet address space");
    return new SubnetArbitrary(addressSpace, minPrefix, maxPrefix, explicitRange, vnetId, traits);
  }

  /**
   * Subnets of this virtual network (their ids are its children).
   *
   * @throws IllegalArgumentException if {@code virtualNetworkId} is not a VNet id
   */
  public SubnetArbitrary inVirtualNetwork(ResourceId virtualNetworkId) {
    requireNonNull(virtualNetworkId, "virtualNetworkId")
        .requireKind(ResourceId.Kind.VIRTUAL_NETWORK, "virtualNetworkId");
    return new SubnetArbitrary(
        space, minPrefix, maxPrefix, explicitRange, virtualNetworkId, traits);
  }

  /** Subnets without any delegation. */
  public SubnetArbitrary undelegated() {
    return withTraits(traits.withDelegation(SubnetTraits.Delegation.NONE));
  }

  /** Subnets delegated to another service ({@code Microsoft.App/environments}, ...). */
  public SubnetArbitrary withForeignDelegation() {
    return withTraits(traits.withDelegation(SubnetTraits.Delegation.FOREIGN));
  }

  /** Subnets delegated to serverFarms, to another service, or not at all. */
  public SubnetArbitrary withAnyDelegation() {
    return withTraits(traits.withDelegation(SubnetTraits.Delegation.MIXED));
  }

  /** Subnets with service endpoint policies attached (SPEC NET-4 forbids them for integration). */
  public SubnetArbitrary withServiceEndpointPolicies() {
    return withTraits(traits.withServiceEndpointPolicies(true));
  }

  /** Subnets without service endpoints. */
  public SubnetArbitrary withoutServiceEndpoints() {
    return withTraits(traits.withServiceEndpoints(false));
  }

  /** Subnets without NSG, route table or NAT gateway. */
  public SubnetArbitrary withoutAttachments() {
    return withTraits(traits.withAttachments(false));
  }

  private SubnetArbitrary withTraits(SubnetTraits newTraits) {
    return new SubnetArbitrary(space, minPrefix, maxPrefix, explicitRange, vnetId, newTraits);
  }

  @Override
  protected Arbitrary<Subnet> arbitrary() {
    Arbitrary<ResourceId> vnets =
        vnetId != null
            ? Arbitraries.just(vnetId)
            : new ResourceIdArbitrary().ofKind(ResourceId.Kind.VIRTUAL_NETWORK);
    Arbitrary<Cidr> prefixes =
        Combinators.combine(
                CidrArbitrary.prefixLengths(effectiveMin(), effectiveMax(), 28),
                CidrArbitrary.blockIndexes())
            .as((p, index) -> CidrArbitrary.block(effectiveSpace(), p, index));
    return Combinators.combine(vnets, Genes.names(), prefixes, traits.extras())
        .as((vnet, name, prefix, extras) -> extras.build(vnet.child("subnets", name), prefix));
  }
}
