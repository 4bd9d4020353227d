package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Azure Resource Manager resource id, such as {@code
 * /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet1/subnets/integration}.
 *
 * <p>An id has a subscription, a resource group, a provider namespace and a chain of (type, name)
 * pairs: {@code virtualNetworks/vnet1} then {@code subnets/integration}. {@link #kind()} recognises
 * the kinds vnetkit works with (subnet, VNet, site, slot, server farm, NSG, route table, NAT
 * gateway). ARM compares ids case-insensitively, and so does {@link #equals(Object)}; {@link
 * #toString()} keeps the spelling of the subscription, resource group, namespace, types and names
 * as parsed, and writes the fixed segments as ARM does ({@code /subscriptions/}, {@code
 * /resourceGroups/}, {@code /providers/}).
 *
 * <pre>{@code
 * ResourceId subnet = ResourceId.parse(
 *     "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/net"
 *         + "/providers/Microsoft.Network/virtualNetworks/hub/subnets/apps");
 * subnet.kind();     // ResourceId.Kind.SUBNET
 * subnet.name();     // "apps"
 * subnet.parent();   // Optional[.../virtualNetworks/hub]
 * subnet.equals(ResourceId.parse(subnet.toString().toUpperCase(Locale.ROOT))); // true
 * }</pre>
 */
public final class ResourceId implements Comparable<ResourceId> {

  /**
   * The kinds of resource that vnetkit recognises; anything else is {@link #OTHER}.
   *
   * <pre>{@code
   * ResourceId.parse(id).kind() == ResourceId.Kind.SUBNET;
   * ResourceId.Kind.SLOT.armType(); // "Microsoft.Web/sites/slots"
   * }</pre>
   */
  public enum Kind {
    /** {@code Microsoft.Network/virtualNetworks}. */
    VIRTUAL_NETWORK("Microsoft.Network", "virtualNetworks"),
    /** {@code Microsoft.Network/virtualNetworks/subnets}. */
    SUBNET("Microsoft.Network", "virtualNetworks", "subnets"),
    /** {@code Microsoft.Network/networkSecurityGroups}. */
    NETWORK_SECURITY_GROUP("Microsoft.Network", "networkSecurityGroups"),
    /** {@code Microsoft.Network/routeTables}. */
    ROUTE_TABLE("Microsoft.Network", "routeTables"),
    /** {@code Microsoft.Network/natGateways}. */
    NAT_GATEWAY("Microsoft.Network", "natGateways"),
    /** {@code Microsoft.Web/sites}: a web, function or logic app. */
    SITE("Microsoft.Web", "sites"),
    /** {@code Microsoft.Web/sites/slots}: a deployment slot. */
    SLOT("Microsoft.Web", "sites", "slots"),
    /** {@code Microsoft.Web/serverFarms}: an App Service plan. */
    SERVER_FARM("Microsoft.Web", "serverFarms"),
    /** Any other resource type. */
    OTHER("");

    private final String namespace;
    private final ImmutableList<String> types;

    Kind(String namespace, String... types) {
      this.namespace = namespace;
      this.types = ImmutableList.copyOf(types);
    }

    /** The full ARM type, such as {@code Microsoft.Network/virtualNetworks/subnets}. */
    public String armType() {
      return this == OTHER ? "" : namespace + "/" + String.join("/", types);
    }

    private boolean matches(String providerNamespace, List<String> resourceTypes) {
      if (this == OTHER || !Ascii.equalsIgnoreCase(namespace, providerNamespace)) {
        return false;
      }
      if (resourceTypes.size() != types.size()) {
        return false;
      }
      for (int i = 0; i < types.size(); i++) {
        if (!Ascii.equalsIgnoreCase(types.get(i), resourceTypes.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern RESOURCE_GROUP = Pattern.compile("[-\\w._()]{0,89}[-\\w_()]");
  private static final Pattern NAMESPACE =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern NAME = Pattern.compile("[^/\\s?#%\\\\][^/?#%\\\\]*");

  private final String subscriptionId;
  private final String resourceGroup;
  private final String providerNamespace;
  private final ImmutableList<String> types;
  private final ImmutableList<String> names;
  private final String text;
  private final String key;
  private final Kind kind;

  private ResourceId(
      String subscriptionId,
      String resourceGroup,
      String providerNamespace,
      ImmutableList<String> types,
      ImmutableList<String> names) {
    this.subscriptionId = subscriptionId;
    this.resourceGroup = resourceGroup;
    this.providerNamespace = providerNamespace;
    this.types = types;
    this.names = names;
    StringBuilder sb =
        new StringBuilder("/subscriptions/")
            .append(subscriptionId)
            .append("/resourceGroups/")
            .append(resourceGroup)
            .append("/providers/")
            .append(providerNamespace);
    for (int i = 0; i < types.size(); i++) {
      sb.append('/').append(types.get(i)).append('/').append(names.get(i));
    }
    this.text = sb.toString();
    this.key = text.toLowerCase(Locale.ROOT);
    Kind found = Kind.OTHER;
    for (Kind k : Kind.values()) {
      if (k.matches(providerNamespace, types)) {
        found = k;
        break;
      }
    }
    this.kind = found;
  }

  /**
   * Parses an ARM resource id of the form {@code
   * /subscriptions/{guid}/resourceGroups/{group}/providers/{Namespace}/{type}/{name}[/{type}/{name}]...}.
   *
   * @throws IllegalArgumentException if the id is malformed; the message quotes the id and names
   *     the offending part (subscription, resource group, provider namespace, type or name)
   */
  public static ResourceId parse(String id) {
    requireNonNull(id, "id");
    checkArgument(id.startsWith("/"), "resource id '%s' must start with '/subscriptions/'", id);
    String[] parts = id.substring(1).split("/", -1);
    checkArgument(
        parts.length >= 2 && Ascii.equalsIgnoreCase(parts[0], "subscriptions"),
        "resource id '%s' must start with '/subscriptions/{subscriptionId}'",
        id);
    String subscription = parts[1];
    checkArgument(
        GUID.matcher(subscription).matches(),
        "resource id '%s' has subscription '%s'; expected a GUID such as"
            + " 00000000-0000-0000-0000-000000000000",
        id,
        subscription);
    checkArgument(
        parts.length >= 4 && Ascii.equalsIgnoreCase(parts[2], "resourceGroups"),
        "resource id '%s' must continue with '/resourceGroups/{resourceGroup}' after the"
            + " subscription",
        id);
    String group = parts[3];
    checkResourceGroup(id, group);
    checkArgument(
        parts.length >= 5 && Ascii.equalsIgnoreCase(parts[4], "providers"),
        "resource id '%s' must continue with '/providers/{namespace}/{type}/{name}' after the"
            + " resource group",
        id);
    checkArgument(
        parts.length >= 6 && NAMESPACE.matcher(parts[5]).matches(),
        "resource id '%s' has provider namespace '%s'; expected a namespace such as"
            + " Microsoft.Network",
        id,
        parts.length >= 6 ? parts[5] : "");
    int rest = parts.length - 6;
    checkArgument(
        rest >= 2 && rest % 2 == 0,
        "resource id '%s' must end with (type, name) pairs after the provider namespace, such as"
            + " virtualNetworks/vnet1/subnets/integration; found %s trailing segment(s)",
        id,
        rest);
    ImmutableList.Builder<String> types = ImmutableList.builder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (int i = 6; i < parts.length; i += 2) {
      checkType(id, parts[i]);
      checkName(id, parts[i], parts[i + 1]);
      types.add(parts[i]);
      names.add(parts[i + 1]);
    }
    return new ResourceId(subscription, group, parts[5], types.build(), names.build());
  }

  /** Like {@link #parse(String)}, but returns empty instead of throwing for a malformed id. */
  public static Optional<ResourceId> tryParse(String id) {
    try {
      return Optional.of(parse(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Builds an id from its parts.
   *
   * @param typesAndNames alternating type and name: {@code "virtualNetworks", "vnet1", "subnets",
   *     "integration"}
   * @throws IllegalArgumentException if a part is malformed or contains {@code '/'}, or {@code
   *     typesAndNames} is empty or has odd length
   */
  public static ResourceId of(
      String subscriptionId,
      String resourceGroup,
      String providerNamespace,
      String... typesAndNames) {
    StringBuilder sb =
        new StringBuilder("/subscriptions/")
            .append(segment("subscriptionId", subscriptionId))
            .append("/resourceGroups/")
            .append(segment("resourceGroup", resourceGroup))
            .append("/providers/")
            .append(segment("providerNamespace", providerNamespace));
    for (int i = 0; i < typesAndNames.length; i++) {
      sb.append('/').append(segment(i % 2 == 0 ? "type" : "name", typesAndNames[i]));
    }
    return parse(sb.toString());
  }

  /**
   * Checks one part given to a factory: a {@code '/'} inside it would silently change the id's
   * structure ({@code site(sub, rg, "shop/slots/staging")} would be a slot id).
   */
  private static String segment(String what, String value) {
    requireNonNull(value, what);
    checkArgument(
        value.indexOf('/') < 0,
        "%s '%s' must be a single resource id segment, without '/'",
        what,
        value);
    return value;
  }

  /** The id of a virtual network. */
  public static ResourceId virtualNetwork(
      String subscriptionId, String resourceGroup, String vnet) {
    return of(subscriptionId, resourceGroup, "Microsoft.Network", "virtualNetworks", vnet);
  }

  /** The id of a subnet of a virtual network. */
  public static ResourceId subnet(
      String subscriptionId, String resourceGroup, String vnet, String subnet) {
    return of(
        subscriptionId,
        resourceGroup,
        "Microsoft.Network",
        "virtualNetworks",
        vnet,
        "subnets",
        subnet);
  }

  /** The id of a web, function or logic app. */
  public static ResourceId site(String subscriptionId, String resourceGroup, String site) {
    return of(subscriptionId, resourceGroup, "Microsoft.Web", "sites", site);
  }

  /** The id of a deployment slot of an app. */
  public static ResourceId slot(
      String subscriptionId, String resourceGroup, String site, String slot) {
    return of(subscriptionId, resourceGroup, "Microsoft.Web", "sites", site, "slots", slot);
  }

  /** The id of an App Service plan. */
  public static ResourceId serverFarm(String subscriptionId, String resourceGroup, String plan) {
    return of(subscriptionId, resourceGroup, "Microsoft.Web", "serverFarms", plan);
  }

  /** The id of a network security group. */
  public static ResourceId networkSecurityGroup(
      String subscriptionId, String resourceGroup, String nsg) {
    return of(subscriptionId, resourceGroup, "Microsoft.Network", "networkSecurityGroups", nsg);
  }

  /** The id of a route table. */
  public static ResourceId routeTable(String subscriptionId, String resourceGroup, String table) {
    return of(subscriptionId, resourceGroup, "Microsoft.Network", "routeTables", table);
  }

  /** The id of a NAT gateway. */
  public static ResourceId natGateway(String subscriptionId, String resourceGroup, String gateway) {
    return of(subscriptionId, resourceGroup, "Microsoft.Network", "natGateways", gateway);
  }

  private static void checkResourceGroup(String id, String group) {
    checkArgument(
        RESOURCE_GROUP.matcher(group).matches(),
        "resource id '%s' has resource group '%s'; expected 1 to 90 letters, digits, '-', '_',"
            + " '.', '(' or ')', not ending in '.'",
        id,
        group);
  }

  private static void checkType(String id, String type) {
    checkArgument(
        TYPE.matcher(type).matches(),
        "resource id '%s' has resource type '%s'; expected a type name such as virtualNetworks",
        id,
        type);
  }

  private static void checkName(String id, String type, String name) {
    checkArgument(
        NAME.matcher(name).matches(),
        "resource id '%s' has %s name '%s'; expected a non-empty name without '/', '?', '#',"
            + " '%%' or '\\\\', not starting with a space",
        id,
        type,
        name);
  }

  /**
   * Returns this id after checking its kind.
   *
   * @param what names the value in the exception message, such as {@code "subnet id"}
   * @throws IllegalArgumentException if this id is not of {@code expected} kind
   */
  public ResourceId requireKind(Kind expected, String what) {
    checkArgument(
        kind == expected,
        "%s '%s' must be a %s id (%s)",
        what,
        text,
        expected.name().toLowerCase(Locale.ROOT).replace('_', ' '),
        expected.armType());
    return this;
  }

  /** The subscription id (a GUID), as written. */
  public String subscriptionId() {
    return subscriptionId;
  }

  /** The resource group name, as written. */
  public String resourceGroup() {
    return resourceGroup;
  }

  /** The provider namespace, such as {@code Microsoft.Network}. */
  public String providerNamespace() {
    return providerNamespace;
  }

  /** The chain of resource types: {@code [virtualNetworks, subnets]} for a subnet. */
  public List<String> types() {
    return types;
  }

  /** The chain of names, one per type: {@code [vnet1, integration]} for a subnet. */
  public List<String> names() {
    return names;
  }

  /** The full type, such as {@code Microsoft.Network/virtualNetworks/subnets}. */
  public String fullType() {
    return providerNamespace + "/" + String.join("/", types);
  }

  /** The resource's own (last) name. */
  public String name() {
    return names.get(names.size() - 1);
  }

  /** The recognised kind of this id. */
  public Kind kind() {
    return kind;
  }

  /**
   * The parent resource: the VNet of a subnet, the site of a slot; empty for a top-level resource.
   */
  public Optional<ResourceId> parent() {
    if (types.size() == 1) {
      return Optional.empty();
    }
    return Optional.of(
        new ResourceId(
            subscriptionId,
            resourceGroup,
            providerNamespace,
            types.subList(0, types.size() - 1),
            names.subList(0, names.size() - 1)));
  }

  /**
   * A child of this resource: {@code vnetId.child("subnets", "integration")}.
   *
   * @throws IllegalArgumentException if the type or name is malformed or contains {@code '/'}
   */
  public ResourceId child(String type, String name) {
    return parse(text + "/" + segment("type", type) + "/" + segment("name", name));
  }

  /** Whether this id and {@code other} are in the same subscription (compared ignoring case). */
  public boolean sameSubscription(ResourceId other) {
    return Ascii.equalsIgnoreCase(subscriptionId, other.subscriptionId);
  }

  @Override
  public int compareTo(ResourceId other) {
    return key.compareTo(other.key);
  }

  /** Ids are equal when their text is equal ignoring case, as ARM compares them. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResourceId other && other.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * The id as text: the parts in the spelling they were parsed with, the fixed segments {@code
   * subscriptions}, {@code resourceGroups} and {@code providers} in ARM's spelling.
   */
  @Override
  public String toString() {
    return text;
  }
}
