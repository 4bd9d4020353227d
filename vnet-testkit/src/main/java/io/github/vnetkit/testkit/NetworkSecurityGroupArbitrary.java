package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates network security groups: zero to eight rules by default (see {@link
 * SecurityRuleArbitrary} for what a rule looks like), named {@code rule1, rule2, ...}, with
 * priorities that are multiples of ten from 100 and unique (so unique per direction, as Azure
 * requires). Rule addresses include service tags unless {@link #withoutServiceTags()}. Shrinks
 * towards no rules. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.networkSecurityGroups()
 *     .withId(subnet.networkSecurityGroupId().orElseThrow())
 *     .withRulesUpTo(20);
 * }</pre>
 */
public final class NetworkSecurityGroupArbitrary extends ArbitraryDecorator<NetworkSecurityGroup> {

  /** Priority slots: 100, 110, ..., 4090. */
  static final int MAX_RULES = 400;

  private final @Nullable ResourceId id;
  private final int maxRules;
  private final SecurityRuleArbitrary rules;

  NetworkSecurityGroupArbitrary() {
    this(null, 8, new SecurityRuleArbitrary());
  }

  private NetworkSecurityGroupArbitrary(
      @Nullable ResourceId id, int maxRules, SecurityRuleArbitrary rules) {
    this.id = id;
    this.maxRules = maxRules;
    this.rules = rules;
  }

  /**
   * Zero to {@code max} rules.
   *
   * @throws IllegalArgumentException unless {@code 0 <= max <= 400}
   */
  public NetworkSecurityGroupArbitrary withRulesUpTo(int max) {
    return new NetworkSecurityGroupArbitrary(id, checkMaxRules(max), rules);
  }

  static int checkMaxRules(int max) {
    checkArgument(
        max >= 0 && max <= MAX_RULES, "rules (%s) must be between 0 and %s", max, MAX_RULES);
    return max;
  }

  /**
   * Always this id (for example the NSG id on a subnet), instead of a generated one.
   *
   * @throws IllegalArgumentException if {@code id} is not a network security group id
   */
  public NetworkSecurityGroupArbitrary withId(ResourceId id) {
    requireNonNull(id, "id")
        .requireKind(ResourceId.Kind.NETWORK_SECURITY_GROUP, "network security group id");
    return new NetworkSecurityGroupArbitrary(id, maxRules, rules);
  }

  /** Only outbound rules. */
  public NetworkSecurityGroupArbitrary outboundOnly() {
    return new NetworkSecurityGroupArbitrary(id, maxRules, rules.outbound());
  }

  /** Rule addresses are {@code *} or IPv4 prefixes only, never service tags. */
  public NetworkSecurityGroupArbitrary withoutServiceTags() {
    return new NetworkSecurityGroupArbitrary(id, maxRules, rules.withoutServiceTags());
  }

  @Override
  protected Arbitrary<NetworkSecurityGroup> arbitrary() {
    ResourceId fixed = id;
    Arbitrary<ResourceId> ids =
        fixed != null
            ? Arbitraries.just(fixed)
            : new ResourceIdArbitrary().ofKind(ResourceId.Kind.NETWORK_SECURITY_GROUP);
    Arbitrary<List<Slotted>> slotted =
        Combinators.combine(Arbitraries.integers().between(0, MAX_RULES - 1), rules.genes())
            .as(Slotted::new)
            .list()
            .ofMaxSize(maxRules)
            .uniqueElements(Slotted::slot);
    return Combinators.combine(ids, slotted).as(NetworkSecurityGroupArbitrary::build);
  }

  /** A rule gene and its priority slot (priority {@code 100 + 10 * slot}). */
  private record Slotted(int slot, SecurityRuleArbitrary.Gene gene) {}

  private static NetworkSecurityGroup build(ResourceId id, List<Slotted> rules) {
    List<SecurityRule> built = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Slotted r = rules.get(i);
      built.add(r.gene().build("rule" + (i + 1), SecurityRule.MIN_PRIORITY + 10 * r.slot()));
    }
    return NetworkSecurityGroup.builder().id(id).addAllSecurityRules(built).build();
  }
}
