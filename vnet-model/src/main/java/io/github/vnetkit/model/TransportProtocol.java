package io.github.vnetkit.model;

/**
 * The transport protocol of a flow. Regional integration carries TCP and UDP only (SPEC TIER-4):
 * there is no ICMP through it, so ping does not work.
 *
 * <pre>{@code
 * Flow.outbound(IpAddresses.parseIpv4("10.1.0.4"), 1433, TransportProtocol.TCP);
 * }</pre>
 */
public enum TransportProtocol {
  /** TCP. */
  TCP("Tcp"),
  /** UDP. */
  UDP("Udp");

  private final String armName;

  TransportProtocol(String armName) {
    this.armName = armName;
  }

  /** The ARM spelling: {@code Tcp} or {@code Udp}. */
  public String armName() {
    return armName;
  }
}
