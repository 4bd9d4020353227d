package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An Azure service tag, such as {@code VirtualNetwork}, {@code Internet}, {@code Storage} or the
 * regional {@code Storage.WestEurope}: a name that stands for a set of address prefixes in network
 * security rules.
 *
 * <p>Service tags are an open, service-defined set, so this is a value type rather than an enum.
 * Azure compares tag names ignoring case, and so does {@link #equals(Object)}; the well-known tags
 * are normalised to their documented spelling ({@code "virtualnetwork"} reads as {@code
 * VirtualNetwork}). Which prefixes a tag stands for is data that changes weekly: supply it as a
 * {@link ServiceTagDefinition}. {@link #VIRTUAL_NETWORK} and {@link #INTERNET} are computed from
 * the network by the routing evaluator.
 *
 * <pre>{@code
 * ServiceTag tag = ServiceTag.of("storage.westeurope");
 * tag.toString();                         // "Storage.westeurope"
 * tag.baseName();                         // "Storage"
 * tag.equals(ServiceTag.of("Storage.WestEurope")); // true
 * ServiceTag.forServiceEndpoint("Microsoft.Storage"); // Optional[Storage]
 * }</pre>
 */
public final class ServiceTag implements Comparable<ServiceTag> {

  private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*");

  private static final ImmutableMap<String, String> CANONICAL;

  private static final ImmutableMap<String, String> SERVICE_ENDPOINT_TAGS =
      ImmutableMap.<String, String>builder()
          .put("microsoft.storage", "Storage")
          .put("microsoft.storage.global", "Storage")
          .put("microsoft.sql", "Sql")
          .put("microsoft.azurecosmosdb", "AzureCosmosDB")
          .put("microsoft.keyvault", "AzureKeyVault")
          .put("microsoft.servicebus", "ServiceBus")
          .put("microsoft.eventhub", "EventHub")
          .put("microsoft.web", "AppService")
          .put("microsoft.containerregistry", "AzureContainerRegistry")
          .put("microsoft.cognitiveservices", "CognitiveServicesManagement")
          .put("microsoft.azureactivedirectory", "AzureActiveDirectory")
          .buildOrThrow();

  static {
    ImmutableMap.Builder<String, String> canonical = ImmutableMap.builder();
    for (String name :
        new String[] {
          "VirtualNetwork",
          "Internet",
          "AzureLoadBalancer",
          "AzureCloud",
          "Storage",
          "Sql",
          "AzureCosmosDB",
          "AzureKeyVault",
          "ServiceBus",
          "EventHub",
          "AppService",
          "AzureContainerRegistry",
          "CognitiveServicesManagement",
          "AzureActiveDirectory",
          "AzureMonitor",
          "MicrosoftContainerRegistry",
          "AzureFrontDoor"
        }) {
      canonical.put(name.toLowerCase(Locale.ROOT), name);
    }
    CANONICAL = canonical.buildOrThrow();
  }

  /** {@code VirtualNetwork}: the VNet's address space and the spaces connected to it [az]. */
  public static final ServiceTag VIRTUAL_NETWORK = of("VirtualNetwork");

  /** {@code Internet}: public address space outside the virtual network [az]. */
  public static final ServiceTag INTERNET = of("Internet");

  /** {@code AzureLoadBalancer}: the platform's health probe address [az]. */
  public static final ServiceTag AZURE_LOAD_BALANCER = of("AzureLoadBalancer");

  private final String name;
  private final String key;

  private ServiceTag(String name) {
    this.name = name;
    this.key = name.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the tag named {@code name}, such as {@code "Storage"} or {@code "Sql.WestEurope"}.
   *
   * @throws IllegalArgumentException if {@code name} is not a tag name (letters and digits,
   *     starting with a letter, optionally followed by dot-separated parts such as a region); the
   *     message quotes it
   */
  public static ServiceTag of(String name) {
    requireNonNull(name, "name");
    checkArgument(
        VALID.matcher(name).matches(),
        "service tag '%s' is not a valid tag name; expected a name such as Storage or"
            + " Storage.WestEurope",
        name);
    int dot = name.indexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    String canonical = CANONICAL.getOrDefault(base.toLowerCase(Locale.ROOT), base);
    return new ServiceTag(dot < 0 ? canonical : canonical + name.substring(dot));
  }

  /** Like {@link #of(String)}, but returns empty instead of throwing for an invalid name. */
  public static Optional<ServiceTag> tryParse(String name) {
    try {
      return Optional.of(of(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The service tag whose prefixes a service endpoint on a subnet reaches: {@code
   * Microsoft.Storage} to {@code Storage}, {@code Microsoft.Sql} to {@code Sql}, {@code
   * Microsoft.KeyVault} to {@code AzureKeyVault}, and so on; empty for a service vnetkit does not
   * know. Compared ignoring case.
   */
  public static Optional<ServiceTag> forServiceEndpoint(String service) {
    String tag =
        SERVICE_ENDPOINT_TAGS.get(requireNonNull(service, "service").toLowerCase(Locale.ROOT));
    return tag == null ? Optional.empty() : Optional.of(of(tag));
  }

  /** The known service endpoint services and their tags, keyed by lower-case service name. */
  public static Map<String, ServiceTag> serviceEndpointTags() {
    ImmutableMap.Builder<String, ServiceTag> map = ImmutableMap.builder();
    SERVICE_ENDPOINT_TAGS.forEach((service, tag) -> map.put(service, of(tag)));
    return map.buildOrThrow();
  }

  /** The tag's name, with the well-known base spelled as documented. */
  public String name() {
    return name;
  }

  /** The part before the first dot: {@code Storage} for {@code Storage.WestEurope}. */
  public String baseName() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The part after the first dot, usually a region: {@code WestEurope}; empty if none. */
  public Optional<String> qualifier() {
    int dot = name.indexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1));
  }

  /**
   * The regional variant of this tag: {@code Storage} in West Europe is {@code Storage.westeurope}
   * (equal to {@code Storage.WestEurope}).
   */
  public ServiceTag inRegion(Region region) {
    return new ServiceTag(baseName() + "." + requireNonNull(region, "region").name());
  }

  @Override
  public int compareTo(ServiceTag other) {
    return key.compareTo(other.key);
  }

  /** Tags are equal when their names are equal ignoring case, as Azure compares them. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServiceTag other && other.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** The tag's name. */
  @Override
  public String toString() {
    return name;
  }
}
