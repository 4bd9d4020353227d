package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.DnsName;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates fully qualified {@link DnsName}s: one or two short readable labels ({@code shop},
 * {@code a1b2}) under a zone. By default the zone is {@code contoso.com}, a public Azure service
 * domain ({@code database.windows.net}, {@code blob.core.windows.net}, ...) or a private-link zone
 * ({@code privatelink.database.windows.net}, ...), so that names in and around private zones are
 * common. Every value is built with {@link DnsName#of(String)}, so it is normalised (lower case, no
 * trailing dot) and at most 253 characters long. Shrinks towards {@code a.contoso.com} (or {@code
 * a} under the first zone asked for). Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.dnsNames();                                   // shop.database.windows.net, ...
 * VnetArbitraries.dnsNames().inZone(DnsName.of("privatelink.blob.core.windows.net"));
 * VnetArbitraries.dnsNames().inPrivateLinkZones().withLabelsUpTo(1); // x.privatelink.<service>
 * VnetArbitraries.dnsNames().withLongLabels();                  // 63-character labels, 253 in all
 * }</pre>
 */
public final class DnsNameArbitrary extends ArbitraryDecorator<DnsName> {

  private final ImmutableList<DnsName> zones;
  private final int maxLabels;
  private final boolean longLabels;

  DnsNameArbitrary() {
    this(DnsPools.NAME_ZONES, 2, false);
  }

  private DnsNameArbitrary(ImmutableList<DnsName> zones, int maxLabels, boolean longLabels) {
    this.zones = zones;
    this.maxLabels = maxLabels;
    this.longLabels = longLabels;
  }

  /**
   * Only names under {@code zone} (never the zone's apex itself).
   *
   * @throws IllegalArgumentException if {@code zone} has more than 251 characters, leaving no room
   *     for a label in front of it; the message quotes the zone
   */
  public DnsNameArbitrary inZone(DnsName zone) {
    requireNonNull(zone, "zone");
    checkArgument(
        zone.name().length() <= DnsPools.MAX_NAME - 2,
        "zone '%s' (%s characters) leaves no room for a label: a name has at most %s characters",
        zone,
        zone.name().length(),
        DnsPools.MAX_NAME);
    return new DnsNameArbitrary(ImmutableList.of(zone), maxLabels, longLabels);
  }

  /**
   * Only names under a real Azure private-link zone ({@code privatelink.database.windows.net},
   * {@code privatelink.blob.core.windows.net}, {@code privatelink.vaultcore.azure.net}, ...; the
   * pool {@link VnetArbitraries#privateDnsZones()} draws zone names from).
   */
  public DnsNameArbitrary inPrivateLinkZones() {
    return new DnsNameArbitrary(DnsPools.PRIVATE_LINK_ZONES, maxLabels, longLabels);
  }

  /**
   * One to {@code max} labels in front of the zone (default two).
   *
   * @throws IllegalArgumentException unless {@code 1 <= max <= 10}
   */
  public DnsNameArbitrary withLabelsUpTo(int max) {
    checkArgument(max >= 1 && max <= 10, "labels (%s) must be between 1 and 10", max);
    return new DnsNameArbitrary(zones, max, longLabels);
  }

  /**
   * Labels of 1 to 63 letters, digits, '-' and '_' instead of short ones, with the limits as edge
   * cases: labels of exactly 63 characters, and names of exactly 253 characters. Still shrinks
   * towards {@code a} under the zone.
   */
  public DnsNameArbitrary withLongLabels() {
    return new DnsNameArbitrary(zones, maxLabels, true);
  }

  @Override
  protected Arbitrary<DnsName> arbitrary() {
    ImmutableList<DnsName> z = zones;
    Arbitrary<String> labels = longLabels ? DnsPools.longLabels() : DnsPools.shortLabels();
    Arbitrary<Boolean> fill =
        longLabels
            ? Arbitraries.frequency(List.of(Tuple2s.weighted(7, false), Tuple2s.weighted(1, true)))
            : Arbitraries.just(false);
    return Combinators.combine(
            Genes.index(z.size()), labels.list().ofMinSize(1).ofMaxSize(maxLabels), fill)
        .as((zone, relative, full) -> build(Genes.pick(z, zone), relative, full));
  }

  /** The name {@code relative} labels under {@code zone}, cut (or filled) to fit 253 characters. */
  static DnsName build(DnsName zone, List<String> relative, boolean fill) {
    int room = DnsPools.MAX_NAME - zone.name().length() - 1;
    String prefix = fill ? DnsPools.filling(room, 'x') : DnsPools.fit(relative, room);
    return DnsName.of(prefix + "." + zone.name());
  }
}
