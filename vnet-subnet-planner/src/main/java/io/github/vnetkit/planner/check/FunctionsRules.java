package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.EstateIndex.label;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.FunctionsFeature;
import io.github.vnetkit.model.FunctionsHosting;
import io.github.vnetkit.model.FunctionsScalingExtension;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SPEC section 10, FN-1..FN-4: function apps against the feature matrix of their hosting option
 * ({@link io.github.vnetkit.model.PricingTier#functionsHosting()}), virtual network triggers on
 * Premium, Hybrid Connections and the storage account of Consumption apps. Apps of other kinds, and
 * function apps on tiers without a Functions hosting option, are not judged here.
 */
final class FunctionsRules implements RuleSet {

  /** The app setting that holds the Functions runtime version ({@code ~4}). */
  static final String RUNTIME_VERSION_SETTING = "FUNCTIONS_EXTENSION_VERSION";

  private static final Pattern RUNTIME = Pattern.compile("~?(\\d+)(\\..*)?");

  /** The names of FN-2's extensions as SPEC lists them: "Storage, EventHubs, ...". */
  private static final String SCALING_EXTENSION_NAMES =
      Arrays.stream(FunctionsScalingExtension.values())
          .map(e -> e.packageId().substring(e.packageId().lastIndexOf('.') + 1))
          .collect(Collectors.joining(", "));

  @Override
  public List<String> ruleIds() {
    return ImmutableList.of("FN-1", "FN-2", "FN-3", "FN-4");
  }

  @Override
  public void check(EstateIndex index, CheckContext context, ImmutableList.Builder<Finding> out) {
    for (App app : index.apps()) {
      if (app.kind() != AppKind.FUNCTION_APP) {
        continue;
      }
      AppServicePlan plan = index.planOf(app);
      plan.tier().functionsHosting().ifPresent(hosting -> checkApp(app, plan, hosting, out));
      checkHybridConnectionsOs(app, plan, out);
    }
  }

  private static void checkApp(
      App app, AppServicePlan plan, FunctionsHosting hosting, ImmutableList.Builder<Finding> out) {
    FunctionsSettings fs = app.functionsSettings();
    boolean integrated = EstateIndex.integrated(app);
    List<io.github.vnetkit.model.ResourceId> ids = ImmutableList.of(app.id(), plan.id());
    String who = "Function app '" + label(app.id()) + "'";
    String where = " on plan '" + label(plan.id()) + "' (" + hostingName(hosting) + ")";

    // FN-1: the feature matrix.
    checkFeature(hosting, FunctionsFeature.VNET_INTEGRATION, integrated, who, where, ids, out);
    checkFeature(
        hosting, FunctionsFeature.VNET_TRIGGERS, fs.hasVnetTriggers(), who, where, ids, out);
    checkFeature(
        hosting,
        FunctionsFeature.HYBRID_CONNECTIONS,
        !fs.hybridConnections().isEmpty(),
        who,
        where,
        ids,
        out);

    // FN-2: virtual network triggers on Premium.
    if (hosting == FunctionsHosting.PREMIUM && integrated && fs.hasVnetTriggers()) {
      checkVnetTriggers(app, fs, who, ids, out);
    }

    // FN-4: Consumption cannot use a storage account restricted to a VNet.
    if (hosting == FunctionsHosting.CONSUMPTION && fs.storageAccountVnetRestricted()) {
      out.add(
          Finding.of(
              "FN-4",
              Severity.ERROR,
              ids,
              who
                  + where
                  + " runs from a storage account restricted to a virtual network, which a"
                  + " Consumption plan cannot reach.",
              "Remove the virtual network restriction from the storage account, or move the app to"
                  + " a Premium or Dedicated plan integrated with that virtual network."));
    }
  }

  /** FN-3: Hybrid Connections are Windows only, whatever the hosting option. */
  private static void checkHybridConnectionsOs(
      App app, AppServicePlan plan, ImmutableList.Builder<Finding> out) {
    FunctionsSettings fs = app.functionsSettings();
    if (!fs.hybridConnections().isEmpty() && plan.operatingSystem() == OperatingSystem.LINUX) {
      out.add(
          Finding.of(
              "FN-3",
              Severity.ERROR,
              ImmutableList.of(app.id(), plan.id()),
              "Function app '"
                  + label(app.id())
                  + "' uses Hybrid Connections ("
                  + String.join(", ", sortedIgnoringCase(fs.hybridConnections()))
                  + ") on Linux plan '"
                  + label(plan.id())
                  + "'; Hybrid Connections work only on Windows.",
              "Run the app on a Windows plan, or reach the endpoints through virtual network"
                  + " integration (with ExpressRoute or a site-to-site VPN) instead."));
    }
  }

  private static void checkFeature(
      FunctionsHosting hosting,
      FunctionsFeature feature,
      boolean used,
      String who,
      String where,
      List<io.github.vnetkit.model.ResourceId> ids,
      ImmutableList.Builder<Finding> out) {
    if (!used || hosting.supports(feature)) {
      return;
    }
    out.add(
        Finding.of(
            "FN-1",
            Severity.ERROR,
            ids,
            who
                + where
                + " uses "
                + featureName(feature)
                + ", which "
                + hostingName(hosting)
                + " hosting does not offer.",
            "Move the app to a Premium (ElasticPremium) or Dedicated plan, or stop using "
                + featureName(feature)
                + "."));
  }

  private static void checkVnetTriggers(
      App app,
      FunctionsSettings fs,
      String who,
      List<io.github.vnetkit.model.ResourceId> ids,
      ImmutableList.Builder<Finding> out) {
    if (!fs.runtimeScaleMonitoringEnabled()) {
      out.add(
          Finding.of(
              "FN-2",
              Severity.ERROR,
              ids,
              who
                  + " has non-HTTP triggers on services inside a virtual network on a Premium plan,"
                  + " but runtime scale monitoring (functionsRuntimeScaleMonitoringEnabled) is off,"
                  + " so the platform cannot scale on those triggers.",
              "Turn on runtime scale monitoring (Configuration > Function runtime settings, or set"
                  + " functionsRuntimeScaleMonitoringEnabled=1 on the site config)."));
    }
    Optional<String> runtime = app.appSettings().get(RUNTIME_VERSION_SETTING);
    OptionalInt major = runtime.map(FunctionsRules::majorVersion).orElse(OptionalInt.empty());
    if (major.isEmpty()) {
      out.add(
          Finding.of(
              "FN-2",
              Severity.WARNING,
              ids,
              who
                  + " has virtual network triggers, which need Functions runtime 2.x or later, and"
                  + " its runtime version is "
                  + runtime
                      .map(v -> "'" + v + "', which does not name a major version")
                      .orElse("not set (" + RUNTIME_VERSION_SETTING + ")")
                  + ".",
              "Set " + RUNTIME_VERSION_SETTING + " to a supported runtime, such as ~4."));
    } else if (major.getAsInt() < 2) {
      out.add(
          Finding.of(
              "FN-2",
              Severity.ERROR,
              ids,
              who
                  + " runs Functions runtime "
                  + runtime.orElseThrow()
                  + ", and virtual network triggers need runtime 2.x or later.",
              "Migrate the app to a supported runtime (" + RUNTIME_VERSION_SETTING + "=~4)."));
    }
    for (Map.Entry<String, String> e : sortedEntries(fs.vnetTriggerExtensions())) {
      String name = e.getKey();
      String version = e.getValue();
      Optional<FunctionsScalingExtension> known = FunctionsScalingExtension.of(name);
      if (known.isEmpty()) {
        out.add(
            Finding.of(
                "FN-2",
                Severity.INFO,
                ids,
                who
                    + " triggers on "
                    + name
                    + " "
                    + version
                    + ", which is not one of the extensions that scale dynamically with runtime"
                    + " scale monitoring ("
                    + SCALING_EXTENSION_NAMES
                    + "); it does not scale beyond the pre-warmed instance count.",
                "Raise the pre-warmed instance count to what the trigger needs, or use a trigger"
                    + " that scales dynamically."));
      } else if (!known.get().supportsDynamicScaling(version)) {
        String minimum = known.get().minimumVersion();
        out.add(
            Finding.of(
                "FN-2",
                Severity.WARNING,
                ids,
                who
                    + " triggers on "
                    + name
                    + " "
                    + version
                    + "; it scales dynamically with runtime scale monitoring only from "
                    + minimum
                    + ", so it does not scale beyond the pre-warmed instance count.",
                "Upgrade " + name + " to " + minimum + " or later."));
      }
    }
  }

  /** The major version of a {@code FUNCTIONS_EXTENSION_VERSION} value: 4 for {@code ~4}. */
  static OptionalInt majorVersion(String value) {
    Matcher m = RUNTIME.matcher(value.strip());
    if (!m.matches() || m.group(1).length() > 6) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(m.group(1)));
  }

  private static String hostingName(FunctionsHosting hosting) {
    return switch (hosting) {
      case CONSUMPTION -> "Consumption";
      case PREMIUM -> "Premium";
      case DEDICATED -> "Dedicated";
      case APP_SERVICE_ENVIRONMENT -> "App Service Environment";
      case KUBERNETES -> "Kubernetes";
    };
  }

  private static String featureName(FunctionsFeature feature) {
    return switch (feature) {
      case INBOUND_IP_RESTRICTIONS -> "inbound IP restrictions";
      case VNET_INTEGRATION -> "virtual network integration";
      case VNET_TRIGGERS -> "virtual network (non-HTTP) triggers";
      case HYBRID_CONNECTIONS -> "Hybrid Connections";
      case OUTBOUND_IP_RESTRICTIONS -> "outbound IP restrictions";
    };
  }

  private static List<String> sortedIgnoringCase(List<String> values) {
    return values.stream()
        .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s))
        .collect(ImmutableList.toImmutableList());
  }

  private static List<Map.Entry<String, String>> sortedEntries(Map<String, String> map) {
    return map.entrySet().stream()
        .sorted(
            Map.Entry.<String, String>comparingByKey(String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Map.Entry.comparingByKey()))
        .collect(ImmutableList.toImmutableList());
  }
}
