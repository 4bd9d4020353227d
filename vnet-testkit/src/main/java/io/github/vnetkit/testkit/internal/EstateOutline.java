package io.github.vnetkit.testkit.internal;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an {@link Estate} as a compact outline, one line per plan, app, VNet and subnet, with
 * names instead of ids, so that shrunk counterexamples read well. Not API.
 *
 * <pre>{@code
 * EstateOutline.render("Estate", estate);
 * // Estate
 * //   plan plan1 P1v3 LINUX westeurope instances 1..1 -> [vnet1/snet1]
 * //   app app1 WEB_APP on plan1 -> vnet1/snet1
 * //   vnet vnet1 westeurope [10.0.0.0/16]
 * //     subnet snet1 10.0.0.0/28 [Microsoft.Web/serverFarms]
 * }</pre>
 *
 * <p>Only what is set is shown: {@code mpsj} on a plan with multi-plan subnet join, the
 * subscription of a plan or VNet outside the first plan's, a function app's runtime version and
 * Functions settings, a VNet's peerings and a subnet's service association links.
 */
public final class EstateOutline {

  private EstateOutline() {}

  /** The outline of {@code estate}, under a first line {@code header}. */
  public static String render(String header, Estate estate) {
    StringBuilder sb = new StringBuilder(header);
    String subscription = estate.plans().isEmpty() ? "" : estate.plans().get(0).subscriptionId();
    for (AppServicePlan p : estate.plans()) {
      sb.append("\n  plan ")
          .append(p.id().name())
          .append(' ')
          .append(p.sku())
          .append(' ')
          .append(p.operatingSystem())
          .append(p.hyperV() ? " hyperV" : "")
          .append(' ')
          .append(p.region())
          .append(" instances ")
          .append(p.currentInstances())
          .append("..")
          .append(p.maxInstances());
      if (p.deploymentGeneration() != DeploymentGeneration.UNKNOWN) {
        sb.append(' ').append(p.deploymentGeneration());
      }
      if (p.multiPlanSubnetJoin()) {
        sb.append(" mpsj");
      }
      sb.append(inSubscription(p.subscriptionId(), subscription));
      sb.append(" -> ")
          .append(p.vnetIntegrations().stream().map(EstateOutline::shortName).toList());
    }
    for (App a : estate.apps()) {
      sb.append("\n  app ")
          .append(a.name())
          .append(' ')
          .append(a.kind())
          .append(a.dockerCompose() ? " dockerCompose" : "")
          .append(" on ")
          .append(a.planId().name())
          .append(a.virtualNetworkSubnetId().map(s -> " -> " + shortName(s)).orElse(""));
      if (a.kind() == AppKind.FUNCTION_APP) {
        a.appSettings()
            .get("FUNCTIONS_EXTENSION_VERSION")
            .ifPresent(v -> sb.append(" runtime ").append(v));
        if (!a.functionsSettings().equals(FunctionsSettings.none())) {
          sb.append(' ').append(functions(a.functionsSettings()));
        }
      }
      a.slots()
          .forEach(
              s ->
                  sb.append(" slot ")
                      .append(s.name())
                      .append(
                          s.virtualNetworkSubnetId().map(id -> " -> " + shortName(id)).orElse("")));
    }
    for (VirtualNetwork v : estate.virtualNetworks()) {
      sb.append("\n  vnet ")
          .append(v.name())
          .append(' ')
          .append(v.region())
          .append(v.classic() ? " classic" : "")
          .append(inSubscription(v.subscriptionId(), subscription))
          .append(' ')
          .append(v.addressSpaces());
      for (Peering peering : v.peerings()) {
        sb.append(" peered ")
            .append(peering.remoteVirtualNetworkId().name())
            .append(' ')
            .append(peering.scope())
            .append(peering.remoteClassic() ? " classic" : "");
      }
      for (Subnet s : v.subnets()) {
        sb.append("\n    subnet ")
            .append(s.name())
            .append(' ')
            .append(s.addressPrefix())
            .append(' ')
            .append(s.delegations())
            .append(s.hasServiceEndpointPolicies() ? " serviceEndpointPolicies" : "");
        if (!s.serviceAssociationLinks().isEmpty()) {
          sb.append(" links ")
              .append(s.serviceAssociationLinks().stream().map(ResourceId::name).toList());
        }
      }
    }
    return sb.toString();
  }

  private static String inSubscription(String subscription, String usual) {
    return subscription.equalsIgnoreCase(usual) ? "" : " in subscription " + subscription;
  }

  /**
   * {@code functions[scaleMonitoring, triggers {ServiceBus 3.2.0}, hybrid [sql:1433],
   * restrictedStorage]}, listing only what is set.
   */
  private static String functions(FunctionsSettings fs) {
    List<String> parts = new ArrayList<>();
    if (fs.runtimeScaleMonitoringEnabled()) {
      parts.add("scaleMonitoring");
    }
    if (fs.hasVnetTriggers()) {
      List<String> triggers = new ArrayList<>();
      fs.vnetTriggerExtensions()
          .forEach(
              (name, version) ->
                  triggers.add(
                      name.replaceFirst("^Microsoft\\.Azure\\.WebJobs\\.Extensions\\.", "")
                          + " "
                          + version));
      parts.add("triggers " + triggers);
    }
    if (!fs.hybridConnections().isEmpty()) {
      parts.add("hybrid " + fs.hybridConnections());
    }
    if (fs.storageAccountVnetRestricted()) {
      parts.add("restrictedStorage");
    }
    return "functions" + parts;
  }

  /** {@code vnet1/snet1} for a subnet, the name otherwise. */
  public static String shortName(ResourceId id) {
    return id.kind() == ResourceId.Kind.SUBNET
        ? id.parent().map(ResourceId::name).orElse("?") + "/" + id.name()
        : id.name();
  }
}
