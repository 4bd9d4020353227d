package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.immutables.value.Value;

/**
 * The address prefixes a service tag stands for, as Azure publishes them in the weekly service tag
 * file ({@code values[].properties.addressPrefixes}). A tag such as {@code AzureCloud} holds
 * thousands of prefixes; IPv4 and IPv6 prefixes are both kept, and the routing evaluator uses the
 * IPv4 ones.
 *
 * <p>{@code VirtualNetwork} and {@code Internet} are not defined this way: they depend on the
 * network and are computed by the routing evaluator.
 *
 * <pre>{@code
 * ServiceTagDefinition storage = ServiceTagDefinition.of(
 *     ServiceTag.of("Storage.WestEurope"),
 *     List.of(Cidr.parse("20.38.96.0/19"), Cidr.parse("20.47.8.0/24")));
 * storage.ipv4Prefixes(); // both prefixes
 * }</pre>
 */
@Value.Immutable
public abstract class ServiceTagDefinition {

  ServiceTagDefinition() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The definition of {@code tag} as {@code prefixes}.
   *
   * @throws IllegalArgumentException if {@code tag} is {@code VirtualNetwork} or {@code Internet}
   */
  public static ServiceTagDefinition of(ServiceTag tag, Iterable<Cidr> prefixes) {
    return builder().tag(tag).addAllAddressPrefixes(prefixes).build();
  }

  /** Builds a {@link ServiceTagDefinition}. */
  public static final class Builder extends ImmutableServiceTagDefinition.Builder {
    Builder() {}
  }

  /** The tag being defined. */
  public abstract ServiceTag tag();

  /** The tag's address prefixes, IPv4 and IPv6, as published. */
  public abstract List<Cidr> addressPrefixes();

  /** The IPv4 prefixes only. */
  public final List<Cidr> ipv4Prefixes() {
    return addressPrefixes().stream().filter(Cidr::isIpv4).toList();
  }

  @Value.Check
  void check() {
    checkArgument(
        !tag().equals(ServiceTag.VIRTUAL_NETWORK) && !tag().equals(ServiceTag.INTERNET),
        "service tag '%s' cannot be defined by prefixes: the routing evaluator computes it from"
            + " the network",
        tag());
  }
}
