package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.GatewayKind;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PeeringScope;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates virtual networks with non-overlapping subnets. By default: an ARM (not classic) VNet
 * with one IPv4 address space {@code 10.x.0.0/16}, one to three subnets of /24 to /28 that are
 * ready for integration (see {@link SubnetArbitrary}), named {@code snet1, snet2, ...} in address
 * order, no custom DNS, no peerings, no gateways. Shrinks towards one /28 subnet in {@code
 * 10.0.0.0/16}. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.virtualNetworks()
 *     .withSubnets(1, 5)
 *     .withSubnetPrefixBetween(24, 28)
 *     .inRegion(Region.of("westeurope"))
 *     .withPeerings(2);
 * }</pre>
 */
public final class VirtualNetworkArbitrary extends ArbitraryDecorator<VirtualNetwork> {

  /** IPv6 address spaces that {@link #withIpv6AddressSpace()} adds (SPEC NET-2). */
  static final ImmutableList<Cidr> IPV6_SPACES =
      ImmutableList.of(
          Cidr.parse("fd00::/48"), Cidr.parse("2001:db8::/56"), Cidr.parse("fd12:3456:789a::/64"));

  private static final IPv4Address AZURE_DNS = IpAddresses.parseIpv4("168.63.129.16");

  /**
   * Every knob's value; {@code null} or not explicit means "default, adapted to the rest". Knobs
   * change a fresh copy; a published instance is never changed.
   */
  private static final class Settings {
    private @Nullable Region region;
    private @Nullable Cidr space;
    private int minSubnets = 1;
    private int maxSubnets = 3;
    private boolean explicitCounts;
    private int minPrefix = 24;
    private int maxPrefix = 28;
    private boolean explicitRange;
    private SubnetTraits traits = SubnetTraits.INTEGRATION_READY;
    private boolean classic;
    private boolean ipv6;
    private boolean dnsServers;
    private int maxPeerings;
    private boolean gateways;

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.region = region;
      s.space = space;
      s.minSubnets = minSubnets;
      s.maxSubnets = maxSubnets;
      s.explicitCounts = explicitCounts;
      s.minPrefix = minPrefix;
      s.maxPrefix = maxPrefix;
      s.explicitRange = explicitRange;
      s.traits = traits;
      s.classic = classic;
      s.ipv6 = ipv6;
      s.dnsServers = dnsServers;
      s.maxPeerings = maxPeerings;
      s.gateways = gateways;
      change.accept(s);
      return s.check();
    }

    /** The prefix of the address space (/16 unless given). */
    int spacePrefix() {
      return space != null ? space.prefixLength() : 16;
    }

    long spaceSize() {
      return 1L << (32 - spacePrefix());
    }

    /** The longest subnet prefix: as asked, else /28 (or the space's own length if longer). */
    int effectiveMaxPrefix() {
      return explicitRange ? maxPrefix : Math.max(maxPrefix, spacePrefix());
    }

    /**
     * The shortest subnet prefix: as asked; else /24, lengthened until the subnets fit the space.
     */
    int effectiveMinPrefix() {
      if (explicitRange) {
        return minPrefix;
      }
      int min = Math.max(minPrefix, spacePrefix());
      while (min < effectiveMaxPrefix() && ((long) maxSubnets << (32 - min)) > spaceSize()) {
        min++;
      }
      return min;
    }

    /** The most subnets: as asked; else 3, or fewer if the space cannot hold 3. */
    int effectiveMaxSubnets() {
      if (explicitCounts) {
        return maxSubnets;
      }
      return (int) Math.min(maxSubnets, spaceSize() >> (32 - effectiveMinPrefix()));
    }

    int effectiveMinSubnets() {
      return Math.min(minSubnets, effectiveMaxSubnets());
    }

