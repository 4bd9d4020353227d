package io.github.vnetkit.model;

import static java.util.Objects.requireNonNull;

/**
 * The protocol a network security rule matches: any ({@code *}), or one protocol. Flows through
 * regional integration are TCP or UDP only (SPEC TIER-4), so rules for ICMP, ESP or AH never match
 * them.
 *
 * <pre>{@code
 * SecurityRuleProtocol.ANY.matches(TransportProtocol.UDP); // true
 * SecurityRuleProtocol.ICMP.matches(TransportProtocol.TCP); // false
 * }</pre>
 */
public enum SecurityRuleProtocol {
  /** Any protocol ({@code *}). */
  ANY("*"),
  /** TCP. */
  TCP("Tcp"),
  /** UDP. */
  UDP("Udp"),
  /** ICMP. */
  ICMP("Icmp"),
  /** IPsec ESP. */
  ESP("Esp"),
  /** IPsec AH. */
  AH("Ah");

  private final String armName;

  SecurityRuleProtocol(String armName) {
    this.armName = armName;
  }

  /**
   * The ARM spelling: {@code *}, {@code Tcp}, {@code Udp}, {@code Icmp}, {@code Esp}, {@code Ah}.
   */
  public String armName() {
    return armName;
  }

  /** Whether a rule with this protocol matches a flow of {@code protocol}. */
  public boolean matches(TransportProtocol protocol) {
    requireNonNull(protocol, "protocol");
    return switch (this) {
      case ANY -> true;
      case TCP -> protocol == TransportProtocol.TCP;
      case UDP -> protocol == TransportProtocol.UDP;
      case ICMP, ESP, AH -> false;
    };
  }
}
