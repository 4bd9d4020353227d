package io.github.vnetkit.compat.gateway;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.compat.EffectiveSwitch;
import io.github.vnetkit.compat.RoutingSwitch;
import io.github.vnetkit.compat.SwitchResolver;
import io.github.vnetkit.compat.internal.Checks;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.FunctionsHosting;
import io.github.vnetkit.model.GatewayKind;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.PrivateAddressSpace;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reports gateway-required integrations that cannot exist or cannot work (SPEC GW-1, GW-2, with
 * TIER-1..TIER-3 and FN-1 for the plan), as {@link Finding}s sorted by {@link Finding#ORDER}.
 *
 * <p>Per integration ({@link #check}): Linux apps and Windows container apps cannot use it; the
 * target VNet needs a VPN gateway, and must not be connected to ExpressRoute nor have coexistence
 * gateways; it cannot reach service-endpoint-secured resources nor resolve Key Vault references to
 * a network-protected vault; it has no NSG, UDR or NAT gateway features, so application traffic
 * routing (read with {@link SwitchResolver#strict()}) has no effect; the point-to-site range should
 * lie in the RFC 1918 ranges ({@link PrivateAddressSpace#RFC1918}), a check from the
 * gateway-required troubleshooting list of [003] that SPEC GW-1 cites; a same-region ARM VNet does
 * not need it at all. Per plan ({@link #checkPlan}): at most five VNets.
 *
 * <p>The plan's tier is read with the same TIER-1..TIER-3 mapping as {@link
 * GatewayMigrationPlanner}: a tier that cannot integrate at all is an error (TIER-1); an App
 * Service Environment plan does not need the integration (TIER-3, info); a plan known to sit on an
 * older deployment keeps its gateway-required integration but cannot move to regional integration
 * below PremiumV2 (TIER-2, info).
 *
 * <p>Stateless and thread-safe; cost is linear in the number of integrations.
 *
 * <pre>{@code
 * List<Finding> findings = GatewayIntegrationChecker.check(app, plan, integration);
 * findings.stream().filter(Finding::isBlocking).forEach(System.out::println);
 * }</pre>
 */
public final class GatewayIntegrationChecker {

  /** The most VNets one plan can reach through gateway-required integration (GW-2). */
  public static final int MAX_VNETS_PER_PLAN = 5;

  private GatewayIntegrationChecker() {}

  /**
   * The findings about {@code app}'s gateway-required {@code integration} on {@code plan}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code plan} is not {@code app}'s plan
   */
  public static List<Finding> check(App app, AppServicePlan plan, GatewayIntegration integration) {
    Checks.requirePlanOf(app, plan);
    requireNonNull(integration, "integration");
    List<Finding> out = new ArrayList<>();
    String planSubject = "plan '" + plan.id().name() + "'";
    String vnetSubject = "VNet '" + integration.targetVnet().name() + "'";
    tier(plan, planSubject, out);
    if (plan.operatingSystem() == OperatingSystem.LINUX) {
      out.add(
          Finding.of(
              Severity.ERROR,
              "GW-2",
              planSubject,
              "gateway-required integration cannot be used from Linux apps",
              "use regional integration (GatewayMigrationPlanner plans the move)"));
    }
    if (plan.hyperV()) {
      out.add(
          Finding.of(
              Severity.ERROR,
              "GW-2",
              planSubject,
              "gateway-required integration cannot be used from Windows container apps",
              "use regional integration (GatewayMigrationPlanner plans the move)"));
    }
    boolean vpn = integration.gateways().contains(GatewayKind.VPN);
    boolean expressRoute = integration.gateways().contains(GatewayKind.EXPRESS_ROUTE);
    if (!vpn) {
      out.add(
          Finding.of(
              Severity.ERROR,
              "GW-1",
              vnetSubject,
              "has no VPN gateway; gateway-required integration reaches the VNet through a VPN"
                  + " gateway in it, using a point-to-site range",
              "provision a VPN gateway with point-to-site in the VNet, or migrate to regional"
                  + " integration"));
    }
    if (expressRoute) {
      out.add(
          Finding.of(
              Severity.ERROR,
              "GW-2",
              vnetSubject,
              "is connected to ExpressRoute; gateway-required integration cannot be used with"
                  + " VNets connected to ExpressRoute",
              "migrate to regional integration, which reaches networks behind ExpressRoute"
                  + " (NET-9)"));
    }
    if (vpn && expressRoute) {
      out.add(
          Finding.of(
              Severity.ERROR,
              "GW-2",
              vnetSubject,
              "has coexistence gateways (ExpressRoute and VPN); gateway-required integration"
                  + " does not support them",
              "migrate to regional integration"));
    }
    if (integration.reachesServiceEndpointSecuredResources()) {
      out.add(
          Finding.of(
              Severity.ERROR,
              "GW-2",
              vnetSubject,
              "the app relies on service-endpoint-secured resources, which gateway-required"
                  + " integration cannot reach",
              "migrate to regional integration, which reaches service-endpoint-secured"
                  + " services (NET-9)"));
    }
    if (integration.resolvesKeyVaultReferences()) {
      out.add(
          Finding.of(
              Severity.ERROR,
              "GW-2",
              vnetSubject,
              "the app resolves Key Vault references to a network-protected vault, which"
                  + " gateway-required integration cannot do",
              "migrate to regional integration (CFG-6: the fetch is retried through it)"));
    }
    EffectiveSwitch application =
        SwitchResolver.strict().resolve(app).get(RoutingSwitch.APPLICATION_TRAFFIC);
    if (application.on()) {
      out.add(
          Finding.of(
              Severity.WARNING,
              "GW-2",
              "app '" + app.name() + "'",
              "application traffic routing is on (decided by "
                  + application.decidedBy()
                  + "), but gateway-required integration has no NSG, UDR or NAT gateway"
                  + " features, so it has no effect here",
              "migrate to regional integration for NSG, route table and NAT gateway control"
                  + " (APP-1, APP-3)"));
    }
    if (!PrivateAddressSpace.isRfc1918(integration.pointToSiteRange())) {
      out.add(
          Finding.of(
              Severity.WARNING,
              "GW-1",
              vnetSubject,
              "point-to-site range "
                  + integration.pointToSiteRange()
                  + " is not in the RFC 1918 ranges ("
                  + rfc1918()
                  + "); the gateway-required troubleshooting list [003] checks that it is",
              "use a point-to-site range inside the RFC 1918 ranges"));
    }
    if (integration.targetRegion().equals(plan.region()) && !integration.targetVnet().classic()) {
      out.add(
          Finding.of(
              Severity.INFO,
              "GW-1",
              vnetSubject,
              "is an ARM VNet in the app's region ("
                  + plan.region()
                  + "); gateway-required integration is needed only for a VNet in another region"
                  + " or a classic VNet",
              "migrate to regional integration with a subnet of this VNet"));
    }
    out.sort(Finding.ORDER);
    return List.copyOf(out);
  }

  /**
   * The findings about all of {@code plan}'s gateway-required integrations together: at most
   * {@value #MAX_VNETS_PER_PLAN} VNets per plan (GW-2).
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> checkPlan(
      AppServicePlan plan, Collection<GatewayIntegration> integrations) {
    requireNonNull(plan, "plan");
    requireNonNull(integrations, "integrations");
    TreeSet<ResourceId> vnets = new TreeSet<>();
    integrations.forEach(i -> vnets.add(i.targetVnet().id()));
    if (vnets.size() <= MAX_VNETS_PER_PLAN) {
      return List.of();
    }
    return List.of(
        Finding.of(
            Severity.ERROR,
            "GW-2",
            "plan '" + plan.id().name() + "'",
            "reaches "
                + vnets.size()
                + " VNets through gateway-required integration; a plan can reach at most "
                + MAX_VNETS_PER_PLAN,
            "reach the others through peering from a regional integration (GW-5)"));
  }

  private static void tier(AppServicePlan plan, String subject, List<Finding> out) {
    PricingTier tier = plan.tier();
    TierEligibility eligibility = TierEligibility.of(plan);
    switch (eligibility) {
      case NOT_SUPPORTED ->
          out.add(
              Finding.of(
                  Severity.ERROR,
                  eligibility.ruleId(),
                  subject,
                  tier.armName() + " plans cannot use virtual network integration",
                  "scale the plan up to a tier that supports it"));
      case NOT_APPLICABLE ->
          out.add(
              Finding.of(
                  Severity.INFO,
                  eligibility.ruleId(),
                  subject,
                  "an "
                      + tier.armName()
                      + " plan runs in an App Service Environment, already in a VNet",
                  "remove the gateway-required integration; reach other VNets by peering the"
                      + " ASE's VNet"));
      case OLDER_DEPLOYMENT ->
          out.add(
              Finding.of(
                  Severity.INFO,
                  eligibility.ruleId(),
                  subject,
                  "this "
                      + tier.armName()
                      + " plan is known to sit on an older deployment, where regional integration,"
                      + " which replaces gateway-required integration, needs PremiumV2 or higher",
                  "scale the plan to PremiumV2 or higher before migrating, or migrate"
                      + " blue-green to a new plan"));
      case SUPPORTED, UNKNOWN_DEPLOYMENT -> {
        Optional<FunctionsHosting> hosting = tier.functionsHosting();
        if (hosting.filter(h -> h == FunctionsHosting.PREMIUM).isPresent()
            || tier == PricingTier.WORKFLOW_STANDARD) {
          out.add(
              Finding.of(
                  Severity.ERROR,
                  "FN-1",
                  subject,
                  tier.armName()
                      + " plans offer regional integration only; gateway-required integration"
                      + " needs a Dedicated plan",
                  "use regional integration (GatewayMigrationPlanner plans the move)"));
        }
      }
    }
  }

  /** The RFC 1918 ranges as text: {@code 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16}. */
  static String rfc1918() {
    return PrivateAddressSpace.RFC1918.stream()
        .map(Cidr::toString)
        .collect(Collectors.joining(", "));
  }
}