    /** Checks the knobs that were set explicitly against each other. */
    Settings check() {
      checkArgument(
          effectiveMinPrefix() >= spacePrefix(),
          "subnet prefix lengths /%s..%s do not fit inside address space %s",
          effectiveMinPrefix(),
          effectiveMaxPrefix(),
          space);
      checkArgument(
          ((long) effectiveMaxSubnets() << (32 - effectiveMinPrefix())) <= spaceSize(),
          "%s subnets of up to /%s do not fit inside address space %s",
          effectiveMaxSubnets(),
          effectiveMinPrefix(),
          space != null ? space : "10.x.0.0/16");
      return this;
    }
  }

  private final Settings settings;

  VirtualNetworkArbitrary() {
    this(new Settings());
  }

  private VirtualNetworkArbitrary(Settings settings) {
    this.settings = settings;
  }

  /**
   * Between {@code min} and {@code max} subnets (inclusive); shrinks towards {@code min}.
   *
   * @throws IllegalArgumentException unless {@code 0 <= min <= max <= 256}, or if {@code max}
   *     subnets of the longest allowed size cannot fit inside an address space or prefix range that
   *     was set explicitly
   */
  public VirtualNetworkArbitrary withSubnets(int min, int max) {
    Genes.checkBounds("subnet counts", min, max, 0, 256);
    return new VirtualNetworkArbitrary(
        settings.with(
            s -> {
              s.minSubnets = min;
              s.maxSubnets = max;
              s.explicitCounts = true;
            }));
  }

  /**
   * Subnet prefix lengths from {@code min} to {@code max} (default /24 to /28, adapted to a small
   * address space).
   *
   * @throws IllegalArgumentException if {@code min > max}, a bound is outside 0..32, or the subnets
   *     no longer fit inside an address space or subnet count that was set explicitly
   */
  public VirtualNetworkArbitrary withSubnetPrefixBetween(int min, int max) {
    Genes.checkBounds("prefix lengths", min, max, 0, 32);
    return new VirtualNetworkArbitrary(
        settings.with(
            s -> {
              s.minPrefix = min;
              s.maxPrefix = max;
              s.explicitRange = true;
            }));
  }

  /**
   * Always this IPv4 address space (instead of {@code 10.x.0.0/16}).
   *
   * @throws IllegalArgumentException if it is IPv6, or too small for a prefix range or subnet count
   *     that was set explicitly
   */
  public VirtualNetworkArbitrary withAddressSpace(Cidr addressSpace) {
    requireNonNull(addressSpace, "addressSpace").requireIpv4("VNet address space");
    return new VirtualNetworkArbitrary(settings.with(s -> s.space = addressSpace));
  }

  /** Always in this region. */
  public VirtualNetworkArbitrary inRegion(Region region) {
    requireNonNull(region, "region");
    return new VirtualNetworkArbitrary(settings.with(s -> s.region = region));
  }

  /** Subnets delegated to serverFarms, to another service, or not at all. */
  public VirtualNetworkArbitrary withMixedSubnets() {
    return new VirtualNetworkArbitrary(
        settings.with(s -> s.traits = s.traits.withDelegation(SubnetTraits.Delegation.MIXED)));
  }

  /** Classic (Azure Service Manager) VNets, which regional integration cannot use (NET-1). */
  public VirtualNetworkArbitrary classic() {
    return new VirtualNetworkArbitrary(settings.with(s -> s.classic = true));
  }

  /** VNets that also have an IPv6 address space, which regional integration forbids (NET-2). */
  public VirtualNetworkArbitrary withIpv6AddressSpace() {
    return new VirtualNetworkArbitrary(settings.with(s -> s.ipv6 = true));
  }

  /** VNets with zero to two custom DNS servers (inside the space, or 168.63.129.16; DNS-1). */
  public VirtualNetworkArbitrary withDnsServers() {
    return new VirtualNetworkArbitrary(settings.with(s -> s.dnsServers = true));
  }

  /**
   * VNets with zero to {@code max} peerings, regional or global, to remote VNets whose address
   * spaces overlap neither this VNet's nor each other's; a remote VNet is sometimes classic
   * (NET-9).
   *
   * @throws IllegalArgumentException if {@code max} is negative or above 8
   */
  public VirtualNetworkArbitrary withPeerings(int max) {
    checkArgument(max >= 0 && max <= 8, "peerings (%s) must be between 0 and 8", max);
    return new VirtualNetworkArbitrary(settings.with(s -> s.maxPeerings = max));
  }

  /** VNets with any set of gateways (ExpressRoute, VPN, both: coexistence, GW-2). */
  public VirtualNetworkArbitrary withGateways() {
    return new VirtualNetworkArbitrary(settings.with(s -> s.gateways = true));
  }

  private record SubnetGene(int prefix, int gap, SubnetTraits.Extras extras) {}

  private record Shape(
      ResourceId id, Region region, Cidr space, List<SubnetGene> subnets, Cidr ipv6Space) {}

  private record Extras(
      List<Integer> dnsOffsets, List<PeeringGene> peerings, Set<GatewayKind> gateways) {}

  private record PeeringGene(PeeringScope scope, boolean remoteClassic) {}

  @Override
  protected Arbitrary<VirtualNetwork> arbitrary() {
    Arbitrary<ResourceId> ids = new ResourceIdArbitrary().ofKind(ResourceId.Kind.VIRTUAL_NETWORK);
    Settings s = settings;
    Region region = s.region;
    Cidr space = s.space;
    Arbitrary<Region> regions = region != null ? Arbitraries.just(region) : new RegionArbitrary();
    Arbitrary<Cidr> spaces =
        space != null
            ? Arbitraries.just(space)
            : Arbitraries.integers().between(0, 255).map(x -> Cidr.parse("10." + x + ".0.0/16"));
    Arbitrary<SubnetGene> subnetGenes =
        Combinators.combine(
                CidrArbitrary.prefixLengths(s.effectiveMinPrefix(), s.effectiveMaxPrefix(), 28),
                Arbitraries.integers().between(0, 3),
                s.traits.extras())
            .as(SubnetGene::new);
    Arbitrary<Shape> shapes =
        Combinators.combine(
                ids,
                regions,
                spaces,
                subnetGenes
                    .list()
                    .ofMinSize(s.effectiveMinSubnets())
                    .ofMaxSize(s.effectiveMaxSubnets()),
                Arbitraries.of(IPV6_SPACES))
            .as(Shape::new);
    Arbitrary<List<Integer>> dns =
        s.dnsServers
            ? Arbitraries.integers().between(0, 250).list().ofMaxSize(2).uniqueElements()
            : Arbitraries.just(ImmutableList.of());
    Arbitrary<List<PeeringGene>> peerings =
        Combinators.combine(
                Arbitraries.of(PeeringScope.class),
                Arbitraries.frequency(Tuple2s.weighted(4, false), Tuple2s.weighted(1, true)))
            .as(PeeringGene::new)
            .list()
            .ofMaxSize(s.maxPeerings);
    Arbitrary<Set<GatewayKind>> gatewaySets =
        s.gateways ? Arbitraries.subsetOf(GatewayKind.values()) : Arbitraries.just(Set.of());
    Arbitrary<Extras> extras = Combinators.combine(dns, peerings, gatewaySets).as(Extras::new);
    return Combinators.combine(shapes, extras).as(this::build);
  }

  private VirtualNetwork build(Shape shape, Extras extras) {
    List<Integer> prefixes = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    for (SubnetGene g : shape.subnets()) {
      prefixes.add(g.prefix());
      gaps.add(g.gap());
    }
    List<Cidr> blocks = SubnetAllocator.allocate(shape.space(), prefixes, gaps);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(blocks::get));
    VirtualNetwork.Builder b =
        VirtualNetwork.builder()
            .id(shape.id())
            .region(shape.region())
            .classic(settings.classic)
            .addAddressSpaces(shape.space());
    if (settings.ipv6) {
      b.addAddressSpaces(shape.ipv6Space());
    }
    List<Subnet> subnets = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      int i = order.get(k);
      subnets.add(
          shape
              .subnets()
              .get(i)
              .extras()
              .build(shape.id().child("subnets", "snet" + (k + 1)), blocks.get(i)));
    }
    b.addAllSubnets(subnets);
    for (int offset : extras.dnsOffsets()) {
      b.addDnsServers(dnsServer(shape.space(), offset));
    }
    List<Cidr> taken = new ArrayList<>(List.of(shape.space()));
    for (int i = 0; i < extras.peerings().size(); i++) {
      PeeringGene g = extras.peerings().get(i);
      Cidr remote = remoteSpace(taken);
      taken.add(remote);
      b.addPeerings(
          Peering.builder()
              .remoteVirtualNetworkId(
                  ResourceId.virtualNetwork(
                      shape.id().subscriptionId(), shape.id().resourceGroup(), "peer" + (i + 1)))
              .addRemoteAddressSpaces(remote)
              .scope(g.scope())
              .remoteClassic(g.remoteClassic())
              .build());
    }
    b.addAllGateways(extras.gateways);
    return b.build();
  }

  /** Azure DNS for offset 0, else an address inside the space (the 4th host onwards). */
  private static IPAddress dnsServer(Cidr space, int offset) {
    if (offset == 0) {
      return AZURE_DNS;
    }
    long size = 1L << (32 - space.prefixLength());
    long host = size <= 4 ? 0 : 3 + Math.floorMod(offset, size - 4);
    return new IPv4Address((int) (space.toIpv4Block().getLower().longValue() + host));
  }

  /** The first candidate peer address space that overlaps none of {@code taken}. */
  private static Cidr remoteSpace(List<Cidr> taken) {
    for (int i = 0; i < 256; i++) {
      Cidr candidate =
          i < 100
              ? Cidr.parse("10." + (100 + i) + ".0.0/16")
              : Cidr.parse("172." + (16 + (i - 100) % 16) + "." + (i - 100) / 16 + ".0/24");
      if (taken.stream().noneMatch(candidate::overlaps)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free peer address space next to " + taken);
  }
}
