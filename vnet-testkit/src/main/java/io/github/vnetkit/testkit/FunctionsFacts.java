package io.github.vnetkit.testkit;

import static io.github.vnetkit.model.FunctionsScalingExtension.COSMOS_DB;
import static io.github.vnetkit.model.FunctionsScalingExtension.DURABLE_TASK;
import static io.github.vnetkit.model.FunctionsScalingExtension.EVENT_HUBS;
import static io.github.vnetkit.model.FunctionsScalingExtension.SERVICE_BUS;
import static io.github.vnetkit.model.FunctionsScalingExtension.STORAGE;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.FunctionsScalingExtension;
import java.util.Locale;
import java.util.Optional;

/**
 * The Azure Functions test data the generators need: for each trigger extension of SPEC FN-2
 * ({@link FunctionsScalingExtension}, which holds the package ids and minimum versions), versions
 * on both sides of its minimum; Hybrid Connection endpoints; and the {@code
 * FUNCTIONS_EXTENSION_VERSION} values. The planner's {@code TestkitEstateProperties} checks estates
 * and settings built with them against its {@code EstateChecker}.
 */
final class FunctionsFacts {

  /** The app setting that holds the Functions runtime version. */
  static final String RUNTIME_VERSION_SETTING = "FUNCTIONS_EXTENSION_VERSION";

  /** Runtime versions that FN-2 accepts (2.x or later), {@code ~4} first (the shrink target). */
  static final ImmutableList<String> SUPPORTED_RUNTIMES = ImmutableList.of("~4", "~3", "~2");

  /** A runtime version below FN-2's 2.x. */
  static final String RUNTIME_1X = "~1";

  /**
   * A trigger extension's package id (FN-2's own, or one of Storage's split packages) with versions
   * at or above its minimum (the minimum first, except for the split package, then numeric near
   * misses such as {@code 3.0.10} against {@code 3.0.5}, which a string comparison would put below)
   * and versions just below it (such as {@code 3.0.9} against {@code 3.0.10}, or a pre-release of
   * the minimum).
   */
  record TriggerExtension(
      FunctionsScalingExtension extension,
      String packageId,
      ImmutableList<String> atOrAbove,
      ImmutableList<String> below) {

    /** The version from which the extension scales dynamically (FN-2). */
    String minimum() {
      return extension.minimumVersion();
    }

    /** At or above the minimum first, then below it. */
    ImmutableList<String> straddling() {
      return ImmutableList.<String>builder().addAll(atOrAbove).addAll(below).build();
    }
  }

  /**
   * FN-2's extensions, ServiceBus first (the shrink target), then Storage's split package {@code
   * Storage.Queues}, which counts as Storage.
   */
  static final ImmutableList<TriggerExtension> TRIGGER_EXTENSIONS =
      ImmutableList.of(
          extension(SERVICE_BUS, list("5.13.0", "3.2", "3.10.0"), "3.1.9", "beta1"),
          extension(STORAGE, list("5.2.0", "3.0.11"), "3.0.9", "beta1"),
          extension(EVENT_HUBS, list("6.3.5", "4.1"), "4.0.1", "preview1"),
          extension(COSMOS_DB, list("4.8.0", "3.0.10"), "3.0.4", "beta2"),
          extension(DURABLE_TASK, list("2.13.7", "2"), "1.8.4", "rc1"),
          new TriggerExtension(
              STORAGE,
              STORAGE.packageId() + ".Queues",
              list("5.3.0", STORAGE.minimumVersion()),
              list("3.0.9")));

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

  /**
   * {@code e} at: its minimum, then {@code aboveMinimum}; below: {@code nearMiss}, then the
   * minimum's pre-release {@code preReleaseTag}.
   */
  private static TriggerExtension extension(
      FunctionsScalingExtension e,
      ImmutableList<String> aboveMinimum,
      String nearMiss,
      String preReleaseTag) {
    return new TriggerExtension(
        e,
        e.packageId(),
        ImmutableList.<String>builder().add(e.minimumVersion()).addAll(aboveMinimum).build(),
        list(nearMiss, e.minimumVersion() + "-" + preReleaseTag));
  }

  /** The extension with this package id (ignoring case), if it is one of FN-2's. */
  static Optional<TriggerExtension> extension(String packageId) {
    String id = packageId.toLowerCase(Locale.ROOT);
    return TRIGGER_EXTENSIONS.stream()
        .filter(e -> e.packageId().toLowerCase(Locale.ROOT).equals(id))
        .findFirst();
  }
}
