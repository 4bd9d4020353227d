package io.github.vnetkit.testkit.internal;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;

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
 */
public final class EstateOutline {

  private EstateOutline() {}

  /** The outline of {@code estate}, under a first line {@code header}. */
  public static String render(String header, Estate estate) {
    StringBuilder sb = new StringBuilder(header);
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
          .append(' ')
          .append(v.addressSpaces());
      for (Subnet s : v.subnets()) {
        sb.append("\n    subnet ")
            .append(s.name())
            .append(' ')
            .append(s.addressPrefix())
            .append(' ')
            .append(s.delegations())
            .append(s.hasServiceEndpointPolicies() ? " serviceEndpointPolicies" : "");
      }
    }
    return sb.toString();
  }

  /** {@code vnet1/snet1} for a subnet, the name otherwise. */
  public static String shortName(ResourceId id) {
    return id.kind() == ResourceId.Kind.SUBNET
        ? id.parent().map(ResourceId::name).orElse("?") + "/" + id.name()
        : id.name();
  }
}
