package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.Fixtures.OTHER_SUB;
import static io.github.vnetkit.planner.check.Fixtures.SUB;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Estates that break many rules at once, built from small specs so that jqwik can shrink them.
 * Every VNet has address space 10.i.0.0/16 and subnet j is 10.i.j.0/len, so subnets never overlap.
 * All plans and apps are in one subscription; VNets may be in another.
 */
final class EstateArbitraries {

  private EstateArbitraries() {}

  record SubnetSpec(int prefixLength, int delegation, boolean policies, boolean orphanLink) {}

  record PeeringSpec(int remote, boolean classic) {}

  record VnetSpec(
      int region,
      boolean classic,
      boolean ipv6,
      boolean otherSubscription,
      List<SubnetSpec> subnets,
      List<PeeringSpec> peerings) {}

  record PlanSpec(
      String sku,
      boolean linux,
      boolean mpsj,
      int generation,
      int maxInstances,
      int region,
      List<Integer> explicitIntegrations) {}

  record FunctionsSpec(
      boolean scaleMonitoring,
      int runtime,
      List<Integer> extensions,
      List<Integer> hybrid,
      boolean storageRestricted) {}

  record AppSpec(
      int kind,
      int plan,
      int subnet,
      List<Integer> slots,
      boolean dockerCompose,
      FunctionsSpec functions) {}

  record ContextSpec(int permissions, int registration, List<Integer> needs) {}

  record EstateSpec(
      List<VnetSpec> vnets, List<PlanSpec> plans, List<AppSpec> apps, ContextSpec context) {}

  static final List<String> REGIONS = List.of("West Europe", "westeurope", "North Europe");
  static final List<String> SKUS =
      List.of(
          "P1v3", "P1v3", "P2v2", "B1", "S1", "EP1", "EP1", "Y1", "Y1", "F1", "I1v2", "FC1", "WS1");
  static final List<String> DELEGATIONS =
      List.of(Subnet.SERVER_FARMS_DELEGATION, "Microsoft.Sql/managedInstances");
  static final List<String> EXTENSIONS =
      List.of(
          "Microsoft.Azure.WebJobs.Extensions.Storage=3.0.9",
          "Microsoft.Azure.WebJobs.Extensions.Storage=3.0.10",
          "Microsoft.Azure.WebJobs.Extensions.ServiceBus=5.13.0",
          "Microsoft.Azure.WebJobs.Extensions.EventHubs=4.0.0",
          "Microsoft.Azure.WebJobs.Extensions.Kafka=3.9.0");
  static final List<String> RUNTIMES = List.of("~4", "~1", "", "beta");

