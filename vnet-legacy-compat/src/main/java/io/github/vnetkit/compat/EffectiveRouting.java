package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Map;
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

  /** The effective value of {@code routingSwitch}. */
  public final EffectiveSwitch get(RoutingSwitch routingSwitch) {
    return requireNonNull(switches().get(routingSwitch), "routingSwitch");
  }

  /** Whether {@code routingSwitch} is on (after {@code allTraffic}, LEG-2). */
  public final boolean isOn(RoutingSwitch routingSwitch) {
    return get(routingSwitch).on();
  }

  @Value.Check
  void check() {
    if (switches().size() != RoutingSwitch.values().length) {
      throw new IllegalStateException("every routing switch must be resolved: " + switches());
    }
  }
}
