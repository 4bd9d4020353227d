package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;

/**
 * The Azure Functions facts the generators need (SPEC FN-2): the trigger extensions that scale
 * dynamically with runtime scale monitoring and their minimum versions, with versions on both sides
 * of each minimum, Hybrid Connection endpoints, and the {@code FUNCTIONS_EXTENSION_VERSION} values.
 * A copy of SPEC's facts, because the testkit cannot depend on vnet-subnet-planner (whose tests use
 * the testkit); the planner's {@code TestkitEstateProperties} checks estates and settings built
 * with them against its {@code EstateChecker}.
 */
final class FunctionsFacts {

  /** The app setting that holds the Functions runtime version. */
  static final String RUNTIME_VERSION_SETTING = "FUNCTIONS_EXTENSION_VERSION";

  /** Runtime versions that FN-2 accepts (2.x or later), {@code ~4} first (the shrink target). */
  static final ImmutableList<String> SUPPORTED_RUNTIMES = ImmutableList.of("~4", "~3", "~2");

  /** A runtime version below FN-2's 2.x. */
  static final String RUNTIME_1X = "~1";

  /** The package id prefix every trigger extension here shares. */
  private static final String PREFIX = "Microsoft.Azure.WebJobs.Extensions.";

  /**
   * A trigger extension with its FN-2 minimum: versions at or above it (the minimum first, then
   * numeric near misses such as {@code 3.0.10} against {@code 3.0.5}, which a string comparison
   * would put below) and versions just below it (such as {@code 3.0.9} against {@code 3.0.10}, or a
   * pre-release of the minimum).
   */
  record TriggerExtension(
      String packageId,
      String minimum,
      ImmutableList<String> atOrAbove,
      ImmutableList<String> below) {

    /** At or above the minimum first, then below it. */
    ImmutableList<String> straddling() {
      return ImmutableList.<String>builder().addAll(atOrAbove).addAll(below).build();
    }
  }

  /**
   * FN-2's extensions, ServiceBus first (the shrink target). {@code Storage.Queues} is one of the
   * Storage extension's split packages, which count as Storage.
   */
  static final ImmutableList<TriggerExtension> TRIGGER_EXTENSIONS =
      ImmutableList.of(
          extension(
              "ServiceBus",
              "3.2.0",
              list("3.2.0", "5.13.0", "3.2", "3.10.0"),
              "3.1.9",
              "3.2.0-beta1"),
          extension(
              "Storage", "3.0.10", list("3.0.10", "5.2.0", "3.0.11"), "3.0.9", "3.0.10-beta1"),
          extension("EventHubs", "4.1.0", list("4.1.0", "6.3.5", "4.1"), "4.0.1", "4.1.0-preview1"),
          extension("CosmosDB", "3.0.5", list("3.0.5", "4.8.0", "3.0.10"), "3.0.4", "3.0.5-beta2"),
          extension("DurableTask", "2.0.0", list("2.0.0", "2.13.7", "2"), "1.8.4", "2.0.0-rc1"),
          extension("Storage.Queues", "3.0.10", list("5.3.0", "3.0.10"), "3.0.9"));

  /** Hybrid Connection endpoints ({@code host:port}). */
  static final ImmutableList<String> HYBRID_ENDPOINTS =
      ImmutableList.of(
          "sql.corp.local:1433",
          "files.corp.local:445",
          "api.corp.local:443",
          "cache.corp.local:6379");

  private FunctionsFacts() {}

  private static ImmutableList<String> list(String... versions) {
    return ImmutableList.copyOf(versions);
  }

  private static TriggerExtension extension(
      String name, String minimum, ImmutableList<String> atOrAbove, String... below) {
    return new TriggerExtension(PREFIX + name, minimum, atOrAbove, ImmutableList.copyOf(below));
  }

  /** The extension with this package id (ignoring case), if it is one of FN-2's. */
  static Optional<TriggerExtension> extension(String packageId) {
    String id = packageId.toLowerCase(Locale.ROOT);
    return TRIGGER_EXTENSIONS.stream()
        .filter(e -> e.packageId().toLowerCase(Locale.ROOT).equals(id))
        .findFirst();
  }
}
