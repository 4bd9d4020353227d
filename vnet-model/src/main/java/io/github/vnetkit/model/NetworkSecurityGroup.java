package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A network security group: its id and its security rules. Rule names are unique ignoring case, and
 * no two rules of the same direction share a priority, as Azure enforces; so the order in which
 * rules are listed never matters.
 *
 * <pre>{@code
 * NetworkSecurityGroup nsg = NetworkSecurityGroup.builder()
 *     .id(ResourceId.networkSecurityGroup(sub, "net", "apps-nsg"))
 *     .addSecurityRules(denySql, allowHttps)
 *     .build();
 * nsg.rules(TrafficDirection.OUTBOUND); // by ascending priority
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the id is not an NSG id, a rule
 * name is repeated, or two rules of one direction have the same priority.
 */
@Value.Immutable
public abstract class NetworkSecurityGroup {

  NetworkSecurityGroup() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkSecurityGroup}. */
  public static final class Builder extends ImmutableNetworkSecurityGroup.Builder {
    Builder() {}
  }

  /** The NSG's id (a {@code Microsoft.Network/networkSecurityGroups} id). */
  public abstract ResourceId id();

  /** The security rules, in the order given. */
  public abstract List<SecurityRule> securityRules();

  /** The rules of {@code direction}, by ascending priority (the order they are evaluated in). */
  public final List<SecurityRule> rules(TrafficDirection direction) {
    return securityRules().stream()
        .filter(r -> r.direction() == direction)
        .sorted(Comparator.comparingInt(SecurityRule::priority))
        .toList();
  }

  @Value.Check
  void check() {
    id().requireKind(ResourceId.Kind.NETWORK_SECURITY_GROUP, "network security group id");
    Map<String, String> names = new HashMap<>();
    Map<String, String> priorities = new HashMap<>();
    for (SecurityRule rule : securityRules()) {
      String previous = names.putIfAbsent(rule.name().toLowerCase(Locale.ROOT), rule.name());
      checkArgument(
          previous == null,
          "network security group '%s' lists security rule '%s' twice",
          id(),
          rule.name());
      String slot = rule.direction() + "/" + rule.priority();
      String other = priorities.putIfAbsent(slot, rule.name());
      checkArgument(
          other == null,
          "security rules '%s' and '%s' of '%s' both have %s priority %s; priorities must be"
              + " unique per direction",
          other,
          rule.name(),
          id(),
          rule.direction().armName().toLowerCase(Locale.ROOT),
          rule.priority());
    }
  }
}
