package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TransportProtocol;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates flows for {@code RoutingEvaluator.evaluate(Flow)}: destinations inside and around the
 * prefixes the routing generators use (RFC 1918, {@code 100.64.0.0/10} shared address space, the
 * VNet and peered spaces of {@link VnetArbitraries#routingScenarios()}, service tag ranges, public
 * addresses) and sometimes any IPv4 address; ports such as 443, 445, 1433, 25, 53 and sometimes
 * any; TCP mostly, UDP one time in four. By default flows are outbound (one in twenty inbound), of
 * kind {@code APPLICATION} two times in three and of any {@link TrafficKind} otherwise, and the
 * destination blocks public access one time in four (Key Vault, CFG-6). Shrinks towards an outbound
 * application TCP flow to {@code 0.0.0.0} on port 443 (the first address of the first pool prefix,
 * {@code 0.0.0.0/0}). Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.flows().applicationTraffic().toPublic();
 * VnetArbitraries.flows().ofKind(TrafficKind.CONTENT_SHARE, TrafficKind.IMAGE_PULL).toRfc1918();
 * VnetArbitraries.flows().to(Cidr.parse("10.0.1.0/26")).inbound();
 * }</pre>
 */
public final class FlowArbitrary extends ArbitraryDecorator<Flow> {

  /** Where destinations lie. */
  private enum Destinations {
    ANY,
    RFC1918,
    PUBLIC,
    SHARED,
    CUSTOM
  }

