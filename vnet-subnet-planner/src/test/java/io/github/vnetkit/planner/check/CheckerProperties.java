package io.github.vnetkit.planner.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsScalingExtension;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Invariants of the checker over estates that break many rules at once (vnet-testkit's {@code
 * estates().withDefects(n)}, with a generated {@link CheckContext}): findings never depend on input
 * order, and fixing the one thing a finding names removes that finding and adds no new one.
 *
 * <p>"No new finding" means: every finding after the fix was already there, for the same rule, no
 * more serious, about the same resources or fewer. Its words may change (a list of plans sharing a
 * subnet gets shorter when one leaves), and a problem may get milder (a subnet that one plan left
 * may now hold the other at steady state, only not with scale headroom).
 */
class CheckerProperties {

  /** An estate and the context it is checked in. */
  record Case(Estate estate, CheckContext context) {}

  /**
   * The caller's permissions (none known, a wildcard, exactly the integration actions, read only),
   * Microsoft.Web registration of the VNets' other subscriptions (unknown, registered, not
   * registered) and workload needs of some apps: the inputs of NET-7, NET-8 and TIER-4/TIER-5.
   */
  record ContextSpec(int permissions, int registration, List<Integer> needs) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ContextSpec> contexts =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 99).list().ofMaxSize(2))
            .as(ContextSpec::new);
    return Combinators.combine(VnetArbitraries.estates().withDefects(10), contexts)
        .as((estate, spec) -> new Case(estate, context(spec, estate)));
  }

  /** The context a spec describes for {@code estate}. */
  static CheckContext context(ContextSpec spec, Estate estate) {
    CheckContext.Builder b = CheckContext.builder();
    switch (spec.permissions()) {
      case 1 -> b.callerPermissions(CallerPermissions.of("Microsoft.Network/*"));
      case 2 -> b.callerPermissions(CallerPermissions.of(CallerPermissions.INTEGRATION_ACTIONS));
      case 3 ->
          b.callerPermissions(CallerPermissions.of("Microsoft.Network/virtualNetworks/*/read"));
      default -> {}
    }
    Set<String> planSubscriptions =
        estate.plans().stream().map(p -> p.id().subscriptionId()).collect(Collectors.toSet());
    List<String> others =
        estate.virtualNetworks().stream()
            .map(v -> v.id().subscriptionId())
            .filter(sub -> !planSubscriptions.contains(sub))
            .distinct()
            .sorted()
            .toList();
    switch (spec.registration()) {
      case 1 -> b.addAllMicrosoftWebRegistered(others);
      case 2 -> b.addAllMicrosoftWebNotRegistered(others);
      default -> {}
    }
    if (!estate.apps().isEmpty()) {
      for (int n : spec.needs()) {
        App app = estate.apps().get(n % estate.apps().size());
        b.addAppNeeds(
            AppNeed.of(app.id(), WorkloadNeed.values()[n % WorkloadNeed.values().length]));
      }
    }
    return b.build();
  }

  // ------------------------------------------------------------------------ reach

  /** The seed of the reach properties (see {@link #everyFixableRuleGetsFixed}). */
  private static final String REACH_SEED = "20261121";

  /**
   * The generated cases reach every rule the checker evaluates, so that the two invariants below
   * are exercised for each of them (a rule no case can break would make them vacuous for it).
   */
  @Property(tries = 1_000, seed = REACH_SEED, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void casesReachEveryRule(@ForAll("cases") Case c) {
    EstateChecker checker = EstateChecker.create(c.context());
    List<String> found = checker.check(c.estate()).ruleIds();
    for (String rule : checker.rules()) {
      Statistics.label(rule).collect(found.contains(rule));
    }
    for (String rule : checker.rules()) {
      Statistics.label(rule).coverage(coverage -> coverage.check(true).count(n -> n > 0));
    }
  }

  // ------------------------------------------------------------------------ order independence

  @Property(tries = 200)
  void findingsNeverDependOnInputOrder(@ForAll("cases") Case c, @ForAll Random random) {
    Estate shuffled = shuffle(c.estate(), random);
    CheckContext shuffledContext = shuffle(c.context(), random);

    CheckResult expected = EstateChecker.create(c.context()).check(c.estate());
    CheckResult actual = EstateChecker.create(shuffledContext).check(shuffled);

    Statistics.label("findings").collect(Math.min(expected.findings().size(), 10));
    assertThat(actual.findings()).isEqualTo(expected.findings());
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  // ------------------------------------------------------------------------ fixing one thing

  /** The rules {@link #fix} has a fix for (for some of their findings). */
  private static final List<String> FIXABLE =
      List.of(
          "TIER-1", "TIER-2", "TIER-3", "TIER-4", "TIER-5", "NET-1", "NET-2", "NET-3", "NET-4",
          "NET-5", "NET-6", "NET-7", "NET-8", "NET-9", "NET-10", "CAP-5", "CAP-7", "FN-1", "FN-2",
          "FN-3", "FN-4", "LIFE-3");

  @Property(tries = 500)
  void fixingWhatAFindingNamesRemovesItAndAddsNoNewOne(@ForAll("cases") Case c) {
    Statistics.label("fixed").collect(fixEach(c).size());
  }

  /**
   * Every rule {@link #fix} knows gets fixed (and checked as above) in 1,000 generated cases. The
   * seed is fixed so that this is a fact about the generator, not about luck: a rule that falls out
   * of reach after a change to the testkit or the checker fails here every time.
   */
  @Property(tries = 1_000, seed = REACH_SEED, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyFixableRuleGetsFixed(@ForAll("cases") Case c) {
    Set<String> fixedRules = fixEach(c);
    for (String rule : FIXABLE) {
      Statistics.label(rule).collect(fixedRules.contains(rule));
    }
    for (String rule : FIXABLE) {
      Statistics.label(rule).coverage(coverage -> coverage.check(true).count(n -> n > 0));
    }
  }

  /**
   * Fixes each finding of {@code c} on its own and checks that the finding is gone (not reworded:
   * fewer findings of its rule about exactly its resources; an app may have several FN-2 problems,
   * and fixing one leaves the others) and that nothing new appeared; returns the rules fixed.
   */
  private static Set<String> fixEach(Case c) {
    Estate estate = c.estate();
    CheckContext context = c.context();
    CheckResult before = EstateChecker.create(context).check(estate);
    Set<String> fixedRules = new HashSet<>();
    for (Finding finding : before.findings()) {
      Optional<Fixed> fixed = fix(finding, estate, context);
      if (fixed.isEmpty()) {
        continue;
      }
      fixedRules.add(finding.ruleId());
      CheckResult after = EstateChecker.create(fixed.get().context()).check(fixed.get().estate());
      assertThat(sameProblem(after, finding))
          .as("fixing %s leaves %s", finding, after)
          .isLessThan(sameProblem(before, finding));
      for (Finding g : after.findings()) {
        assertThat(before.findings())
            .as("fixing %s must not add %s", finding, g)
            .anySatisfy(
                f -> {
                  assertThat(f.ruleId()).isEqualTo(g.ruleId());
                  assertThat(g.severity()).isGreaterThanOrEqualTo(f.severity()); // no worse
                  assertThat(f.resourceIds()).containsAll(g.resourceIds());
                });
      }
    }
    return fixedRules;
  }

  /** The findings of {@code finding}'s rule about exactly its resources. */
  private static long sameProblem(CheckResult result, Finding finding) {
    Set<ResourceId> resources = Set.copyOf(finding.resourceIds());
    return result.findings().stream()
        .filter(g -> g.ruleId().equals(finding.ruleId()))
        .filter(g -> Set.copyOf(g.resourceIds()).equals(resources))
        .count();
  }

  record Fixed(Estate estate, CheckContext context) {}

  /**
   * The fix a finding names, as one change to the estate or the context; empty for findings whose
   * fix is not one local change: NET-1 for a VNet outside the estate (add it), NET-1 region when
   * the plan also uses VNets of other regions (move resources), NET-3 for a missing subnet, NET-5
   * for plans of several subscriptions sharing a subnet (move a plan and its apps).
   */
  private static Optional<Fixed> fix(Finding f, Estate estate, CheckContext context) {
    List<ResourceId> ids = f.resourceIds();
    ResourceId planId = find(ids, ResourceId.Kind.SERVER_FARM).orElse(ids.get(0));
    ResourceId appId = find(ids, ResourceId.Kind.SITE).orElse(ids.get(0));
    ResourceId subnetId = find(ids, ResourceId.Kind.SUBNET).orElse(ids.get(0));
    Lifecycle lifecycle = EstateChecker.create(context).lifecycle();
    switch (f.ruleId()) {
      case "TIER-1":
        return same(context, plan(estate, planId, p -> p.sku(Sku.parse("P1v3"))));
      case "TIER-2":
        return same(
            context,
            plan(
                estate,
                planId,
                p ->
                    f.severity() == Severity.ERROR
                        ? p.sku(Sku.parse("P1v3"))
                        : p.deploymentGeneration(DeploymentGeneration.NEWER)));
      case "TIER-3":
        return same(context, removeIntegrations(estate, planId, lifecycle));
      case "TIER-4":
      case "TIER-5":
        if (f.message().contains("Docker Compose")) {
          return same(context, app(estate, appId, a -> a.dockerCompose(false)));
        }
        WorkloadNeed need =
            context.appNeeds().stream()
                .filter(
                    n -> n.appId().equals(appId) && f.message().contains(n.need().description()))
                .findFirst()
                .orElseThrow()
                .need();
        return Optional.of(
            new Fixed(
                estate,
                CheckContext.builder()
                    .from(context)
                    .appNeeds(
                        context.appNeeds().stream()
                            .filter(n -> !(n.appId().equals(appId) && n.need() == need))
                            .toList())
                    .build()));
      case "NET-1":
        if (f.severity() == Severity.INFO) {
          return Optional.empty();
        }
        if (f.message().contains("classic")) {
          return same(context, vnet(estate, vnetOf(ids), v -> v.classic(false)));
        }
        return fixRegion(estate, context, ids);
      case "NET-2":
        return same(
            context,
            vnet(
                estate,
                vnetOf(ids),
                v ->
                    v.addressSpaces(
                        v.build().addressSpaces().stream().filter(Cidr::isIpv4).toList())));
      case "NET-3":
        if (f.message().contains("does not exist")) {
          return Optional.empty();
        }
        return same(
            context,
            subnet(estate, subnetId, s -> s.delegations(List.of(Subnet.SERVER_FARMS_DELEGATION))));
      case "NET-4":
        return same(context, subnet(estate, subnetId, s -> s.hasServiceEndpointPolicies(false)));
      case "NET-5":
        if (f.message().contains("one subscription")) {
          return Optional.empty(); // moving a plan and its apps to another subscription
        }
        return same(context, fixSharing(estate, ids));
      case "NET-6":
        boolean onePlace =
            find(ids, ResourceId.Kind.SITE).isPresent()
                || find(ids, ResourceId.Kind.SLOT).isPresent();
        return same(
            context,
            onePlace
                ? useAPlanIntegration(estate, ids, planId, subnetId, lifecycle)
                : shareOneSubnet(estate, planId, lifecycle));
      case "NET-7":
        {
          CallerPermissions perms = context.callerPermissions().orElseThrow();
          List<String> all = new ArrayList<>(perms.actions());
          all.addAll(perms.missingIntegrationActions());
          return Optional.of(
              new Fixed(
                  estate,
                  CheckContext.builder()
                      .from(context)
                      .callerPermissions(CallerPermissions.of(all))
                      .build()));
        }
      case "NET-8":
        {
          String sub = vnetOf(ids).subscriptionId();
          return Optional.of(
              new Fixed(
                  estate,
                  CheckContext.builder()
                      .from(context)
                      .microsoftWebNotRegistered(
                          context.microsoftWebNotRegistered().stream()
                              .filter(s -> !s.equalsIgnoreCase(sub))
                              .toList())
                      .addMicrosoftWebRegistered(sub)
                      .build()));
        }
      case "CAP-5":
      case "CAP-7":
        return same(context, enlarge(estate, subnetId));
      case "NET-9":
        return same(context, unclassic(estate, ids));
      case "NET-10":
        return alignSlot(estate, ids, lifecycle).map(e -> new Fixed(e, context));
      case "FN-1":
        return same(context, dropFeature(estate, f, appId, lifecycle));
      case "FN-2":
        return same(context, fixTriggers(estate, f, appId));
      case "FN-3":
        return same(
            context,
            app(
                estate,
                appId,
                a -> a.functionsSettings(functions(a, s -> s.hybridConnections(List.of())))));
      case "FN-4":
        return same(
            context,
            app(
                estate,
                appId,
                a ->
                    a.functionsSettings(functions(a, s -> s.storageAccountVnetRestricted(false)))));
      case "LIFE-3":
        return same(context, fixLeftover(estate, ids));
      default:
        return Optional.empty();
    }
  }

  private static Optional<ResourceId> find(List<ResourceId> ids, ResourceId.Kind kind) {
    return ids.stream().filter(i -> i.kind() == kind).findFirst();
  }

  private static Optional<Fixed> same(CheckContext context, Estate estate) {
    return Optional.of(new Fixed(estate, context));
  }

  private static Optional<Fixed> fixRegion(
      Estate estate, CheckContext context, List<ResourceId> ids) {
    ResourceId vnetId = vnetOf(ids);
    ResourceId planId =
        ids.stream().filter(i -> i.kind() == ResourceId.Kind.SERVER_FARM).findFirst().orElseThrow();
    Region target = estate.virtualNetwork(vnetId).orElseThrow().region();
    EstateIndex index = new EstateIndex(estate);
    boolean single =
        index.integrationsOf(planId).stream()
            .map(index::virtualNetworkOf)
            .flatMap(Optional::stream)
            .allMatch(v -> v.region().equals(target));
    return single ? same(context, plan(estate, planId, p -> p.region(target))) : Optional.empty();
  }

  private static ResourceId vnetOf(List<ResourceId> ids) {
    return ids.stream()
        .filter(i -> i.kind() == ResourceId.Kind.VIRTUAL_NETWORK)
        .findFirst()
        .orElseThrow();
  }

  /** TIER-3: disconnect every site of the plan and drop its plan-level integrations. */
  private static Estate removeIntegrations(Estate estate, ResourceId planId, Lifecycle lifecycle) {
    Estate next = estate;
    for (Site site : new EstateIndex(estate).sitesOf(planId)) {
      if (site.virtualNetworkSubnetId().isPresent()) {
        next = lifecycle.disconnect(next, site.id()).estate();
      }
    }
    return plan(next, planId, p -> p.vnetIntegrations(List.of()));
  }

  /** NET-5: every sharing plan joins with MPSJ, on a /26 or larger. */
  private static Estate fixSharing(Estate estate, List<ResourceId> ids) {
    Estate next = estate;
    for (ResourceId id : ids) {
      if (id.kind() == ResourceId.Kind.SERVER_FARM) {
        next = plan(next, id, p -> p.multiPlanSubnetJoin(true));
      }
    }
    ResourceId subnetId =
        ids.stream().filter(i -> i.kind() == ResourceId.Kind.SUBNET).findFirst().orElseThrow();
    Optional<Subnet> subnet = next.subnet(subnetId);
    return subnet.isPresent() && subnet.get().addressPrefix().prefixLength() > 26
        ? enlarge(next, subnetId)
        : next;
  }

  /** A block with room for every plan the generator can make: outside 10/8, where VNets live. */
  private static final Cidr ROOMY_SPACE = Cidr.parse("172.16.0.0/16");

  private static final Cidr ROOMY_SUBNET = Cidr.parse("172.16.0.0/20");

  /**
   * CAP-5, CAP-7, NET-5: a larger subnet. Generated subnets are packed next to each other, so the
   * subnet moves to a /20 in an address space added to its VNet for it.
   */
  private static Estate enlarge(Estate estate, ResourceId subnetId) {
    ResourceId vnetId = subnetId.parent().orElseThrow();
    Estate next =
        vnet(
            estate,
            vnetId,
            v ->
                v.build().addressSpaces().contains(ROOMY_SPACE)
                    ? v
                    : v.addAddressSpaces(ROOMY_SPACE));
    return subnet(next, subnetId, s -> s.addressPrefix(ROOMY_SUBNET));
  }

  /**
   * NET-6 for one app or slot, as its fix says: when the plan has room, it lists the subnet;
   * otherwise the site moves to the plan's first integration, together with the app's other sites
   * on the same subnet (so that production and its slots stay alike, NET-10).
   */
  private static Estate useAPlanIntegration(
      Estate estate,
      List<ResourceId> ids,
      ResourceId planId,
      ResourceId subnetId,
      Lifecycle lifecycle) {
    AppServicePlan plan = estate.plan(planId).orElseThrow();
    if (plan.vnetIntegrations().size() < plan.maxRegionalIntegrations()) {
      return plan(estate, planId, p -> p.addVnetIntegrations(subnetId));
    }
    ResourceId siteId =
        find(ids, ResourceId.Kind.SLOT)
            .orElseGet(() -> find(ids, ResourceId.Kind.SITE).orElseThrow());
    ResourceId appId =
        siteId.kind() == ResourceId.Kind.SLOT ? siteId.parent().orElseThrow() : siteId;
    App app = estate.app(appId).orElseThrow();
    List<Site> sites = new ArrayList<>();
    sites.add(app);
    sites.addAll(app.slots());
    ResourceId first = plan.vnetIntegrations().stream().sorted().findFirst().orElseThrow();
    Estate next = estate;
    for (Site site : sites) {
      if (site.virtualNetworkSubnetId().equals(Optional.of(subnetId))) {
        next = lifecycle.disconnect(next, site.id()).estate();
        next = lifecycle.connect(next, site.id(), first).estate();
      }
    }
    return next;
  }

  /** NET-6: the plan keeps its first integration, and its apps and slots all use it. */
  private static Estate shareOneSubnet(Estate estate, ResourceId planId, Lifecycle lifecycle) {
    ResourceId keep =
        estate.plan(planId).orElseThrow().vnetIntegrations().stream()
            .sorted()
            .findFirst()
            .orElseThrow();
    Estate next =
        plan(
            estate,
            planId,
            p ->
                p.vnetIntegrations(
                    p.build().vnetIntegrations().stream().filter(keep::equals).toList()));
    for (Site site : new EstateIndex(estate).sitesOf(planId)) {
      Optional<ResourceId> current = site.virtualNetworkSubnetId();
      if (current.isPresent() && !current.get().equals(keep)) {
        next = lifecycle.disconnect(next, site.id()).estate();
        next = lifecycle.connect(next, site.id(), keep).estate();
      }
    }
    return next;
  }

  /** NET-9: the classic peer is migrated to Resource Manager. */
  private static Estate unclassic(Estate estate, List<ResourceId> ids) {
    Estate next = estate;
    for (ResourceId id : ids) {
      next = vnet(next, id, v -> v.classic(false));
      next =
          vnet(
              next,
              id,
              v ->
                  v.peerings(
                      v.build().peerings().stream()
                          .map(
                              p ->
                                  ids.contains(p.remoteVirtualNetworkId())
                                      ? Peering.builder().from(p).remoteClassic(false).build()
                                      : p)
                          .toList()));
    }
    return next;
  }

  /**
   * NET-10: the slot is integrated like production (disconnect, then connect); empty when the
   * platform refuses the connect (production's subnet is none of the plan's integrations, and the
   * plan has no room for it: NET-6 names that fix).
   */
  private static Optional<Estate> alignSlot(
      Estate estate, List<ResourceId> ids, Lifecycle lifecycle) {
    ResourceId slotId =
        ids.stream().filter(i -> i.kind() == ResourceId.Kind.SLOT).findFirst().orElseThrow();
    App app = estate.app(slotId.parent().orElseThrow()).orElseThrow();
    DeploymentSlot slot = app.slot(slotId.name()).orElseThrow();
    Estate next = estate;
    if (slot.virtualNetworkSubnetId().isPresent()) {
      next = lifecycle.disconnect(next, slotId).estate();
    }
    if (app.virtualNetworkSubnetId().isPresent()) {
      LifecycleResult connected =
          lifecycle.connect(next, slotId, app.virtualNetworkSubnetId().get());
      if (!connected.applied()) {
        return Optional.empty();
      }
      next = connected.estate();
    }
    return Optional.of(next);
  }

  /** FN-1: stop using the feature the finding names. */
  private static Estate dropFeature(
      Estate estate, Finding f, ResourceId appId, Lifecycle lifecycle) {
    if (f.message().contains("virtual network integration")) {
      Estate next = estate;
      App app = estate.app(appId).orElseThrow();
      List<ResourceId> sites = new ArrayList<>();
      sites.add(app.id());
      app.slots().forEach(s -> sites.add(s.id()));
      for (ResourceId site : sites) {
        App current = next.app(appId).orElseThrow();
        Site s = site.equals(appId) ? current : current.slot(site.name()).orElseThrow();
        if (s.virtualNetworkSubnetId().isPresent()) {
          next = lifecycle.disconnect(next, site).estate();
        }
      }
      return next;
    }
    if (f.message().contains("triggers")) {
      return app(
          estate,
          appId,
          a -> a.functionsSettings(functions(a, s -> s.vnetTriggerExtensions(Map.of()))));
    }
    return app(
        estate, appId, a -> a.functionsSettings(functions(a, s -> s.hybridConnections(List.of()))));
  }

  /** FN-2: turn on scale monitoring, set runtime ~4, or bring the extension up to its minimum. */
  private static Estate fixTriggers(Estate estate, Finding f, ResourceId appId) {
    if (f.message().contains("functionsRuntimeScaleMonitoringEnabled")) {
      return app(
          estate,
          appId,
          a -> a.functionsSettings(functions(a, s -> s.runtimeScaleMonitoringEnabled(true))));
    }
    if (f.message().contains("runtime") && !f.message().contains("triggers on ")) {
      return app(
          estate,
          appId,
          a -> a.appSettings(a.build().appSettings().with("FUNCTIONS_EXTENSION_VERSION", "~4")));
    }
    return app(
        estate,
        appId,
        a -> {
          FunctionsSettings fs = a.build().functionsSettings();
          Map<String, String> ext = new LinkedHashMap<>();
          fs.vnetTriggerExtensions()
              .forEach(
                  (name, version) -> {
                    if (!f.message().contains("triggers on " + name + " " + version)) {
                      ext.put(name, version);
                    } else if (f.severity() == Severity.WARNING) {
                      ext.put(
                          name, FunctionsScalingExtension.of(name).orElseThrow().minimumVersion());
                    }
                  });
          return a.functionsSettings(
              FunctionsSettings.builder().from(fs).vnetTriggerExtensions(ext).build());
        });
  }

  /** LIFE-3: the documented recovery released the orphaned delegation (the link is gone). */
  private static Estate fixLeftover(Estate estate, List<ResourceId> ids) {
    ResourceId subnetId = find(ids, ResourceId.Kind.SUBNET).orElseThrow();
    ResourceId planId = find(ids, ResourceId.Kind.SERVER_FARM).orElseThrow();
    return subnet(
        estate,
        subnetId,
        s ->
            s.serviceAssociationLinks(
                s.build().serviceAssociationLinks().stream()
                    .filter(l -> !l.equals(planId))
                    .toList()));
  }

  // ------------------------------------------------------------------------ estate edits

  private static FunctionsSettings functions(
      App.Builder a, UnaryOperator<FunctionsSettings.Builder> f) {
    return f.apply(FunctionsSettings.builder().from(a.build().functionsSettings())).build();
  }

  private static Estate plan(
      Estate estate, ResourceId id, UnaryOperator<AppServicePlan.Builder> f) {
    return Fixtures.withPlan(estate, id, f);
  }

  private static Estate app(Estate estate, ResourceId id, UnaryOperator<App.Builder> f) {
    return Fixtures.withApp(estate, id, f);
  }

  private static Estate vnet(
      Estate estate, ResourceId id, UnaryOperator<VirtualNetwork.Builder> f) {
    return Fixtures.withVnet(estate, id, f);
  }

  private static Estate subnet(Estate estate, ResourceId id, UnaryOperator<Subnet.Builder> f) {
    return Fixtures.withSubnet(estate, id, f);
  }

  // ------------------------------------------------------------------------ shuffling

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  static Estate shuffle(Estate estate, Random random) {
    List<AppServicePlan> plans =
        estate.plans().stream()
            .map(
                p ->
                    AppServicePlan.builder()
                        .from(p)
                        .vnetIntegrations(shuffled(p.vnetIntegrations(), random))
                        .build())
            .toList();
    List<App> apps =
        estate.apps().stream()
            .map(
                a -> {
                  FunctionsSettings fs = a.functionsSettings();
                  Map<String, String> ext = new LinkedHashMap<>();
                  for (String k :
                      shuffled(List.copyOf(fs.vnetTriggerExtensions().keySet()), random)) {
                    ext.put(k, fs.vnetTriggerExtensions().get(k));
                  }
                  return App.builder()
                      .from(a)
                      .slots(shuffled(a.slots(), random))
                      .functionsSettings(
                          FunctionsSettings.builder()
                              .from(fs)
                              .vnetTriggerExtensions(ext)
                              .hybridConnections(shuffled(fs.hybridConnections(), random))
                              .build())
                      .build();
                })
            .toList();
    List<VirtualNetwork> vnets =
        estate.virtualNetworks().stream()
            .map(
                v ->
                    VirtualNetwork.builder()
                        .from(v)
                        .addressSpaces(shuffled(v.addressSpaces(), random))
                        .peerings(shuffled(v.peerings(), random))
                        .subnets(
                            shuffled(v.subnets(), random).stream()
                                .map(
                                    s ->
                                        Subnet.builder()
                                            .from(s)
                                            .delegations(shuffled(s.delegations(), random))
                                            .serviceEndpoints(
                                                shuffled(s.serviceEndpoints(), random))
                                            .serviceAssociationLinks(
                                                shuffled(s.serviceAssociationLinks(), random))
                                            .build())
                                .toList())
                        .build())
            .toList();
    return Estate.builder()
        .plans(shuffled(plans, random))
        .apps(shuffled(apps, random))
        .virtualNetworks(shuffled(vnets, random))
        .build();
  }

  static CheckContext shuffle(CheckContext context, Random random) {
    CheckContext.Builder b =
        CheckContext.builder()
            .microsoftWebRegistered(shuffled(List.copyOf(context.microsoftWebRegistered()), random))
            .microsoftWebNotRegistered(
                shuffled(List.copyOf(context.microsoftWebNotRegistered()), random))
            .appNeeds(shuffled(List.copyOf(context.appNeeds()), random));
    context
        .callerPermissions()
        .ifPresent(
            p ->
                b.callerPermissions(
                    CallerPermissions.of(shuffled(List.copyOf(p.actions()), random))));
    return b.build();
  }
}
