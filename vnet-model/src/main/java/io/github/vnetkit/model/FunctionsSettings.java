package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The networking-related settings of a function app (SPEC FN-1..FN-4): runtime scale monitoring,
 * the trigger extensions that listen to services inside a virtual network, Hybrid Connections and
 * whether the app's storage account is restricted to a virtual network.
 *
 * <p>The Functions runtime version is not repeated here: it is the {@code
 * FUNCTIONS_EXTENSION_VERSION} app setting ({@code ~4}), read from the app's {@link AppSettings}.
 * Every attribute has a default, so {@link #none()} is the value of an app that uses none of these
 * features.
 *
 * <pre>{@code
 * FunctionsSettings settings = FunctionsSettings.builder()
 *     .runtimeScaleMonitoringEnabled(true)   // functionsRuntimeScaleMonitoringEnabled
 *     .putVnetTriggerExtensions("Microsoft.Azure.WebJobs.Extensions.ServiceBus", "5.13.0")
 *     .addHybridConnections("sql.corp.local:1433")
 *     .build();
 * App.builder().kind(AppKind.FUNCTION_APP).functionsSettings(settings) // ...
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if an extension name is blank or
 * listed twice (ignoring case), a version is not numeric ({@code 3.0.10}, optionally with a
 * pre-release suffix such as {@code 4.1.0-beta1}), or a Hybrid Connection endpoint is not {@code
 * host:port} or is listed twice.
 */
@Value.Immutable
public abstract class FunctionsSettings {

  private static final Pattern ENDPOINT = Pattern.compile("[^\\s:/]+:(\\d{1,5})");
  private static final FunctionsSettings NONE = builder().build();

  FunctionsSettings() {}

  /** A new builder; every feature starts off. */
  public static Builder builder() {
    return new Builder();
  }

  /** The settings of a function app that uses none of these features. */
  public static FunctionsSettings none() {
    return NONE;
  }

  /** Builds a {@link FunctionsSettings}. */
  public static final class Builder extends ImmutableFunctionsSettings.Builder {
    Builder() {}
  }

  /**
   * The site property {@code functionsRuntimeScaleMonitoringEnabled} ("virtual network trigger
   * support"), which non-HTTP triggers from inside a VNet need on a Premium plan (SPEC FN-2).
   * Defaults to {@code false}.
   */
  @Value.Default
  public boolean runtimeScaleMonitoringEnabled() {
    return false;
  }

  /**
   * The non-HTTP trigger extensions whose triggers listen to services inside a virtual network:
   * NuGet package id (such as {@code Microsoft.Azure.WebJobs.Extensions.ServiceBus}) to its version
   * (such as {@code 3.2.0}). Empty when the app has no virtual network triggers (SPEC FN-1, FN-2).
   * {@link FunctionsScalingExtension} says which of them scale dynamically.
   */
  public abstract Map<String, String> vnetTriggerExtensions();

  /**
   * The app's Hybrid Connection endpoints, as {@code host:port} (SPEC FN-3: Windows only, any plan
   * but Consumption).
   */
  public abstract List<String> hybridConnections();

  /**
   * Whether the storage account the app runs from ({@code AzureWebJobsStorage}) is restricted to a
   * virtual network, which a Consumption plan cannot use (SPEC FN-4). Defaults to {@code false}.
   */
  @Value.Default
  public boolean storageAccountVnetRestricted() {
    return false;
  }

  /** Whether the app has virtual network triggers ({@link #vnetTriggerExtensions()} not empty). */
  public final boolean hasVnetTriggers() {
    return !vnetTriggerExtensions().isEmpty();
  }

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, String> e : vnetTriggerExtensions().entrySet()) {
      String name = e.getKey();
      checkArgument(
          !name.isBlank() && name.equals(name.strip()),
          "trigger extension '%s' must be a package id such as"
              + " Microsoft.Azure.WebJobs.Extensions.ServiceBus",
          name);
      checkArgument(
          names.add(name.toLowerCase(Locale.ROOT)),
          "trigger extension '%s' is listed twice (names compare ignoring case)",
          name);
      checkArgument(
          ExtensionVersion.isValid(e.getValue()),
          "version '%s' of trigger extension '%s' must be numeric, such as 3.0.10 or 4.1.0-beta1",
          e.getValue(),
          name);
    }
    Set<String> endpoints = new HashSet<>();
    for (String endpoint : hybridConnections()) {
      var m = ENDPOINT.matcher(endpoint);
      checkArgument(
          m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 65535,
          "Hybrid Connection endpoint '%s' must be host:port, such as sql.corp.local:1433",
          endpoint);
      checkArgument(
          endpoints.add(endpoint.toLowerCase(Locale.ROOT)),
          "Hybrid Connection endpoint '%s' is listed twice",
          endpoint);
    }
  }
}
