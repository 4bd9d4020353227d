package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.IPAddress;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The routing switches and DNS servers in effect for an app or slot, with provenance: the answer of
 * {@link SwitchResolver#resolve(io.github.vnetkit.model.Site)}.
 *
 * <pre>{@code
 * EffectiveRouting routing = SwitchResolver.strict().resolve(app);
 * if (routing.isOn(RoutingSwitch.APPLICATION_TRAFFIC)) {
 *   // all application traffic enters the VNet (APP-1)
 * }
 * routing.dnsServers(); // the app's own DNS servers; empty means the VNet's (DNS-1)
 * }</pre>
 */
@Value.Immutable
public abstract class EffectiveRouting {

  EffectiveRouting() {}

  static ImmutableEffectiveRouting.Builder builder() {
    return ImmutableEffectiveRouting.builder();
  }

  /** The mode the app settings were read in. */
  public abstract ValueMode mode();

  /** Every switch of {@link RoutingSwitch}, in declaration order. */
  public abstract Map<RoutingSwitch, EffectiveSwitch> switches();

  /** The app's own DNS servers in order of use (primary, then the alternate); may be empty. */
  public abstract List<IPAddress> dnsServers();

  /** Where {@link #dnsServers()} came from. */
  public abstract DnsSource dnsSource();

  /**
   * DNS sources that were set but lost to {@link #dnsSource()} (LEG-1): {@code [APP_SETTINGS]} when
   * {@code dnsConfiguration} is set and a DNS app setting is present too; otherwise empty.
   */
  public abstract List<DnsSource> dnsOverridden();

  /**
   * The individual switches that are on (after {@code allTraffic}, LEG-2), in declaration order:
   * the traffic this configuration sends through the VNet.
   */
  public final Set<RoutingSwitch> trafficOn() {
    Set<RoutingSwitch> on = EnumSet.noneOf(RoutingSwitch.class);
    for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
      if (isOn(s)) {
        on.add(s);
      }
    }
    return Collections.unmodifiableSet(on);
  }

  /**
   * Whether {@code other} routes the same traffic and uses the same DNS servers: the same {@link
   * #trafficOn()} and the same {@link #dnsServers()}, whatever sources decided them. {@code
   * allTraffic} itself is not compared, because it means exactly "every individual switch on"
   * (LEG-2) and has no legacy property to carry it (LEG-5). This is the equality a migration keeps
   * (LEG-6).
   */
  public final boolean sameRoutingAs(EffectiveRouting other) {
    return trafficOn().equals(other.trafficOn()) && dnsServers().equals(other.dnsServers());
  }

  /**
   * The effective value of {@code routingSwitch}.
   *
   * @throws NullPointerException if {@code routingSwitch} is null
   */
  public final EffectiveSwitch get(RoutingSwitch routingSwitch) {
    return requireNonNull(switches().get(routingSwitch), "routingSwitch");
  }

  /** Whether {@code routingSwitch} is on (after {@code allTraffic}, LEG-2). */
  public final boolean isOn(RoutingSwitch routingSwitch) {
    return get(routingSwitch).on();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("EffectiveRouting{").append(mode());
    for (EffectiveSwitch s : switches().values()) {
      sb.append(", ").append(s);
    }
    return sb.append(", dns ")
        .append(dnsServers())
        .append(" from ")
        .append(dnsSource())
        .append('}')
        .toString();
  }

  @Value.Check
  void check() {
    if (switches().size() != RoutingSwitch.values().length) {
      throw new IllegalStateException("every routing switch must be resolved: " + switches());
    }
  }
}
