package io.github.vnetkit.model;

/**
 * The direction of a flow or of a security rule, seen from the app (for flows) or from the subnet
 * (for NSG rules). Regional integration is outbound only: inbound traffic, and replies to inbound
 * requests, are never affected by it (SPEC APP-4), and inbound NSG rules never apply to the app
 * (SPEC NR-1).
 *
 * <pre>{@code
 * Flow.builder().direction(TrafficDirection.INBOUND) // ...
 * }</pre>
 */
public enum TrafficDirection {
  /** Towards the app or the subnet. */
  INBOUND("Inbound"),
  /** From the app or the subnet. */
  OUTBOUND("Outbound");

  private final String armName;

  TrafficDirection(String armName) {
    this.armName = armName;
  }

  /** The ARM spelling: {@code Inbound} or {@code Outbound}. */
  public String armName() {
    return armName;
  }
}
