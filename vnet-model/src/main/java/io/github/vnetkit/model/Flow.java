package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import inet.ipaddr.ipv4.IPv4Address;
import org.immutables.value.Value;

/**
 * A flow whose fate the routing evaluator decides: an IPv4 destination, a destination port, a
 * transport protocol (TCP or UDP, SPEC TIER-4), a direction and the kind of traffic (application or
 * one of the configuration kinds, SPEC APP and CFG).
 *
 * <p>{@link #destinationBlocksPublicAccess()} says whether the destination service rejects traffic
 * from the public internet (a Key Vault or storage account with public network access disabled or
 * restricted to networks): it decides the Key Vault reference retry (SPEC CFG-6) and the CFG-7
 * findings.
 *
 * <pre>{@code
 * Flow sql = Flow.outbound(IpAddresses.parseIpv4("10.1.0.4"), 1433, TransportProtocol.TCP);
 * Flow pull = Flow.builder()
 *     .destination(IpAddresses.parseIpv4("20.61.0.10"))
 *     .port(443)
 *     .protocol(TransportProtocol.TCP)
 *     .kind(TrafficKind.IMAGE_PULL)
 *     .build();
 * sql.toString(); // "OUTBOUND APPLICATION TCP 10.1.0.4:1433"
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the destination is not a single
 * address or the port is outside 0..65535.
 */
@Value.Immutable
public abstract class Flow {

  Flow() {}

  /** A new builder; direction defaults to outbound and kind to application traffic. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An outbound application-traffic flow.
   *
   * @throws IllegalArgumentException as {@code build()}
   */
  public static Flow outbound(IPv4Address destination, int port, TransportProtocol protocol) {
    return builder().destination(destination).port(port).protocol(protocol).build();
  }

  /** Builds a {@link Flow}. */
  public static final class Builder extends ImmutableFlow.Builder {
    Builder() {}
  }

  /** The destination address. */
  public abstract IPv4Address destination();

  /** The destination port, 0 to 65535. */
  public abstract int port();

  /** TCP or UDP. */
  public abstract TransportProtocol protocol();

  /** Outbound (from the app) or inbound; defaults to outbound. */
  @Value.Default
  public TrafficDirection direction() {
    return TrafficDirection.OUTBOUND;
  }

  /** The kind of traffic; defaults to application traffic. */
  @Value.Default
  public TrafficKind kind() {
    return TrafficKind.APPLICATION;
  }

  /**
   * Whether the destination rejects traffic from the public internet (public network access
   * disabled, or allowed from selected networks only). Defaults to {@code false}.
   */
  @Value.Default
  public boolean destinationBlocksPublicAccess() {
    return false;
  }

  @Value.Check
  void check() {
    checkArgument(
        !destination().isMultiple() && destination().getNetworkPrefixLength() == null,
        "flow destination '%s' must be a single address without prefix length",
        destination());
    checkArgument(
        port() >= 0 && port() <= PortRange.MAX_PORT,
        "flow port (%s) must be between 0 and 65535",
        port());
  }

  /** Such as {@code OUTBOUND APPLICATION TCP 10.1.0.4:1433}. */
  @Override
  public String toString() {
    return direction()
        + " "
        + kind()
        + " "
        + protocol()
        + " "
        + destination()
        + ":"
        + port()
        + (destinationBlocksPublicAccess() ? " (destination blocks public access)" : "");
  }
}
