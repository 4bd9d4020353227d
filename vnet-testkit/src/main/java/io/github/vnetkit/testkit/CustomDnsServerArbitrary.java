package io.github.vnetkit.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.ResourceId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates what vnetkit knows of a custom DNS server ({@link CustomDnsServer}, SPEC DNS-1..DNS-3):
 * its address ({@code 10.0.0.4}, {@code 10.0.0.5}, {@code 10.0.0.6} or a hub's {@code 10.100.0.4}),
 * zero to two A records of its own (names from {@link VnetArbitraries#dnsNames()}, private-endpoint
 * addresses), and whether it forwards other queries to Azure DNS; a forwarder sometimes names the
 * VNet it runs in ({@code forwardingVirtualNetworkId}), a server that does not forward never does.
 * Built with {@code CustomDnsServer.builder()}. Shrinks towards {@code 10.0.0.4} without records,
 * not forwarding. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.customDnsServers().withAddress(IpAddresses.parseIpv4("10.0.0.4"));
 * VnetArbitraries.customDnsServers().forwardingFrom(hub.id()).withRecords(0, 0); // a pure forwarder
 * VnetArbitraries.customDnsServers().notForwarding()
 *     .withRecordNames(VnetArbitraries.dnsNames().inPrivateLinkZones());
 * }</pre>
 */
public final class CustomDnsServerArbitrary extends ArbitraryDecorator<CustomDnsServer> {

  /** Whether the server forwards to Azure DNS. */
  private enum Forwarding {
    SOMETIMES,
    ALWAYS,
    NEVER
  }

  /** The knobs' values. Knobs change a fresh copy; a published instance is never changed. */
  private static final class Settings {
    private @Nullable IPv4Address address;
    private Forwarding forwarding = Forwarding.SOMETIMES;
    private @Nullable ResourceId forwardingFrom;
    private int minRecords;
    private int maxRecords = 2;
    private Arbitrary<DnsName> recordNames = new DnsNameArbitrary();

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.address = address;
      s.forwarding = forwarding;
      s.forwardingFrom = forwardingFrom;
      s.minRecords = minRecords;
      s.maxRecords = maxRecords;
      s.recordNames = recordNames;
      change.accept(s);
      return s;
    }
  }

  private final Settings settings;

  CustomDnsServerArbitrary() {
    this(new Settings());
  }

  private CustomDnsServerArbitrary(Settings settings) {
    this.settings = settings;
  }

  /**
   * Servers at this address.
   *
   * @throws IllegalArgumentException if {@code address} has a prefix length or stands for several
   *     addresses; the message quotes it
   */
  public CustomDnsServerArbitrary withAddress(IPv4Address address) {
    requireNonNull(address, "address");
    CustomDnsServer.builder().address(address).build(); // the model's check of the address
    return new CustomDnsServerArbitrary(settings.with(s -> s.address = address));
  }

  /**
   * Servers that forward what they cannot answer to Azure DNS (sometimes naming a random VNet they
   * run in, more often not, meaning the app's VNet). The last of {@code forwardingToAzureDns()},
   * {@link #forwardingFrom(ResourceId)} and {@link #notForwarding()} wins.
   */
  public CustomDnsServerArbitrary forwardingToAzureDns() {
    return new CustomDnsServerArbitrary(
        settings.with(
            s -> {
              s.forwarding = Forwarding.ALWAYS;
              s.forwardingFrom = null;
            }));
  }

  /**
   * Servers that forward to Azure DNS from the virtual network {@code vnetId}, whose linked private
   * zones then answer (DNS-3).
   *
   * @throws IllegalArgumentException if {@code vnetId} is not a VNet id; the message quotes it
   */
  public CustomDnsServerArbitrary forwardingFrom(ResourceId vnetId) {
    requireNonNull(vnetId, "vnetId").requireKind(ResourceId.Kind.VIRTUAL_NETWORK, "vnetId");
    return new CustomDnsServerArbitrary(
        settings.with(
            s -> {
              s.forwarding = Forwarding.ALWAYS;
              s.forwardingFrom = vnetId;
            }));
  }

  /** Servers that answer only from their own records and public DNS. */
  public CustomDnsServerArbitrary notForwarding() {
    return new CustomDnsServerArbitrary(
        settings.with(
            s -> {
              s.forwarding = Forwarding.NEVER;
              s.forwardingFrom = null;
            }));
  }

  /**
   * {@code min} to {@code max} A records of the server's own (default zero to two).
   *
   * @throws IllegalArgumentException unless {@code 0 <= min <= max <= 50}
   */
  public CustomDnsServerArbitrary withRecords(int min, int max) {
    Genes.checkBounds("A records", min, max, 0, 50);
    return new CustomDnsServerArbitrary(
        settings.with(
            s -> {
              s.minRecords = min;
              s.maxRecords = max;
            }));
  }

  /**
   * The names of the server's A records come from {@code names} (for example {@code
   * dnsNames().inPrivateLinkZones()}); repeated names are dropped, so a server may have fewer
   * records than {@link #withRecords(int, int)} asks when {@code names} has few values.
   */
  public CustomDnsServerArbitrary withRecordNames(Arbitrary<DnsName> names) {
    requireNonNull(names, "names");
    return new CustomDnsServerArbitrary(settings.with(s -> s.recordNames = names));
  }

  private record Record(DnsName name, int range, int host) {}

  private record ForwardingGene(boolean forwards, Optional<ResourceId> from) {}

  @Override
  protected Arbitrary<CustomDnsServer> arbitrary() {
    Settings s = settings;
    IPv4Address fixed = s.address;
    Arbitrary<IPv4Address> addresses =
        fixed != null ? Arbitraries.just(fixed) : Arbitraries.of(DnsPools.SERVER_ADDRESSES);
    ImmutableList<Cidr> ranges = DnsPools.ENDPOINT_RANGES;
    Arbitrary<List<Record>> records =
        Combinators.combine(s.recordNames, Genes.index(ranges.size()), DnsPools.hostOffsets())
            .as(Record::new)
            .list()
            .uniqueElements(Record::name)
            .ofMinSize(s.minRecords)
            .ofMaxSize(s.maxRecords);
    return Combinators.combine(addresses, records, forwarding(s))
        .as(
            (address, list, forwarding) -> {
              CustomDnsServer.Builder b =
                  CustomDnsServer.builder()
                      .address(address)
                      .forwardsToAzureDns(forwarding.forwards())
                      .forwardingVirtualNetworkId(forwarding.from());
              for (Record r : list) {
                b.putARecords(r.name(), DnsPools.address(Genes.pick(ranges, r.range()), r.host()));
              }
              return b.build();
            });
  }

  private static Arbitrary<ForwardingGene> forwarding(Settings s) {
    ResourceId from = s.forwardingFrom;
    if (from != null) {
      return Arbitraries.just(new ForwardingGene(true, Optional.of(from)));
    }
    Arbitrary<Optional<ResourceId>> vnets =
        new ResourceIdArbitrary().ofKind(ResourceId.Kind.VIRTUAL_NETWORK).optional(0.3);
    return switch (s.forwarding) {
      case NEVER -> Arbitraries.just(new ForwardingGene(false, Optional.empty()));
      case ALWAYS -> vnets.map(v -> new ForwardingGene(true, v));
      case SOMETIMES ->
          Combinators.combine(Arbitraries.of(false, true), vnets)
              .as((f, v) -> new ForwardingGene(f, f ? v : Optional.empty()));
    };
  }
}
