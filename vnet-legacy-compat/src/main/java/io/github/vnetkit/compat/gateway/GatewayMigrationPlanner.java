package io.github.vnetkit.compat.gateway;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.compat.EffectiveSwitch;
import io.github.vnetkit.compat.RoutingSwitch;
import io.github.vnetkit.compat.SwitchResolver;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.planner.SubnetPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plans the move of an app from gateway-required to regional virtual network integration (SPEC
 * GW-1..GW-6).
 *
 * <p>The plan lists: the current integration's findings ({@link GatewayIntegrationChecker}); the
 * blockers (plan tier, TIER-1..TIER-3; Docker Compose, TIER-5; a classic VNet, NET-1 and NET-9; an
 * integration VNet outside the app's region, NET-1; the plan's regional integrations already used
 * up, NET-6; a proposed subnet that does not qualify under the {@link IntegrationSubnetCheck}); the
 * prerequisites (GW-6: tier, a VNet in the app's region, an empty or new delegated subnet of the
 * subnet planner's minimum size, RBAC permissions, and the resource provider for another
 * subscription, NET-8); the strategy chosen by the {@link DowntimeTolerance} with the others as
 * alternatives (GW-4); the ordered steps, including the extra ones for a VNet in another region
 * (GW-5); and the connectivity loss (GW-3).
 *
 * <p>Choices worth knowing:
 *
 * <ul>
 *   <li>The tier is read with the same TIER-1..TIER-3 mapping as {@link GatewayIntegrationChecker}.
 *       The blue-green strategy moves the app to a new plan, so neither the old plan's tier nor its
 *       used-up integrations (NET-6) block it; the new plan's tier is a planned prerequisite.
 *   <li>Whenever the integration subnet's VNet is not the target VNet, the app reaches the target
 *       only through a peering (GW-5, NET-9): the plan requires one, met if the subnet's VNet lists
 *       it, otherwise planned with a step (global peering across regions, regional peering in the
 *       app's region).
 *   <li>The deployment-slot strategy integrates the slot named {@code staging} (ignoring case) if
 *       the app has one, else its first slot in {@link io.github.vnetkit.model.ResourceId} order,
 *       so the plan does not depend on the order of {@link App#slots()}; without slots it creates
 *       one.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; cost is linear in the size of the inputs.
 *
 * <pre>{@code
 * GatewayMigrationPlan plan = GatewayMigrationPlanner.standard().plan(request);
 * GatewayMigrationPlanner.using(IntegrationSubnetCheck.basic().and(myCheck)).plan(request);
 * }</pre>
 */
public final class GatewayMigrationPlanner {

  /** The slot name the deployment-slot strategy prefers (NET-10, GW-4). */
  static final String STAGING_SLOT = "staging";

  private final IntegrationSubnetCheck subnetCheck;

  private GatewayMigrationPlanner(IntegrationSubnetCheck subnetCheck) {
    this.subnetCheck = subnetCheck;
  }

  /** A planner that checks proposed subnets with {@link IntegrationSubnetCheck#standard()}. */
  public static GatewayMigrationPlanner standard() {
    return new GatewayMigrationPlanner(IntegrationSubnetCheck.standard());
  }

  /**
   * A planner that checks proposed subnets with {@code subnetCheck}.
   *
   * @throws NullPointerException if {@code subnetCheck} is null
   */
  public static GatewayMigrationPlanner using(IntegrationSubnetCheck subnetCheck) {
    return new GatewayMigrationPlanner(requireNonNull(subnetCheck, "subnetCheck"));
  }

  /**
   * Plans the migration described by {@code request}.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public GatewayMigrationPlan plan(GatewayMigrationRequest request) {
    return new Planning(requireNonNull(request, "request")).plan();
  }

  /** The state of one planning run. */
  private final class Planning {
    private final GatewayMigrationRequest request;
    private final App app;
    private final AppServicePlan plan;
    private final VirtualNetwork target;
    private final MigrationStrategy strategy;
    private final Optional<SubnetProposal> proposal;
    private final Optional<SubnetQualification> qualification;
    private final List<Finding> blockers = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private final List<Prerequisite> prerequisites = new ArrayList<>();
    private final List<MigrationStep> steps = new ArrayList<>();

    Planning(GatewayMigrationRequest request) {
      this.request = request;
      this.app = request.app();
      this.plan = request.plan();
      this.target = request.targetVnet();
      this.strategy = request.downtimeTolerance().strategy();
      this.proposal = request.proposedSubnet();
      this.qualification = proposal.map(p -> subnetCheck.check(p, plan));
    }

    GatewayMigrationPlan plan() {
      tier();
      app();
      vnets();
      subnet();
      integrationsLeft();
      permissions();
      steps();
      blockers.sort(Finding.ORDER);
      warnings.sort(Finding.ORDER);
      return GatewayMigrationPlan.builder()
          .appId(app.id())
          .currentStateFindings(GatewayIntegrationChecker.check(app, plan, request.current()))
          .blockers(blockers)
          .warnings(warnings)
          .prerequisites(prerequisites)
          .strategy(strategy)
          .options(options())
          .steps(steps)
          .connectivityLoss(loss(strategy))
          .crossRegion(request.crossRegion())
          .subnetQualification(qualification)
          .build();
    }

    private String planSubject() {
      return "plan '" + plan.id().name() + "'";
    }

    private void tier() {
      PricingTier tier = plan.tier();
      if (strategy == MigrationStrategy.BLUE_GREEN) {
        // the app moves to a new plan: the old plan's tier does not matter, the new plan's does
        prerequisites.add(
            prerequisite(
                List.of("GW-6", "GW-4", "TIER-1", "TIER-2"),
                "a tier that supports regional integration for the new plan",
                PrerequisiteStatus.PLANNED,
                "the plan creates the new plan on "
                    + TierEligibility.SUPPORTED_TIERS
                    + "; to be sure of a newer deployment for Basic, Standard or Premium (v1),"
                    + " create it on PremiumV3 and scale down afterwards; the current "
                    + tier.armName()
                    + " plan does not integrate"));
        return;
      }
      String requirement = "a plan tier that supports regional integration";
      TierEligibility eligibility = TierEligibility.of(plan);
      switch (eligibility) {
        case NOT_SUPPORTED, OLDER_DEPLOYMENT, NOT_APPLICABLE -> {
          blockers.add(
              Finding.of(
                  Severity.ERROR,
                  eligibility.ruleId(),
                  planSubject(),
                  eligibility.reason(plan),
                  eligibility == TierEligibility.NOT_APPLICABLE
                      ? "the app already lives in the App Service Environment's VNet: peer that"
                          + " VNet with the target VNet instead, or choose the blue-green strategy"
                      : "scale the plan to "
                          + TierEligibility.SUPPORTED_TIERS
                          + " first, or choose the blue-green strategy (a new plan)"));
          prerequisites.add(
              prerequisite(
                  eligibility == TierEligibility.OLDER_DEPLOYMENT
                      ? List.of("GW-6", "TIER-1", "TIER-2")
                      : List.of("GW-6", eligibility.ruleId()),
                  requirement,
                  PrerequisiteStatus.NOT_MET,
                  tier.armName() + ": " + eligibility.reason(plan)));
        }
        case UNKNOWN_DEPLOYMENT -> {
          warnings.add(
              Finding.of(
                  Severity.WARNING,
                  eligibility.ruleId(),
                  planSubject(),
                  tier.armName()
                      + " plans integrate only on newer deployments, and this plan's deployment"
                      + " is unknown",
                  "check that the scale unit offers PremiumV2/PremiumV3, or use PremiumV2 or"
                      + " higher"));
          prerequisites.add(
              prerequisite(
                  List.of("GW-6", "TIER-1", "TIER-2"),
                  requirement,
                  PrerequisiteStatus.TO_VERIFY,
                  tier.armName()
                      + " integrates only on a newer deployment; the plan's is unknown"));
        }
        case SUPPORTED ->
            prerequisites.add(
                prerequisite(
                    List.of("GW-6", "TIER-1"),
                    requirement,
                    PrerequisiteStatus.MET,
                    tier.armName() + ": " + tier.integrationReason()));
      }
    }

    private void app() {
      if (app.dockerCompose()) {
        blockers.add(
            Finding.of(
                Severity.ERROR,
                "TIER-5",
                "app '" + app.name() + "'",
                "Docker Compose apps cannot use regional integration",
                "move the app to a single-container or code deployment first"));
      }
    }

    /** The VNet the app integrates with: the proposal's, else the target when in region. */
    private Optional<VirtualNetwork> integrationVnet() {
      if (proposal.isPresent()) {
        return Optional.of(proposal.get().virtualNetwork());
      }
      return request.crossRegion() ? Optional.empty() : Optional.of(target);
    }

    private void vnets() {
      String requirement = "a VNet in the app's region (" + plan.region() + ")";
      if (target.classic()) {
        blockers.add(
            Finding.of(
                Severity.ERROR,
                "NET-9",
                "VNet '" + target.name() + "'",
                "is a classic VNet: regional integration needs an Azure Resource Manager VNet"
                    + " (NET-1), and nothing across a peering with a classic VNet is reachable",
                "migrate the classic VNet to Azure Resource Manager first"));
      }
      Optional<VirtualNetwork> local = integrationVnet();
      if (local.isEmpty()) {
        prerequisites.add(
            prerequisite(
                List.of("GW-6", "GW-5", "NET-1"),
                requirement,
                PrerequisiteStatus.PLANNED,
                "VNet '"
                    + target.name()
                    + "' is in "
                    + target.region()
                    + "; the plan creates a VNet in "
                    + plan.region()
                    + " and peers it (GW-5)"));
        return;
      }
      VirtualNetwork vnet = local.get();
      boolean inRegion = vnet.region().equals(plan.region());
      if (!inRegion) {
        blockers.add(
            Finding.of(
                Severity.ERROR,
                "NET-1",
                "VNet '" + vnet.name() + "'",
                "is in "
                    + vnet.region()
                    + ", not in the app's region "
                    + plan.region()
                    + "; regional integration needs a VNet in the app's region",
                "propose a subnet of a VNet in "
                    + plan.region()
                    + ", peered with the remote VNet (GW-5)"));
      } else if (vnet.classic() && !vnet.id().equals(target.id())) {
        blockers.add(
            Finding.of(
                Severity.ERROR,
                "NET-1",
                "VNet '" + vnet.name() + "'",
                "is a classic VNet; regional integration needs an Azure Resource Manager VNet",
                "use an Azure Resource Manager VNet"));
      }
      prerequisites.add(
          prerequisite(
              List.of("GW-6", "NET-1"),
              requirement,
              inRegion && !vnet.classic() ? PrerequisiteStatus.MET : PrerequisiteStatus.NOT_MET,
              "VNet '"
                  + vnet.name()
                  + "' is in "
                  + vnet.region()
                  + (vnet.classic() ? " and is classic" : "")));
      if (!vnet.subscriptionId().equalsIgnoreCase(plan.subscriptionId())) {
        prerequisites.add(
            prerequisite(
                List.of("NET-8"),
                "the Microsoft.Web resource provider registered in the VNet's subscription",
                PrerequisiteStatus.TO_VERIFY,
                "VNet '"
                    + vnet.name()
                    + "' is in subscription "
                    + vnet.subscriptionId()
                    + ", the plan in "
                    + plan.subscriptionId()));
      }
      if (needsPeering(vnet)) {
        boolean peered = peeredWithTarget(vnet);
        prerequisites.add(
            prerequisite(
                request.crossRegion() ? List.of("GW-5", "NET-9") : List.of("NET-9"),
                (request.crossRegion() ? "global peering" : "peering")
                    + " between '"
                    + vnet.name()
                    + "' and '"
                    + target.name()
                    + "', so the app reaches the target VNet through the integration",
                peered ? PrerequisiteStatus.MET : PrerequisiteStatus.PLANNED,
                peered ? "the peering exists" : "the plan creates it"));
      }
    }

    /**
     * Whether the app, integrated with {@code vnet}, reaches the target VNet only through a peering
     * (GW-5, NET-9): {@code vnet} is another ARM VNet in the app's region. A classic VNet on either
     * side is a blocker of its own.
     */
    private boolean needsPeering(VirtualNetwork vnet) {
      return !vnet.id().equals(target.id())
          && vnet.region().equals(plan.region())
          && !vnet.classic()
          && !target.classic();
    }

    /** Whether {@code vnet} lists a peering with the target VNet. */
    private boolean peeredWithTarget(VirtualNetwork vnet) {
      return vnet.peerings().stream().anyMatch(p -> p.remoteVirtualNetworkId().equals(target.id()));
    }

    private void subnet() {
      String requirement =
          "an empty or new subnet delegated to "
              + Subnet.SERVER_FARMS_DELEGATION
              + ", "
              + sizeRequirement();
      List<String> rules = List.of("GW-6", "NET-3", "CAP-7");
      if (qualification.isEmpty()) {
        if (!request.crossRegion() && target.hasIpv6AddressSpace()) {
          blockers.add(
              Finding.of(
                  Severity.ERROR,
                  "NET-2",
                  "VNet '" + target.name() + "'",
                  "has an IPv6 address space, which regional integration does not allow",
                  "integrate with a VNet that has IPv4 address spaces only"));
        }
        prerequisites.add(
            prerequisite(
                rules,
                requirement,
                PrerequisiteStatus.PLANNED,
                "no subnet proposed; the plan creates one"));
        return;
      }
      SubnetQualification q = qualification.get();
      for (Finding f : q.findings()) {
        (f.isBlocking() ? blockers : warnings).add(f);
      }
      PrerequisiteStatus status =
          !q.qualifies()
              ? PrerequisiteStatus.NOT_MET
              : q.isComplete() ? PrerequisiteStatus.MET : PrerequisiteStatus.TO_VERIFY;
      prerequisites.add(
          prerequisite(
              rules,
              requirement,
              status,
              "subnet '" + proposal.orElseThrow().subnet().name() + "' " + q));
    }

    /**
     * The CAP-7 minimum and the CAP-6 recommendation from the subnet planner: for a proposal, its
     * minimum (/27 when the portal creates it, else /28); without one, both.
     */
    private String sizeRequirement() {
      String minimum =
          proposal
              .map(p -> "/" + PlannerSubnetCheck.options(p).minimumPrefixLength() + " or larger")
              .orElse(
                  "at least /"
                      + SubnetPlanner.EXISTING_SUBNET_MINIMUM_PREFIX_LENGTH
                      + " (/"
                      + SubnetPlanner.PORTAL_CREATED_MINIMUM_PREFIX_LENGTH
                      + " if the portal creates it)");
      return minimum + ", /" + SubnetPlanner.RECOMMENDED_PREFIX_LENGTH + " recommended";
    }

    private void integrationsLeft() {
      if (strategy == MigrationStrategy.BLUE_GREEN || proposal.isEmpty()) {
        return;
      }
      int limit = plan.maxRegionalIntegrations();
      boolean alreadyIntegrated = plan.vnetIntegrations().contains(proposal.get().subnet().id());
      if (!alreadyIntegrated && plan.vnetIntegrations().size() >= limit) {
        blockers.add(
            Finding.of(
                Severity.ERROR,
                "NET-6",
                planSubject(),
                "already has "
                    + plan.vnetIntegrations().size()
                    + " regional integration(s), the"
                    + " most a "
                    + plan.operatingSystem()
                    + " plan may have",
                "integrate with one of the plan's subnets "
                    + plan.vnetIntegrations()
                    + ", or choose the blue-green strategy (a new plan)"));
      }
    }

    private void permissions() {
      boolean delegate =
          proposal.map(p -> !p.subnet().isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)).orElse(true);
      prerequisites.add(
          prerequisite(
              List.of("GW-6", "NET-7"),
              "RBAC permissions on the integration subnet",
              PrerequisiteStatus.TO_VERIFY,
              "Microsoft.Network/virtualNetworks/read, .../subnets/read, .../subnets/join/action"
                  + (delegate ? ", and .../subnets/write to delegate the subnet (NET-3)" : "")));
    }

    private void steps() {
      String p2s = request.current().pointToSiteRange().toString();
      String remote = "'" + target.name() + "' (" + target.region() + ")";
      step(
          StepPhase.ASSESS,
          "Document the gateway-required integration: VNet "
              + remote
              + ", point-to-site range "
              + p2s,
          "GW-1");
      step(
          StepPhase.ASSESS,
          "Identify the resources the app reaches through it (databases, private endpoints,"
              + " on-premises networks): they are interrupted during the switch",
          "GW-3");
      step(
          StepPhase.ASSESS,
          "Review NSGs, route tables and firewalls: rules that allow the point-to-site range "
              + p2s
              + " must allow the integration subnet's whole range afterwards",
          "APP-5",
          "CAP-9");
      step(
          StepPhase.ASSESS,
          "Plan the rollback: reconnect the gateway-required integration to " + remote,
          "GW-4");
      Optional<VirtualNetwork> local = integrationVnet();
      String localName = local.map(v -> "'" + v.name() + "'").orElse("the new VNet");
      if (request.crossRegion()) {
        if (local.isEmpty()) {
          step(
              StepPhase.CROSS_REGION,
              "Create a VNet in the app's region "
                  + plan.region()
                  + " whose address space does not overlap "
                  + target.addressSpaces(),
              "GW-5",
              "NET-1");
        }
        boolean peered = local.map(this::peeredWithTarget).orElse(false);
        if (!peered) {
          step(
              StepPhase.CROSS_REGION,
              "Peer " + localName + " with " + remote + " using global peering",
              "GW-5",
              "NET-9");
        }
        step(
            StepPhase.CROSS_REGION,
            "Route traffic for "
                + target.addressSpaces()
                + " through the peering, and make"
                + " names in "
                + remote
                + " resolve from "
                + localName,
            "GW-5",
            "NR-3",
            "DNS-1");
      }
      if (!request.crossRegion()
          && local.filter(this::needsPeering).filter(v -> !peeredWithTarget(v)).isPresent()) {
        step(
            StepPhase.PREPARE_SUBNET,
            "Peer "
                + localName
                + " with "
                + remote
                + " so the app reaches it through the integration, and make names in "
                + remote
                + " resolve from "
                + localName,
            "NET-9",
            "DNS-1");
      }
      if (proposal.isEmpty()) {
        step(
            StepPhase.PREPARE_SUBNET,
            "Create an empty subnet in "
                + localName
                + " delegated to "
                + Subnet.SERVER_FARMS_DELEGATION
                + ", sized for the plan's maximum scale with headroom ("
                + sizeRequirement()
                + ")",
            "GW-6",
            "NET-3",
            "CAP-6",
            "CAP-7");
      } else {
        Subnet subnet = proposal.get().subnet();
        String name = "'" + subnet.name() + "' (" + subnet.addressPrefix() + ")";
        if (proposal.get().isNew()) {
          step(
              StepPhase.PREPARE_SUBNET,
              "Create subnet "
                  + name
                  + " in "
                  + localName
                  + " delegated to "
                  + Subnet.SERVER_FARMS_DELEGATION,
              "GW-6",
              "NET-3");
        } else if (!subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)) {
          step(
              StepPhase.PREPARE_SUBNET,
              "Delegate subnet " + name + " to " + Subnet.SERVER_FARMS_DELEGATION,
              "NET-3");
        } else {
          step(StepPhase.PREPARE_SUBNET, "Use the prepared subnet " + name, "GW-6");
        }
      }
      String subnetName =
          proposal.map(p -> "subnet '" + p.subnet().name() + "'").orElse("the new subnet");
      switch (strategy) {
        case BLUE_GREEN -> {
          step(
              StepPhase.MIGRATE,
              "Create a new App Service plan in "
                  + plan.region()
                  + " on a tier that supports"
                  + " regional integration",
              "GW-4",
              "TIER-1",
              "TIER-2");
          step(
              StepPhase.MIGRATE,
              "Integrate the app on the new plan with " + subnetName,
              "GW-4",
              "NET-6");
          step(StepPhase.MIGRATE, "Deploy the app to the new plan", "GW-4");
          step(StepPhase.MIGRATE, "Test the new app's connectivity to the VNet resources", "GW-4");
          step(
              StepPhase.MIGRATE,
              "Switch traffic with Traffic Manager, Application Gateway or DNS",
              "GW-4");
        }
        case DEPLOYMENT_SLOT -> {
          Optional<DeploymentSlot> staging = stagingSlot();
          String slot = staging.map(d -> "slot '" + d.name() + "'").orElse("a staging slot");
          if (staging.isEmpty()) {
            step(StepPhase.MIGRATE, "Create a staging slot", "GW-4");
          }
          step(
              StepPhase.MIGRATE,
              "Integrate " + slot + " with " + subnetName + " (integration is per slot)",
              "GW-4",
              "NET-10");
          step(StepPhase.MIGRATE, "Test the app on " + slot, "GW-4");
          step(
              StepPhase.MIGRATE,
              "Disconnect the gateway-required integration from production: VNet connectivity"
                  + " is lost from here",
              "GW-3",
              "LIFE-1");
          step(StepPhase.MIGRATE, "Integrate production with " + subnetName, "GW-3", "NET-10");
          step(
              StepPhase.MIGRATE,
              "Swap the slots; each keeps its own integration",
              "GW-4",
              "NET-10");
        }
        case DIRECT -> {
          step(
              StepPhase.MIGRATE,
              "Schedule a low-traffic maintenance window and notify stakeholders",
              "GW-4");
          step(
              StepPhase.MIGRATE,
              "Prepare every configuration in advance and keep the rollback ready",
              "GW-4");
          step(
              StepPhase.MIGRATE,
              "Disconnect the gateway-required integration: VNet connectivity is lost from here",
              "GW-3",
              "LIFE-1");
          step(StepPhase.MIGRATE, "Integrate the app with " + subnetName, "GW-3");
        }
      }
      step(
          StepPhase.VERIFY,
          "Verify connectivity to the VNet resources"
              + (request.crossRegion() || local.filter(this::needsPeering).isPresent()
                  ? " across the peering"
                  : "")
              + ", and performance",
          "GW-3");
      step(
          StepPhase.VERIFY,
          "Verify DNS resolution: the app now uses the DNS servers of "
              + localName
              + " (or Azure DNS and its linked private zones)",
          "DNS-1",
          "DNS-3");
      EffectiveSwitch application =
          SwitchResolver.strict().resolve(app).get(RoutingSwitch.APPLICATION_TRAFFIC);
      step(
          StepPhase.VERIFY,
          "Check routing: application traffic routing is "
              + (application.on() ? "on" : "off")
              + " (decided by "
              + application.decidedBy()
              + "), so after the move "
              + (application.on()
                  ? "all application traffic enters the VNet and meets the subnet's NSG, routes"
                      + " and NAT gateway"
                  : "only private traffic enters the VNet and meets the subnet's NSG, routes and"
                      + " NAT gateway: destinations in the RFC 1918 ranges ("
                      + GatewayIntegrationChecker.rfc1918()
                      + "), and services with service endpoints on the integration subnet; the"
                      + " rest goes straight to the internet. Set"
                      + " outboundVnetRouting.applicationTraffic=true to send all of it"),
          application.on() ? "APP-1" : "APP-2",
          "APP-3");
      if (strategy == MigrationStrategy.BLUE_GREEN) {
        step(
            StepPhase.CLEAN_UP,
            "Decommission the old plan and its gateway-required integration once the new one is"
                + " stable",
            "GW-4");
      }
      step(
          StepPhase.CLEAN_UP,
          "Remove firewall and NSG allowances for the point-to-site range " + p2s,
          "APP-5");
      step(
          StepPhase.CLEAN_UP,
          "Remove the point-to-site configuration and the VPN gateway of "
              + remote
              + " if nothing else uses them",
          "GW-1");
    }

    /**
     * The slot the deployment-slot strategy integrates first (NET-10), chosen independently of the
     * order of {@link App#slots()}: the slot named {@code staging} (ignoring case) if there is one,
     * else the first slot in {@link io.github.vnetkit.model.ResourceId} order; empty without slots.
     */
    private Optional<DeploymentSlot> stagingSlot() {
      return app.slot(STAGING_SLOT)
          .or(() -> app.slots().stream().min(Comparator.comparing(DeploymentSlot::id)));
    }

    private List<StrategyOption> options() {
      List<StrategyOption> options = new ArrayList<>();
      options.add(
          option(
              strategy,
              true,
              "fits downtime tolerance "
                  + request.downtimeTolerance()
                  + "; best for "
                  + strategy.bestFor()));
      for (DowntimeTolerance other : DowntimeTolerance.values()) {
        MigrationStrategy s = other.strategy();
        if (s != strategy) {
          options.add(
              option(s, false, "fits downtime tolerance " + other + "; best for " + s.bestFor()));
        }
      }
      return options;
    }

    private StrategyOption option(MigrationStrategy s, boolean chosen, String reason) {
      return StrategyOption.builder()
          .strategy(s)
          .chosen(chosen)
          .reason(reason)
          .connectivityLoss(loss(s))
          .build();
    }

    private ConnectivityLoss loss(MigrationStrategy s) {
      return switch (s) {
        case BLUE_GREEN ->
            ConnectivityLoss.none(
                "traffic moves to the new plan's app, already integrated; the old app keeps its"
                    + " gateway-required integration until decommissioned");
        case DEPLOYMENT_SLOT, DIRECT ->
            ConnectivityLoss.disconnectConnect("production app '" + app.name() + "'");
      };
    }

    private void step(StepPhase phase, String action, String... ruleIds) {
      steps.add(
          MigrationStep.builder()
              .number(steps.size() + 1)
              .phase(phase)
              .action(action)
              .addRuleIds(ruleIds)
              .build());
    }

    private Prerequisite prerequisite(
        List<String> ruleIds, String requirement, PrerequisiteStatus status, String detail) {
      return Prerequisite.builder()
          .ruleIds(ruleIds)
          .requirement(requirement)
          .status(status)
          .detail(detail)
          .build();
    }
  }
}