  /** The knobs' values. Knobs change a fresh copy; a published instance is never changed. */
  private static final class Settings {
    private @Nullable TrafficDirection direction;
    private @Nullable ImmutableSet<TrafficKind> kinds;
    private Destinations destinations = Destinations.ANY;
    private ImmutableList<Cidr> custom = ImmutableList.of();

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.direction = direction;
      s.kinds = kinds;
      s.destinations = destinations;
      s.custom = custom;
      change.accept(s);
      return s;
    }
  }

  private static final ImmutableList<Cidr> SHARED_POOL =
      ImmutableList.of(
          RoutingPools.SHARED_ADDRESS_SPACE,
          Cidr.parse("100.64.1.0/24"),
          Cidr.parse("100.127.0.0/16"));

  private final Settings settings;

  FlowArbitrary() {
    this(new Settings());
  }

  private FlowArbitrary(Settings settings) {
    this.settings = settings;
  }

  /** Only outbound flows. */
  public FlowArbitrary outbound() {
    return new FlowArbitrary(settings.with(s -> s.direction = TrafficDirection.OUTBOUND));
  }

  /** Only inbound flows (which the evaluator reports as out of its scope). */
  public FlowArbitrary inbound() {
    return new FlowArbitrary(settings.with(s -> s.direction = TrafficDirection.INBOUND));
  }

  /** Only outbound flows of kind {@code APPLICATION}: the app's own traffic (APP-1, APP-2). */
  public FlowArbitrary applicationTraffic() {
    return new FlowArbitrary(
        settings.with(
            s -> {
              s.direction = TrafficDirection.OUTBOUND;
              s.kinds = ImmutableSet.of(TrafficKind.APPLICATION);
            }));
  }

  /**
   * Only flows of these kinds (configuration traffic such as {@code CONTENT_SHARE}, CFG-1..CFG-7);
   * shrinks towards the first.
   *
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public FlowArbitrary ofKind(TrafficKind... kinds) {
    checkArgument(kinds.length > 0, "ofKind() needs at least one TrafficKind");
    ImmutableSet<TrafficKind> chosen = ImmutableSet.copyOf(Arrays.asList(kinds));
    return new FlowArbitrary(settings.with(s -> s.kinds = chosen));
  }

  /** Only destinations in RFC 1918 ranges (APP-2: routed into the VNet without APP-1). */
  public FlowArbitrary toRfc1918() {
    return new FlowArbitrary(settings.with(s -> s.destinations = Destinations.RFC1918));
  }

  /** Only public destinations: outside RFC 1918 and {@code 100.64.0.0/10}. */
  public FlowArbitrary toPublic() {
    return new FlowArbitrary(settings.with(s -> s.destinations = Destinations.PUBLIC));
  }

  /** Only destinations in the RFC 6598 shared address space {@code 100.64.0.0/10}. */
  public FlowArbitrary toSharedAddressSpace() {
    return new FlowArbitrary(settings.with(s -> s.destinations = Destinations.SHARED));
  }

  /**
   * Only destinations inside these IPv4 prefixes, first and last addresses included; shrinks
   * towards the first address of the first prefix.
   *
   * @throws IllegalArgumentException if {@code prefixes} is empty or holds an IPv6 prefix
   */
  public FlowArbitrary to(Cidr... prefixes) {
    checkArgument(prefixes.length > 0, "to() needs at least one prefix");
    for (Cidr p : prefixes) {
      requireNonNull(p, "prefix").requireIpv4("flow destination prefix");
    }
    ImmutableList<Cidr> chosen = ImmutableList.copyOf(prefixes);
    return new FlowArbitrary(
        settings.with(
            s -> {
              s.destinations = Destinations.CUSTOM;
              s.custom = chosen;
            }));
  }

  @Override
  protected Arbitrary<Flow> arbitrary() {
    Settings s = settings;
    TrafficDirection fixedDirection = s.direction;
    Arbitrary<TrafficDirection> directions =
        fixedDirection != null
            ? Arbitraries.just(fixedDirection)
            : Arbitraries.frequency(
                Tuple2s.weighted(19, TrafficDirection.OUTBOUND),
                Tuple2s.weighted(1, TrafficDirection.INBOUND));
    ImmutableSet<TrafficKind> fixedKinds = s.kinds;
    Arbitrary<TrafficKind> kinds =
        fixedKinds != null
            ? Arbitraries.of(fixedKinds.asList())
            : Arbitraries.frequencyOf(
                List.of(
                    Tuple2s.weighted(2, Arbitraries.just(TrafficKind.APPLICATION)),
                    Tuple2s.weighted(1, Arbitraries.of(TrafficKind.class))));
    Arbitrary<Integer> ports =
        Arbitraries.frequencyOf(
            List.of(
                Tuple2s.weighted(4, Arbitraries.of(RoutingPools.FLOW_PORTS)),
                Tuple2s.weighted(1, Arbitraries.integers().between(0, 65_535))));
    Arbitrary<TransportProtocol> protocols =
        Arbitraries.frequency(
            Tuple2s.weighted(3, TransportProtocol.TCP), Tuple2s.weighted(1, TransportProtocol.UDP));
    Arbitrary<Boolean> blocksPublic =
        Arbitraries.frequency(Tuple2s.weighted(3, false), Tuple2s.weighted(1, true));
    return Combinators.combine(destinations(), ports, protocols, directions, kinds, blocksPublic)
        .as(
            (destination, port, protocol, direction, kind, blocks) ->
                Flow.builder()
                    .destination(destination)
                    .port(port)
                    .protocol(protocol)
                    .direction(direction)
                    .kind(kind)
                    .destinationBlocksPublicAccess(blocks)
                    .build());
  }

  private Arbitrary<IPv4Address> destinations() {
    Arbitrary<IPv4Address> anyAddress = Arbitraries.integers().map(IPv4Address::new);
    return switch (settings.destinations) {
      case ANY ->
          Arbitraries.frequencyOf(
              List.of(
                  Tuple2s.weighted(5, RoutingPools.addressesIn(RoutingPools.PREFIXES)),
                  Tuple2s.weighted(5, RoutingPools.addressesIn(RoutingPools.MORE_DESTINATIONS)),
                  Tuple2s.weighted(2, anyAddress)));
      case RFC1918 -> RoutingPools.addressesIn(within(RoutingPools.RFC1918));
      case PUBLIC ->
          Arbitraries.frequencyOf(
              List.of(
                  Tuple2s.weighted(5, RoutingPools.addressesIn(publicPrefixes())),
                  Tuple2s.weighted(1, anyAddress.filter(RoutingPools::isPublic))));
      case SHARED -> RoutingPools.addressesIn(SHARED_POOL);
      case CUSTOM -> RoutingPools.addressesIn(settings.custom);
    };
  }

  /** The pool prefixes inside {@code ranges}, and the ranges themselves. */
  private static List<Cidr> within(List<Cidr> ranges) {
    ImmutableList.Builder<Cidr> b = ImmutableList.builder();
    for (Cidr p : pool()) {
      if (ranges.stream().anyMatch(r -> r.contains(p))) {
        b.add(p);
      }
    }
    return b.addAll(ranges).build().stream().distinct().toList();
  }

  /** The pool prefixes that overlap no RFC 1918 range and not 100.64.0.0/10. */
  private static List<Cidr> publicPrefixes() {
    return pool().stream()
        .filter(p -> RoutingPools.RFC1918.stream().noneMatch(p::overlaps))
        .filter(p -> !p.overlaps(RoutingPools.SHARED_ADDRESS_SPACE))
        .toList();
  }

  private static List<Cidr> pool() {
    return ImmutableList.<Cidr>builder()
        .addAll(RoutingPools.PREFIXES)
        .addAll(RoutingPools.MORE_DESTINATIONS)
        .build();
  }
}
