package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of a network security group: name, priority (100 to 4096, lower first), direction, access,
 * protocol, and source and destination addresses and ports (SPEC NR-1).
 *
 * <p>Addresses and ports that are not given mean any ({@code *}): a rule built without source
 * addresses has {@code sourceAddresses() == [*]}. Addresses are {@code *}, IPv4 prefixes or service
 * tags ({@link SecurityRuleAddress}); the default rules (65000 {@code AllowVnetOutBound}, 65001
 * {@code AllowInternetOutBound}, 65500 {@code DenyAllOutBound}) are not built with this type,
 * because their priorities are outside the range users may choose; the routing evaluator adds them.
 *
 * <pre>{@code
 * SecurityRule denySql = SecurityRule.builder()
 *     .name("deny-sql")
 *     .priority(200)
 *     .direction(TrafficDirection.OUTBOUND)
 *     .access(SecurityRuleAccess.DENY)
 *     .protocol(SecurityRuleProtocol.TCP)
 *     .addDestinationAddresses(SecurityRuleAddress.parse("Sql"))
 *     .addDestinationPortRanges(PortRange.of(1433))
 *     .build();
 * denySql.sourceAddresses(); // [*]
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the name is malformed or the
 * priority is outside 100..4096.
 */
@Value.Immutable
public abstract class SecurityRule {

  /** The lowest priority number (evaluated first) a user rule may have. */
  public static final int MIN_PRIORITY = 100;

  /** The highest priority number (evaluated last) a user rule may have. */
  public static final int MAX_PRIORITY = 4096;

  SecurityRule() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecurityRule}. */
  public static final class Builder extends ImmutableSecurityRule.Builder {
    Builder() {}
  }

  /** The rule's name, unique in its NSG. */
  public abstract String name();

  /** The priority, 100 to 4096; lower numbers are evaluated first. */
  public abstract int priority();

  /** Inbound or outbound; only outbound rules apply to an integrated app (SPEC NR-1). */
  public abstract TrafficDirection direction();

  /** Allow or deny. */
  public abstract SecurityRuleAccess access();

  /** The protocol; defaults to any ({@code *}). */
  @Value.Default
  public SecurityRuleProtocol protocol() {
    return SecurityRuleProtocol.ANY;
  }

  /** Source addresses; {@code [*]} when none are given. */
  public abstract List<SecurityRuleAddress> sourceAddresses();

  /** Source port ranges; {@code [*]} when none are given. */
  public abstract List<PortRange> sourcePortRanges();

  /** Destination addresses; {@code [*]} when none are given. */
  public abstract List<SecurityRuleAddress> destinationAddresses();

  /** Destination port ranges; {@code [*]} when none are given. */
  public abstract List<PortRange> destinationPortRanges();

  /** A free-text description. */
  public abstract Optional<String> description();

  @Value.Check
  SecurityRule normalise() {
    ArmNames.checkChildName(name(), "security rule name");
    checkArgument(
        priority() >= MIN_PRIORITY && priority() <= MAX_PRIORITY,
        "priority (%s) of security rule '%s' must be between 100 and 4096",
        priority(),
        name());
    if (!sourceAddresses().isEmpty()
        && !sourcePortRanges().isEmpty()
        && !destinationAddresses().isEmpty()
        && !destinationPortRanges().isEmpty()) {
      return this;
    }
    ImmutableSecurityRule.Builder copy = ImmutableSecurityRule.builder().from(this);
    if (sourceAddresses().isEmpty()) {
      copy.addSourceAddresses(SecurityRuleAddress.any());
    }
    if (sourcePortRanges().isEmpty()) {
      copy.addSourcePortRanges(PortRange.any());
    }
    if (destinationAddresses().isEmpty()) {
      copy.addDestinationAddresses(SecurityRuleAddress.any());
    }
    if (destinationPortRanges().isEmpty()) {
      copy.addDestinationPortRanges(PortRange.any());
    }
    return copy.build();
  }
}
