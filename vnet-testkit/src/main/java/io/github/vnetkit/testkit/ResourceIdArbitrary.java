package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.ResourceId;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates ARM resource ids of the kinds vnetkit recognises, with short names; shrinks towards
 * {@code /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/a/...} and
 * single-letter names. Immutable: every knob returns a new arbitrary.
 *
 * <pre>{@code
 * VnetArbitraries.resourceIds()
 *     .ofKind(ResourceId.Kind.SUBNET)
 *     .inSubscription("00000000-0000-0000-0000-000000000001")
 *     .withCaseVariants(); // ids spelled in random case: ARM compares them ignoring case
 * }</pre>
 */
public final class ResourceIdArbitrary extends ArbitraryDecorator<ResourceId> {

  private final ImmutableList<ResourceId.Kind> kinds;
  private final @Nullable String subscriptionId;
  private final @Nullable String resourceGroup;
  private final boolean caseVariants;

  ResourceIdArbitrary() {
    this(ImmutableList.copyOf(ResourceId.Kind.values()), null, null, false);
  }

  private ResourceIdArbitrary(
      ImmutableList<ResourceId.Kind> kinds,
      @Nullable String subscriptionId,
      @Nullable String resourceGroup,
      boolean caseVariants) {
    this.kinds = kinds;
    this.subscriptionId = subscriptionId;
    this.resourceGroup = resourceGroup;
    this.caseVariants = caseVariants;
  }

  /**
   * Only ids of these kinds ({@link ResourceId.Kind#OTHER} gives storage account ids).
   *
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public ResourceIdArbitrary ofKind(ResourceId.Kind... kinds) {
    checkArgument(kinds.length > 0, "kinds must name at least one ResourceId.Kind");
    return new ResourceIdArbitrary(
        ImmutableList.copyOf(Arrays.asList(kinds)), subscriptionId, resourceGroup, caseVariants);
  }

  /**
   * Only ids in this subscription.
   *
   * @throws IllegalArgumentException if {@code subscriptionId} is not a GUID
   */
  public ResourceIdArbitrary inSubscription(String subscriptionId) {
    ResourceId.serverFarm(requireNonNull(subscriptionId, "subscriptionId"), "rg", "check");
    return new ResourceIdArbitrary(kinds, subscriptionId, resourceGroup, caseVariants);
  }

  /**
   * Only ids in this resource group.
   *
   * @throws IllegalArgumentException if {@code resourceGroup} is not a valid resource group name
   */
  public ResourceIdArbitrary inResourceGroup(String resourceGroup) {
    ResourceId.serverFarm(
        "00000000-0000-0000-0000-000000000000",
        requireNonNull(resourceGroup, "resourceGroup"),
        "check");
    return new ResourceIdArbitrary(kinds, subscriptionId, resourceGroup, caseVariants);
  }

  /**
   * Ids spelled in random letter case ({@code /SUBSCRIPTIONS/.../providers/microsoft.network/...}):
   * ARM compares ids ignoring case, and so must your tool. Shrinks towards the platform's spelling.
   */
  public ResourceIdArbitrary withCaseVariants() {
    return new ResourceIdArbitrary(kinds, subscriptionId, resourceGroup, true);
  }

  @Override
  protected Arbitrary<ResourceId> arbitrary() {
    Arbitrary<String> subscriptions =
        subscriptionId != null ? Arbitraries.just(subscriptionId) : Genes.subscriptionIds();
    Arbitrary<String> groups =
        resourceGroup != null ? Arbitraries.just(resourceGroup) : Genes.names();
    Arbitrary<ResourceId> ids =
        Combinators.combine(
                Arbitraries.of(kinds), subscriptions, groups, Genes.names(), Genes.names())
            .as(ResourceIdArbitrary::build);
    if (!caseVariants) {
      return ids;
    }
    return Combinators.combine(ids, Arbitraries.longs())
        .as((id, mask) -> ResourceId.parse(flipCase(id.toString(), mask)));
  }

  /** Builds an id of {@code kind}; children (subnets, slots) use {@code name2} for the child. */
  static ResourceId build(
      ResourceId.Kind kind, String subscription, String group, String name, String name2) {
    return switch (kind) {
      case VIRTUAL_NETWORK -> ResourceId.virtualNetwork(subscription, group, name);
      case SUBNET -> ResourceId.subnet(subscription, group, name, name2);
      case NETWORK_SECURITY_GROUP -> ResourceId.networkSecurityGroup(subscription, group, name);
      case ROUTE_TABLE -> ResourceId.routeTable(subscription, group, name);
      case NAT_GATEWAY -> ResourceId.natGateway(subscription, group, name);
      case SITE -> ResourceId.site(subscription, group, name);
      case SLOT -> ResourceId.slot(subscription, group, name, name2);
      case SERVER_FARM -> ResourceId.serverFarm(subscription, group, name);
      case OTHER ->
          ResourceId.of(subscription, group, "Microsoft.Storage", "storageAccounts", name);
    };
  }

  /** Flips the case of the i-th letter when bit (i mod 64) of {@code mask} is set. */
  static String flipCase(String text, long mask) {
    StringBuilder sb = new StringBuilder(text.length());
    int letter = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if ((mask >>> (letter % 64) & 1L) != 0) {
          c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        }
        letter++;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
