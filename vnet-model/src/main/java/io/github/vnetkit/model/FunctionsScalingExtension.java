package io.github.vnetkit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The Azure Functions trigger extensions that scale dynamically with runtime scale monitoring
 * ({@code functionsRuntimeScaleMonitoringEnabled}) on a Premium plan, and the version each needs:
 * SPEC FN-2 as data. A trigger on any other extension, or on one of these below its minimum
 * version, does not scale beyond the plan's pre-warmed instance count.
 *
 * <pre>{@code
 * FunctionsScalingExtension.of("Microsoft.Azure.WebJobs.Extensions.Storage.Queues")
 *     .map(e -> e.supportsDynamicScaling("3.0.9")); // Optional[false]: Storage needs 3.0.10
 * FunctionsScalingExtension.SERVICE_BUS.minimumVersion();              // "3.2.0"
 * FunctionsScalingExtension.SERVICE_BUS.supportsDynamicScaling("3.10.0"); // true (numeric)
 * FunctionsScalingExtension.of("Microsoft.Azure.WebJobs.Extensions.Kafka"); // Optional.empty()
 * }</pre>
 *
 * <p>Versions compare numerically, component by component, as NuGet does: {@code 3.0.10} is later
 * than {@code 3.0.9} (a string comparison says otherwise), {@code 3.2} equals {@code 3.2.0}, and a
 * pre-release ({@code 3.2.0-beta1}) comes before its release. They are the versions {@link
 * FunctionsSettings#vnetTriggerExtensions()} accepts.
 */
public enum FunctionsScalingExtension {
  /**
   * {@code Microsoft.Azure.WebJobs.Extensions.Storage} from 3.0.10 (blob and queue triggers); its
   * split packages ({@code ...Storage.Blobs}, {@code ...Storage.Queues}) count as Storage.
   */
  STORAGE("Microsoft.Azure.WebJobs.Extensions.Storage", "3.0.10"),
  /** {@code Microsoft.Azure.WebJobs.Extensions.EventHubs} from 4.1.0. */
  EVENT_HUBS("Microsoft.Azure.WebJobs.Extensions.EventHubs", "4.1.0"),
  /** {@code Microsoft.Azure.WebJobs.Extensions.ServiceBus} from 3.2.0. */
  SERVICE_BUS("Microsoft.Azure.WebJobs.Extensions.ServiceBus", "3.2.0"),
  /** {@code Microsoft.Azure.WebJobs.Extensions.CosmosDB} from 3.0.5. */
  COSMOS_DB("Microsoft.Azure.WebJobs.Extensions.CosmosDB", "3.0.5"),
  /** {@code Microsoft.Azure.WebJobs.Extensions.DurableTask} from 2.0.0. */
  DURABLE_TASK("Microsoft.Azure.WebJobs.Extensions.DurableTask", "2.0.0");

  private final String packageId;
  private final ExtensionVersion minimum;

  FunctionsScalingExtension(String packageId, String minimum) {
    this.packageId = packageId;
    this.minimum = ExtensionVersion.parse(minimum);
  }

  /** The NuGet package id, such as {@code Microsoft.Azure.WebJobs.Extensions.ServiceBus}. */
  public String packageId() {
    return packageId;
  }

  /** The first version that scales dynamically with runtime scale monitoring, such as "3.2.0". */
  public String minimumVersion() {
    return minimum.toString();
  }

  /**
   * Whether {@code version} of this extension scales dynamically with runtime scale monitoring: it
   * is {@link #minimumVersion()} or later, compared numerically ({@code 3.0.10} is later than
   * {@code 3.0.9}; a pre-release of the minimum is before it).
   *
   * @throws IllegalArgumentException if {@code version} is not dot-separated numbers with an
   *     optional {@code -pre-release} or {@code +metadata} suffix, such as {@code 3.0.10} or {@code
   *     4.1.0-beta1}
   */
  public boolean supportsDynamicScaling(String version) {
    return !ExtensionVersion.parse(version).isBefore(minimum);
  }

  /**
   * The FN-2 extension a NuGet package id belongs to, ignoring case: the package id itself, or for
   * {@link #STORAGE} also its split packages ({@code ...Storage.Blobs}, {@code ...Storage.Queues}:
   * any id that starts with Storage's id and a dot). Empty for any other package, whose triggers do
   * not scale beyond the pre-warmed instance count.
   */
  public static Optional<FunctionsScalingExtension> of(String packageId) {
    String id = packageId.toLowerCase(Locale.ROOT);
    for (FunctionsScalingExtension e : values()) {
      String known = e.packageId.toLowerCase(Locale.ROOT);
      if (id.equals(known) || (e == STORAGE && id.startsWith(known + "."))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