  static Arbitrary<EstateSpec> specs() {
    Arbitrary<SubnetSpec> subnet =
        Combinators.combine(
                Arbitraries.of(24, 26, 26, 27, 28, 29),
                Arbitraries.integers().between(0, 3),
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true)),
                rare())
            .as(SubnetSpec::new);
    Arbitrary<PeeringSpec> peering =
        Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.of(true, false))
            .as(PeeringSpec::new);
    Arbitrary<VnetSpec> vnet =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                rare(),
                rare(),
                rare(),
                subnet.list().ofMinSize(1).ofMaxSize(3),
                peering.list().ofMaxSize(2))
            .as(VnetSpec::new);
    Arbitrary<PlanSpec> plan =
        Combinators.combine(
                Arbitraries.of(SKUS),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 99).list().ofMaxSize(1))
            .as(PlanSpec::new);
    Arbitrary<FunctionsSpec> functions =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, RUNTIMES.size() - 1),
                Arbitraries.integers()
                    .between(0, EXTENSIONS.size() - 1)
                    .set()
                    .ofMaxSize(2)
                    .map(List::copyOf),
                Arbitraries.integers().between(0, 2).set().ofMaxSize(2).map(List::copyOf),
                Arbitraries.of(true, false))
            .as(FunctionsSpec::new);
    Arbitrary<AppSpec> app =
        Combinators.combine(
                Arbitraries.of(0, 1, 1, 2), // web, function (twice as likely), logic app
                Arbitraries.integers().between(0, 99),
                subnetRef(),
                subnetRef().list().ofMaxSize(2),
                rare(),
                functions)
            .as(AppSpec::new);
    Arbitrary<ContextSpec> context =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 99).list().ofMaxSize(2))
            .as(ContextSpec::new);
    return Combinators.combine(
            vnet.list().ofMinSize(1).ofMaxSize(3),
            plan.list().ofMinSize(1).ofMaxSize(3),
            app.list().ofMinSize(1).ofMaxSize(4),
            context)
        .as(EstateSpec::new);
  }

  /** A subnet reference: -1 for none, 999 for a subnet of a VNet outside the estate. */
  private static Arbitrary<Integer> subnetRef() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(-1)),
        net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 98)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(999)));
  }

  private static Arbitrary<Boolean> rare() {
    return Arbitraries.frequency(net.jqwik.api.Tuple.of(7, false), net.jqwik.api.Tuple.of(1, true));
  }

  /** The estate a spec describes. */
  static Estate estate(EstateSpec spec) {
    List<VirtualNetwork> vnets = new ArrayList<>();
    List<ResourceId> allSubnets = new ArrayList<>();
    for (int i = 0; i < spec.vnets().size(); i++) {
      VnetSpec v = spec.vnets().get(i);
      String sub = v.otherSubscription() ? OTHER_SUB : SUB;
      ResourceId id = ResourceId.virtualNetwork(sub, "net", "vnet" + i);
      VirtualNetwork.Builder b =
          VirtualNetwork.builder()
              .id(id)
              .region(Region.of(REGIONS.get(v.region())))
              .classic(v.classic())
              .addAddressSpaces(Cidr.parse("10." + i + ".0.0/16"));
      if (v.ipv6()) {
        b.addAddressSpaces(Cidr.parse("fd00:" + i + "::/48"));
      }
      for (int j = 0; j < v.subnets().size(); j++) {
        SubnetSpec s = v.subnets().get(j);
        ResourceId sid = id.child("subnets", "s" + j);
        allSubnets.add(sid);
        Subnet.Builder sb =
            Subnet.builder()
                .id(sid)
                .addressPrefix(Cidr.parse("10." + i + "." + j + ".0/" + s.prefixLength()))
                .hasServiceEndpointPolicies(s.policies());
        if (s.orphanLink()) {
          sb.addServiceAssociationLinks(ResourceId.serverFarm(SUB, "web", "deleted" + i));
        }
        if ((s.delegation() & 1) != 0) {
          sb.addDelegations(DELEGATIONS.get(0));
        }
        if ((s.delegation() & 2) != 0) {
          sb.addDelegations(DELEGATIONS.get(1));
        }
        b.addSubnets(sb.build());
      }
      for (PeeringSpec p : v.peerings()) {
        int remote = p.remote() % (spec.vnets().size() + 1);
        ResourceId remoteId =
            remote < spec.vnets().size() && remote != i
                ? ResourceId.virtualNetwork(
                    spec.vnets().get(remote).otherSubscription() ? OTHER_SUB : SUB,
                    "net",
                    "vnet" + remote)
                : ResourceId.virtualNetwork(SUB, "hub", "remote" + i);
        if (b.build().peerings().stream()
            .anyMatch(x -> x.remoteVirtualNetworkId().equals(remoteId))) {
          continue;
        }
        b.addPeerings(
            Peering.builder()
                .remoteVirtualNetworkId(remoteId)
                .addRemoteAddressSpaces(Cidr.parse("10.200.0.0/16"))
                .remoteClassic(p.classic() && remoteId.resourceGroup().equals("hub"))
                .build());
      }
      vnets.add(b.build());
    }
    List<AppServicePlan> plans = new ArrayList<>();
    for (int i = 0; i < spec.plans().size(); i++) {
      PlanSpec p = spec.plans().get(i);
      AppServicePlan.Builder b =
          AppServicePlan.builder()
              .id(ResourceId.serverFarm(SUB, "web", "plan" + i))
              .region(Region.of(REGIONS.get(p.region())))
              .sku(Sku.parse(p.sku()))
              .operatingSystem(p.linux() ? OperatingSystem.LINUX : OperatingSystem.WINDOWS)
              .multiPlanSubnetJoin(p.mpsj())
              .deploymentGeneration(DeploymentGeneration.values()[p.generation()])
              .maxInstances(p.maxInstances());
      for (int ref : p.explicitIntegrations()) {
        b.addVnetIntegrations(allSubnets.get(ref % allSubnets.size()));
      }
      plans.add(b.build());
    }
    List<App> apps = new ArrayList<>();
    for (int i = 0; i < spec.apps().size(); i++) {
      AppSpec a = spec.apps().get(i);
      ResourceId id = ResourceId.site(SUB, "web", "app" + i);
      FunctionsSpec f = a.functions();
      FunctionsSettings.Builder fs =
          FunctionsSettings.builder()
              .runtimeScaleMonitoringEnabled(f.scaleMonitoring())
              .storageAccountVnetRestricted(f.storageRestricted());
      for (int e : f.extensions()) {
        String[] kv = EXTENSIONS.get(e).split("=");
        if (!fs.build().vnetTriggerExtensions().containsKey(kv[0])) {
          fs.putVnetTriggerExtensions(kv[0], kv[1]);
        }
      }
      for (int h : f.hybrid()) {
        fs.addHybridConnections("host" + h + ".corp:1433");
      }
      AppSettings settings =
          RUNTIMES.get(f.runtime()).isEmpty()
              ? AppSettings.empty()
              : AppSettings.builder()
                  .put("FUNCTIONS_EXTENSION_VERSION", RUNTIMES.get(f.runtime()))
                  .build();
      App.Builder b =
          App.builder()
              .id(id)
              .kind(AppKind.values()[a.kind()])
              .planId(plans.get(a.plan() % plans.size()).id())
              .dockerCompose(a.dockerCompose())
              .appSettings(settings)
              .functionsSettings(fs.build())
              .virtualNetworkSubnetId(subnet(a.subnet(), allSubnets));
      for (int s = 0; s < a.slots().size(); s++) {
        b.addSlots(
            DeploymentSlot.builder()
                .id(id.child("slots", "slot" + s))
                .virtualNetworkSubnetId(subnet(a.slots().get(s), allSubnets))
                .build());
      }
      apps.add(b.build());
    }
    return Estate.builder().plans(plans).apps(apps).virtualNetworks(vnets).build();
  }

  private static Optional<ResourceId> subnet(int ref, List<ResourceId> all) {
    if (ref < 0) {
      return Optional.empty();
    }
    if (ref == 999) {
      return Optional.of(ResourceId.subnet(SUB, "elsewhere", "outside", "apps"));
    }
    return Optional.of(all.get(ref % all.size()));
  }

  /** The context a spec describes. */
  static CheckContext context(EstateSpec spec, Estate estate) {
    ContextSpec c = spec.context();
    CheckContext.Builder b = CheckContext.builder();
    switch (c.permissions()) {
      case 1 -> b.callerPermissions(CallerPermissions.of("Microsoft.Network/*"));
      case 2 -> b.callerPermissions(CallerPermissions.of(CallerPermissions.INTEGRATION_ACTIONS));
      case 3 ->
          b.callerPermissions(CallerPermissions.of("Microsoft.Network/virtualNetworks/*/read"));
      default -> {}
    }
    switch (c.registration()) {
      case 1 -> b.addMicrosoftWebRegistered(OTHER_SUB);
      case 2 -> b.addMicrosoftWebNotRegistered(OTHER_SUB);
      default -> {}
    }
    for (int n : c.needs()) {
      App app = estate.apps().get(n % estate.apps().size());
      b.addAppNeeds(AppNeed.of(app.id(), WorkloadNeed.values()[n % WorkloadNeed.values().length]));
    }
    return b.build();
  }
}
