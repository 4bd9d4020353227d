package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates Azure DNS {@link PrivateDnsZone}s (SPEC DNS-1, DNS-3): a real private-link zone name
 * ({@code privatelink.database.windows.net}, {@code privatelink.blob.core.windows.net}, {@code
 * privatelink.vaultcore.azure.net}, ...), zero to three A records whose relative names are short
 * labels ({@code shop}, {@code a1}) and whose addresses are private-endpoint addresses (from {@code
 * 10.0.2.0/24}, {@code 10.100.2.0/24}, {@code 172.20.1.0/24} or {@code 192.168.50.0/24}, the 4th
 * host onwards), and zero to two linked virtual networks. Built with {@code
 * PrivateDnsZone.builder()}; every record's full name is a valid {@link DnsName} that {@link
 * PrivateDnsZone#addressOf(DnsName)} resolves to the record. Shrinks towards {@code
 * privatelink.database.windows.net} with no records and no links. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.privateDnsZones().linkedTo(vnet.id()).withRecords(1, 3);
 * VnetArbitraries.privateDnsZones().unlinked().named(DnsName.of("privatelink.azurewebsites.net"));
 * VnetArbitraries.privateDnsZones().withAddressesIn(Cidr.parse("10.1.5.0/24"));
 * }</pre>
 */
public final class PrivateDnsZoneArbitrary extends ArbitraryDecorator<PrivateDnsZone> {

  /** How the zone is linked. */
  private enum Links {
    ANY,
    LINKED_TO,
    NONE
  }

  /** The knobs' values. Knobs change a fresh copy; a published instance is never changed. */
  private static final class Settings {
    private @Nullable DnsName name;
    private Links links = Links.ANY;
    private @Nullable ResourceId linkedTo;
    private int minRecords;
    private int maxRecords = 3;
    private ImmutableList<Cidr> ranges = DnsPools.ENDPOINT_RANGES;

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.name = name;
      s.links = links;
      s.linkedTo = linkedTo;
      s.minRecords = minRecords;
      s.maxRecords = maxRecords;
      s.ranges = ranges;
      change.accept(s);
      return s;
    }
  }

  private final Settings settings;

  PrivateDnsZoneArbitrary() {
    this(new Settings());
  }

  private PrivateDnsZoneArbitrary(Settings settings) {
    this.settings = settings;
  }

  /**
   * Zones of this name (any name, not only a private-link one).
   *
   * @throws IllegalArgumentException if {@code zone} has more than 244 characters, leaving no room
   *     for a record name of up to eight characters in front of it; the message quotes the zone
   */
  public PrivateDnsZoneArbitrary named(DnsName zone) {
    requireNonNull(zone, "zone");
    checkArgument(
        zone.name().length() <= DnsPools.MAX_NAME - DnsPools.SHORT_LABEL - 1,
        "zone '%s' (%s characters) leaves no room for record names of up to %s characters",
        zone,
        zone.name().length(),
        DnsPools.SHORT_LABEL);
    return new PrivateDnsZoneArbitrary(settings.with(s -> s.name = zone));
  }

  /**
   * Zones linked to the virtual network {@code vnetId}, and sometimes to one more.
   *
   * @throws IllegalArgumentException if {@code vnetId} is not a VNet id; the message quotes it
   */
  public PrivateDnsZoneArbitrary linkedTo(ResourceId vnetId) {
    requireNonNull(vnetId, "vnetId").requireKind(ResourceId.Kind.VIRTUAL_NETWORK, "vnetId");
    return new PrivateDnsZoneArbitrary(
        settings.with(
            s -> {
              s.links = Links.LINKED_TO;
              s.linkedTo = vnetId;
            }));
  }

  /** Zones linked to no virtual network (so that no app resolves their names, DNS-1). */
  public PrivateDnsZoneArbitrary unlinked() {
    return new PrivateDnsZoneArbitrary(
        settings.with(
            s -> {
              s.links = Links.NONE;
              s.linkedTo = null;
            }));
  }

  /**
   * {@code min} to {@code max} A records (default zero to three).
   *
   * @throws IllegalArgumentException unless {@code 0 <= min <= max <= 50}
   */
  public PrivateDnsZoneArbitrary withRecords(int min, int max) {
    Genes.checkBounds("A records", min, max, 0, 50);
    return new PrivateDnsZoneArbitrary(
        settings.with(
            s -> {
              s.minRecords = min;
              s.maxRecords = max;
            }));
  }

  /**
   * A records whose addresses lie in {@code range} (from its 4th address on, when it has more than
   * four).
   *
   * @throws IllegalArgumentException if {@code range} is IPv6; the message quotes it
   */
  public PrivateDnsZoneArbitrary withAddressesIn(Cidr range) {
    requireNonNull(range, "range").requireIpv4("A record range");
    return new PrivateDnsZoneArbitrary(settings.with(s -> s.ranges = ImmutableList.of(range)));
  }

  /** One A record: relative name, address range, host offset. */
  record RecordGene(String name, int range, int host) {}

  /** A records with unique relative names, {@code min} to {@code max} of them. */
  static Arbitrary<List<RecordGene>> records(int min, int max, int ranges) {
    return Combinators.combine(DnsPools.shortLabels(), Genes.index(ranges), DnsPools.hostOffsets())
        .as(RecordGene::new)
        .list()
        .uniqueElements(RecordGene::name)
        .ofMinSize(min)
        .ofMaxSize(max);
  }

  @Override
  protected Arbitrary<PrivateDnsZone> arbitrary() {
    Settings s = settings;
    DnsName fixed = s.name;
    Arbitrary<DnsName> names =
        fixed != null ? Arbitraries.just(fixed) : Arbitraries.of(DnsPools.PRIVATE_LINK_ZONES);
    Arbitrary<List<ResourceId>> others =
        switch (s.links) {
          case ANY -> vnetIds().list().ofMaxSize(2).uniqueElements();
          case LINKED_TO -> vnetIds().list().ofMaxSize(1);
          case NONE -> Arbitraries.just(List.of());
        };
    ResourceId linked = s.linkedTo;
    ImmutableList<Cidr> ranges = s.ranges;
    return Combinators.combine(names, others, records(s.minRecords, s.maxRecords, ranges.size()))
        .as(
            (name, links, records) -> {
              PrivateDnsZone.Builder b = PrivateDnsZone.builder().name(name);
              if (linked != null) {
                b.addLinkedVirtualNetworkIds(linked);
              }
              b.addAllLinkedVirtualNetworkIds(links);
              for (RecordGene r : records) {
                b.putARecords(r.name(), DnsPools.address(Genes.pick(ranges, r.range()), r.host()));
              }
              return b.build();
            });
  }

  private static Arbitrary<ResourceId> vnetIds() {
    return new ResourceIdArbitrary().ofKind(ResourceId.Kind.VIRTUAL_NETWORK);
  }
}
