package io.github.vnetkit.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.compat.EffectiveRouting;
import io.github.vnetkit.compat.EffectiveSwitch;
import io.github.vnetkit.compat.RoutingSwitch;
import io.github.vnetkit.compat.SwitchResolver;
import io.github.vnetkit.compat.SwitchSource;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TransportProtocol;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides where an integrated app's flows go, and why (SPEC sections 4 to 7: APP, CFG, NR, DNS).
 *
 * <p>An evaluator is built once for one app or slot ({@link Site}) and its integration subnet: the
 * VNet, the subnet's NSG and route table, the BGP routes the gateway learned, the service tag
 * definitions that NSG rules and service endpoints need, and what is known about DNS. Building
 * compiles the user-defined, BGP and system routes into a longest-prefix-match trie and the NSG's
 * outbound rules (with the default rules) into a destination-and-port index; then {@link
 * #evaluate(Flow)} answers each flow with a {@link RoutingDecision} that carries its NSG verdict,
 * route, source address, findings and explanation.
 *
 * <p>The routing switches in effect (application traffic, image pull, content share,
 * backup/restore, all traffic) come from {@link SwitchResolver}, the single implementation of the
 * legacy mapping (SPEC LEG-1..LEG-3); by default {@link SwitchResolver#strict()}.
 *
 * <pre>{@code
 * RoutingEvaluator evaluator = RoutingEvaluator.builder()
 *     .virtualNetwork(vnet)
 *     .site(app)                          // integrated with vnet's subnet "apps"
 *     .networkSecurityGroup(nsg)          // the NSG on that subnet
 *     .routeTable(routeTable)             // the route table on that subnet
 *     .addBgpRoutes(BgpRoute.of(Cidr.parse("192.168.0.0/16")))
 *     .addServiceTags(storageWestEurope)
 *     .build();
 * RoutingDecision d = evaluator.evaluate(
 *     Flow.outbound(IpAddresses.parseIpv4("192.168.10.5"), 443, TransportProtocol.TCP));
 * d.outcome();        // ENTERS_VNET (APP-2: RFC 1918)
 * d.route();          // the BGP route to the gateway (NR-2)
 * System.out.println(d);
 * }</pre>
 *
 * <p>Modelling choices, where the SPEC leaves room:
 *
 * <ul>
 *   <li>NSG service tags: {@code VirtualNetwork} is the VNet's address spaces, peered spaces, BGP
 *       prefixes (unless propagation is disabled) and the prefixes of user-defined routes, as Azure
 *       documents it (so a 0.0.0.0/0 route makes AllowVnetOutBound match everything); {@code
 *       Internet} is every address outside the VNet and peered spaces, RFC 1918 and 100.64.0.0/10;
 *       other tags are the prefixes of their {@link ServiceTagDefinition} (a tag without a
 *       definition matches nothing and is reported in {@link #findings()}).
 *   <li>An outbound rule applies to the app only if its sources cover the whole integration subnet
 *       (an instance may use any address of it, CAP-9) and its source ports are all ports (the
 *       app's source ports are ephemeral); other rules are reported, not applied.
 *   <li>Service endpoint routes of a regional endpoint ({@code Microsoft.Storage}) use the regional
 *       tag ({@code Storage.westeurope}) when it is defined, else the global one; those of a global
 *       endpoint ({@code Microsoft.Storage.Global}) use the global tag ({@code Storage}), or every
 *       regional tag of the service given when the global one is not. They are preferred, like VNet
 *       and peering routes, over more specific BGP routes (NR-2).
 *   <li>A route across a peering with a classic VNet carries a NET-9 step and an ERROR finding: the
 *       integration cannot reach it.
 *   <li>A switch that nothing sets is off by default: the explanation cites APP-2 or CFG-1 for it,
 *       LEG-1 only when a source set it and LEG-2 when {@code allTraffic} did.
 *   <li>With {@code allTraffic} on, Key Vault references go through the VNet (CFG-2); otherwise
 *       CFG-6 applies. Database backup (CFG-5) and the CFG-7 kinds never do.
 *   <li>A flow sent to a virtual appliance shows the appliance as its source when the destination
 *       is public (APP-5); private destinations keep the instance's address.
 * </ul>
 *
 * <p>Cost: building is O(r * 32 + e log e + t * p * k) for r routes, e NSG range boundaries and t
 * port tables of p intervals and k rules (see the route and NSG indexes); {@link #evaluate(Flow)}
 * is O(1) for the route (at most five array reads) plus two short binary searches for the NSG, and
 * allocates only its result. On the benchmark's worst case (400 user routes, 100 BGP routes, 1,000
 * NSG rules, service tags of thousands of prefixes) building takes about half a second. Instances
 * are immutable and thread-safe: evaluate from as many threads as you like.
 */
public final class RoutingEvaluator {

  private static final Optional<NsgVerdict> NO_VERDICT = Optional.empty();
  private static final Optional<EffectiveRoute> NO_ROUTE = Optional.empty();
  private static final Optional<SourceAddress> NO_SOURCE = Optional.empty();
  private static final Finding[] NO_FINDINGS = new Finding[0];

  private final CompiledNetwork network;
  private final DnsResolver dns;
  private final ImmutableList<IPv4Address> outboundAddresses;
  private final SwitchResolver resolver;
  private final Site site;
  private final Plan plan;

  private RoutingEvaluator(
      CompiledNetwork network,
      DnsResolver dns,
      ImmutableList<IPv4Address> outboundAddresses,
      SwitchResolver resolver,
      Site site) {
    this.network = network;
    this.dns = dns;
    this.outboundAddresses = outboundAddresses;
    this.resolver = resolver;
    this.site = site;
    this.plan = new Plan(resolver.resolve(site), network, outboundAddresses);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An evaluator for another app or slot integrated with the same subnet, sharing this one's
   * compiled indexes (building it costs as much as resolving the site's switches).
   *
   * @throws IllegalArgumentException if {@code other} is not integrated with this subnet
   */
  public RoutingEvaluator withSite(Site other) {
    requireNonNull(other, "other");
    checkArgument(
        other.virtualNetworkSubnetId().filter(network.subnet.id()::equals).isPresent(),
        "site '%s' is not integrated with subnet '%s' (its virtualNetworkSubnetId is %s)",
        other.id(),
        network.subnet.id(),
        other.virtualNetworkSubnetId().map(Object::toString).orElse("empty"));
    return new RoutingEvaluator(network, dns, outboundAddresses, resolver, other);
  }

  /** The app or slot whose flows this evaluator decides. */
  public Site site() {
    return site;
  }

  /** The integration subnet. */
  public Subnet subnet() {
    return network.subnet;
  }

  /** The integrated virtual network. */
  public VirtualNetwork virtualNetwork() {
    return network.vnet;
  }

  /** The routing switches and DNS servers in effect for the site (SPEC LEG-1..LEG-3). */
  public EffectiveRouting effectiveRouting() {
    return plan.routing;
  }

  /**
   * The routes in effect on the subnet (user, BGP unless propagation is disabled, and system
   * routes, SPEC NR-3), ordered by prefix then source, as Azure's effective routes list them.
   */
  public List<EffectiveRoute> effectiveRoutes() {
    return network.routes.routes();
  }

  /**
   * Findings about the configuration rather than one flow: NSG rules vnetkit cannot apply (a source
   * that covers part of the subnet, CAP-9; restricted source ports), service tags without
   * definitions, unknown service endpoints. Most serious first (see {@link Finding}).
   */
  public List<Finding> findings() {
    return network.findings;
  }

  /**
   * Decides where {@code flow} goes.
   *
   * @throws NullPointerException if {@code flow} is null
   */
  public RoutingDecision evaluate(Flow flow) {
    requireNonNull(flow, "flow");
    Plan p = plan;
    if (flow.direction() == TrafficDirection.INBOUND) {
      return new RoutingDecision(
          flow,
          Outcome.NOT_APPLICABLE,
          NO_VERDICT,
          NO_ROUTE,
          NO_SOURCE,
          NO_FINDINGS,
          p.inboundSteps);
    }
    int destination = flow.destination().intValue();
    long unsigned = destination & 0xFFFF_FFFFL;
    boolean blocked = flow.destinationBlocksPublicAccess();
    Step[] head;
    boolean enters;
    Finding extra = null;
    switch (flow.kind()) {
      case APPLICATION -> {
        if (p.applicationOn) {
          head = p.applicationRouted;
          enters = true;
        } else if (Ipv4.isRfc1918(destination)) {
          head = p.applicationPrivate[Ipv4.rfc1918Block(destination)];
          enters = true;
        } else if (network.serviceEndpointSpace.contains(unsigned)) {
          head = p.applicationEndpoint;
          enters = true;
        } else {
          head = p.applicationPublic;
          enters = false;
          if (network.vnetSpace.contains(unsigned) || network.peeredSpace.contains(unsigned)) {
            extra = p.app2VnetSpace;
          }
        }
      }
      case IMAGE_PULL, CONTENT_SHARE, BACKUP_RESTORE -> {
        TrafficKind k = flow.kind();
        head = requireNonNull(p.configuration.get(k));
        enters = p.configurationOn.contains(k);
        if (!enters && network.privateSpace.contains(unsigned)) {
          extra = p.cfg1Private.get(k);
        }
      }
      case KEY_VAULT_REFERENCE -> {
        if (p.allTraffic) {
          head = p.keyVaultAllTraffic;
          enters = true;
        } else {
          head = blocked ? p.keyVaultRetry : p.keyVaultPublic;
          enters = blocked;
        }
      }
      case DATABASE_BACKUP -> {
        head = p.databaseBackup;
        enters = false;
        extra =
            blocked || network.privateSpace.contains(unsigned)
                ? p.cfg5Unreachable
                : p.backupRestoreOn ? p.cfg5NotCovered : null;
      }
      case KEY_VAULT_CERTIFICATE, APP_SERVICE_LOGS -> {
        TrafficKind k = flow.kind();
        head = requireNonNull(p.configuration.get(k));
        enters = false;
        if (blocked || network.privateSpace.contains(unsigned)) {
          extra = p.cfg7Private.get(k);
        }
      }
      default -> throw new IllegalStateException("unknown traffic kind " + flow.kind());
    }
    boolean smtp = flow.protocol() == TransportProtocol.TCP && flow.port() == 25;
    int n = head.length;
    if (!enters) {
      Step[] steps = Arrays.copyOf(head, n + 1);
      steps[n] = p.publicSource;
      return new RoutingDecision(
          flow,
          Outcome.LEAVES_PUBLICLY,
          NO_VERDICT,
          NO_ROUTE,
          p.outboundSource,
          findings(extra, null, smtp ? p.smtpPublic : null, null, null),
          steps);
    }
    NsgIndex nsg = network.nsg;
    NsgIndex.Rule rule = nsg == null ? null : nsg.lookup(destination, flow.port(), flow.protocol());
    RouteIndex.Choice choice = network.routes.lookup(destination);
    NextHopType hop = choice.route.nextHopType();
    boolean dropped =
        (rule != null && !rule.verdict.allowed())
            || hop == NextHopType.NONE
            || choice.unreachable; // NET-9: behind a peering with a classic VNet
    Step[] steps = Arrays.copyOf(head, n + 2 + choice.steps.length + (dropped ? 0 : 1));
    steps[n++] = p.entered;
    steps[n++] = rule == null ? p.noNsg : rule.step;
    System.arraycopy(choice.steps, 0, steps, n, choice.steps.length);
    n += choice.steps.length;
    Outcome outcome;
    Optional<SourceAddress> source;
    if (dropped) {
      outcome = Outcome.DROPPED;
      source = NO_SOURCE;
    } else {
      outcome = Outcome.ENTERS_VNET;
      if (hop == NextHopType.INTERNET) {
        source = p.internetSource;
        steps[n++] = p.internetSourceStep;
      } else if (hop == NextHopType.VIRTUAL_APPLIANCE
          && !network.privateSpace.contains(unsigned)
          && choice.applianceSourceStep != null) {
        source = choice.applianceSource;
        steps[n++] = choice.applianceSourceStep;
      } else {
        source = p.subnetSource;
        steps[n++] = p.subnetSourceStep;
      }
    }
    Finding port443 = null;
    Finding port445 = null;
    if (flow.kind() == TrafficKind.CONTENT_SHARE) {
      if (nsg != null) {
        port443 = contentSharePort(nsg.lookup(destination, 443, TransportProtocol.TCP), 443);
        port445 = contentSharePort(nsg.lookup(destination, 445, TransportProtocol.TCP), 445);
      }
      if (hop == NextHopType.VIRTUAL_APPLIANCE) {
        extra = p.cfg4Appliance;
      }
    }
    return new RoutingDecision(
        flow,
        outcome,
        rule == null ? NO_VERDICT : rule.optionalVerdict,
        choice.optionalRoute,
        source,
        findings(
            extra,
            choice.finding,
            dropped
                ? flow.protocol() == TransportProtocol.TCP ? p.silentDrop : null
                : smtp ? p.smtpIntegrated : null,
            port443,
            port445),
        steps);
  }

  private static @Nullable Finding contentSharePort(NsgIndex.Rule rule, int port) {
    if (rule.verdict.allowed()) {
      return null;
    }
    return new Finding(
        "CFG-4",
        Severity.ERROR,
        "content share through the VNet needs TCP ports 443 and 445; port "
            + port
            + " to this destination is denied by "
            + rule.verdict);
  }

  private static Finding[] findings(
      @Nullable Finding a,
      @Nullable Finding b,
      @Nullable Finding c,
      @Nullable Finding d,
      @Nullable Finding e) {
    if (a == null && b == null && c == null && d == null && e == null) {
      return NO_FINDINGS;
    }
    Finding[] all =
        new Finding
            [(a == null ? 0 : 1)
                + (b == null ? 0 : 1)
                + (c == null ? 0 : 1)
                + (d == null ? 0 : 1)
                + (e == null ? 0 : 1)];
    int n = 0;
    n = add(all, n, a);
    n = add(all, n, b);
    n = add(all, n, c);
    n = add(all, n, d);
    add(all, n, e);
    if (all.length > 1) {
      Arrays.sort(all); // most serious first (Finding's order); no allocation for short arrays
    }
    return all;
  }

  private static int add(Finding[] all, int n, @Nullable Finding f) {
    if (f == null) {
      return n;
    }
    all[n] = f;
    return n + 1;
  }

  /**
   * Resolves {@code hostName} as the app would (SPEC DNS-1..DNS-3).
   *
   * @throws IllegalArgumentException if {@code hostName} is not a valid DNS name
   */
  public NameResolution resolve(String hostName) {
    return resolve(DnsName.of(requireNonNull(hostName, "hostName")));
  }

  /** Resolves {@code hostName} as the app would (SPEC DNS-1..DNS-3). */
  public NameResolution resolve(DnsName hostName) {
    return dns.resolve(requireNonNull(hostName, "hostName"), plan.routing);
  }

  @Override
  public String toString() {
    return "RoutingEvaluator for "
        + site.id().name()
        + " on subnet "
        + network.subnet.name()
        + " ("
        + network.subnet.addressPrefix()
        + "), "
        + network.routes.routes().size()
        + " routes";
  }

  /** The site-dependent part: switches, and the steps and findings that follow from them. */
  private static final class Plan {
    final EffectiveRouting routing;
    final boolean applicationOn;
    final boolean allTraffic;
    final boolean backupRestoreOn;
    final Step[] inboundSteps;
    final Step[] applicationRouted;
    final Step[][] applicationPrivate = new Step[3][];
    final Step[] applicationEndpoint;
    final Step[] applicationPublic;
    final Map<TrafficKind, Step[]> configuration = new EnumMap<>(TrafficKind.class);
    final Set<TrafficKind> configurationOn = EnumSet.noneOf(TrafficKind.class);
    final Map<TrafficKind, Finding> cfg1Private = new EnumMap<>(TrafficKind.class);
    final Map<TrafficKind, Finding> cfg7Private = new EnumMap<>(TrafficKind.class);
    final Step[] keyVaultAllTraffic;
    final Step[] keyVaultPublic;
    final Step[] keyVaultRetry;
    final Step[] databaseBackup;
    final Step entered;
    final Step noNsg;
    final Step publicSource;
    final Step subnetSourceStep;
    final Step internetSourceStep;
    final Optional<SourceAddress> outboundSource;
    final Optional<SourceAddress> subnetSource;
    final Optional<SourceAddress> internetSource;
    final Finding app2VnetSpace;
    final Finding cfg5Unreachable;
    final Finding cfg5NotCovered;
    final Finding cfg4Appliance;
    final Finding smtpPublic;
    final Finding smtpIntegrated;
    final Finding silentDrop;

    Plan(EffectiveRouting routing, CompiledNetwork network, List<IPv4Address> outbound) {
      this.routing = routing;
      EffectiveSwitch app = routing.get(RoutingSwitch.APPLICATION_TRAFFIC);
      this.applicationOn = app.on();
      this.allTraffic = routing.isOn(RoutingSwitch.ALL_TRAFFIC);
      this.backupRestoreOn = routing.isOn(RoutingSwitch.BACKUP_RESTORE_TRAFFIC);
      this.inboundSteps =
          steps(
              new Step(
                  "APP-4",
                  "inbound traffic and replies to inbound requests are not affected by the"
                      + " integration, which is outbound only"));
      Step leg = legStep(app, "APP-2");
      this.applicationRouted =
          steps(
              leg,
              new Step(
                  "APP-1",
                  "application traffic routing is on: all application traffic enters the VNet"));
      for (int i = 0; i < 3; i++) {
        applicationPrivate[i] =
            steps(
                leg,
                new Step(
                    "APP-2",
                    "application traffic routing is off, but the destination is in RFC 1918"
                        + " private space "
                        + CompiledNetwork.RFC1918[i]
                        + ": private traffic enters the VNet"));
      }
      String endpoints = String.join(", ", network.serviceEndpoints);
      this.applicationEndpoint =
          steps(
              leg,
              new Step(
                  "APP-2",
                  "application traffic routing is off, but the destination is a service reached"
                      + " through a service endpoint on the subnet ("
                      + endpoints
                      + "): it enters the VNet"));
      this.applicationPublic =
          steps(
              leg,
              new Step(
                  "APP-2",
                  "application traffic routing is off and the destination is neither RFC 1918"
                      + " nor behind a service endpoint on the subnet: it goes straight to the"
                      + " internet from the app"));
      for (TrafficKind kind :
          List.of(TrafficKind.IMAGE_PULL, TrafficKind.CONTENT_SHARE, TrafficKind.BACKUP_RESTORE)) {
        EffectiveSwitch s = routing.get(switchOf(kind));
        if (s.on()) {
          configurationOn.add(kind);
        }
        String what = describe(kind);
        if (s.on()) {
          configuration.put(
              kind,
              steps(
                  legStep(s, "CFG-1"),
                  s.decidedBy() == SwitchSource.ALL_TRAFFIC
                      ? new Step(
                          "CFG-2",
                          "allTraffic is on: all configuration traffic, "
                              + what
                              + " included, enters the VNet")
                      : new Step(
                          "CFG-3",
                          s.routingSwitch().modernProperty()
                              + " is on: "
                              + what
                              + " enters the VNet")));
        } else {
          configuration.put(
              kind,
              steps(
                  legStep(s, "CFG-1"),
                  new Step(
                      "CFG-1",
                      s.routingSwitch().modernProperty()
                          + " is off: "
                          + what
                          + " takes the public route")));
        }
        cfg1Private.put(
            kind,
            new Finding(
                "CFG-1",
                Severity.WARNING,
                "the destination is private, but "
                    + what
                    + " takes the public route; turn on outboundVnetRouting."
                    + s.routingSwitch().modernProperty()
                    + " to send it through the integration"));
      }
      for (TrafficKind kind :
          List.of(TrafficKind.KEY_VAULT_CERTIFICATE, TrafficKind.APP_SERVICE_LOGS)) {
        configuration.put(
            kind,
            steps(
                new Step(
                    "CFG-7",
                    describe(kind)
                        + " is not supported through the integration: it takes the public"
                        + " route")));
        cfg7Private.put(
            kind,
            new Finding(
                "CFG-7",
                Severity.ERROR,
                describe(kind)
                    + " from a destination that blocks public access is not supported: it"
                    + " fails"));
      }
      EffectiveSwitch all = routing.get(RoutingSwitch.ALL_TRAFFIC);
      this.keyVaultAllTraffic =
          steps(
              new Step("LEG-2", all.toString()),
              new Step(
                  "CFG-2",
                  "allTraffic is on: all configuration traffic, Key Vault references included,"
                      + " enters the VNet"));
      this.keyVaultPublic =
          steps(
              new Step(
                  "CFG-6",
                  "Key Vault references are fetched over the public route first, and the vault"
                      + " accepts public traffic"));
      this.keyVaultRetry =
          steps(
              new Step(
                  "CFG-6",
                  "Key Vault references are fetched over the public route first; the vault"
                      + " blocks public traffic, so the fetch is retried through the"
                      + " integration"));
      this.databaseBackup =
          steps(
              new Step(
                  "CFG-5",
                  "database backup never goes through the integration: it takes the public"
                      + " route"));
      this.entered =
          new Step(
              "APP-3",
              "the flow entered the VNet: the subnet's NSG, route table, BGP routes and NAT"
                  + " gateway apply");
      this.noNsg = new Step("NR-1", "the integration subnet has no NSG: nothing filters the flow");
      this.publicSource =
          new Step(
              "APP-5",
              "the destination sees one of the app's outbound addresses"
                  + (outbound.isEmpty() ? "" : " " + outbound));
      Cidr prefix = network.subnet.addressPrefix();
      this.subnetSourceStep =
          new Step(
              "APP-5",
              "the destination sees the instance's private address, which can be any address of "
                  + prefix
                  + " (CAP-9: allow the whole subnet)");
      this.outboundSource =
          Optional.of(
              new SourceAddress(
                  SourceAddress.Kind.APP_OUTBOUND_ADDRESSES,
                  Optional.empty(),
                  outbound,
                  Optional.empty()));
      this.subnetSource =
          Optional.of(
              new SourceAddress(
                  SourceAddress.Kind.SUBNET_PRIVATE_ADDRESS,
                  Optional.of(prefix),
                  List.of(),
                  Optional.empty()));
      Optional<ResourceId> nat = network.natGatewayId;
      if (nat.isPresent()) {
        this.internetSource =
            Optional.of(
                new SourceAddress(
                    SourceAddress.Kind.NAT_GATEWAY, Optional.empty(), List.of(), nat));
        this.internetSourceStep =
            new Step(
                "NR-5",
                "NAT gateway '"
                    + nat.get().name()
                    + "' on the subnet gives internet-bound traffic its dedicated outbound"
                    + " address: the destination sees it");
      } else {
        this.internetSource = outboundSource;
        this.internetSourceStep = publicSource;
      }
      this.app2VnetSpace =
          new Finding(
              "APP-2",
              Severity.WARNING,
              "the destination lies in the address space of the integrated or a peered VNet but"
                  + " is not RFC 1918: without application traffic routing it takes the public"
                  + " route; turn on outboundVnetRouting.applicationTraffic");
      this.cfg5Unreachable =
          new Finding(
              "CFG-5",
              Severity.ERROR,
              "database backup never goes through the integration, and this database is private"
                  + " or blocks public access: the backup cannot reach it");
      this.cfg5NotCovered =
          new Finding(
              "CFG-5",
              Severity.WARNING,
              "backupRestoreTraffic is on, but it does not cover database backup, which never"
                  + " goes through the integration");
      this.cfg4Appliance =
          new Finding(
              "CFG-4",
              Severity.WARNING,
              "content share goes through a virtual appliance: it must allow TCP ports 443 and"
                  + " 445");
      this.smtpPublic =
          new Finding(
              "APP-6",
              Severity.WARNING,
              "SMTP (TCP port 25) is supported only when it goes through the integration; this"
                  + " flow takes the public route");
      this.silentDrop =
          new Finding(
              "DNS-4",
              Severity.INFO,
              "the flow is dropped without an answer: a TCP connection attempt waits about 21"
                  + " seconds before it fails");
      this.smtpIntegrated =
          new Finding(
              "APP-6",
              Severity.INFO,
              "SMTP (TCP port 25) through the integration is supported, subject to a setting of"
                  + " the subscription that holds the VNet");
    }

    private static Step[] steps(Step... steps) {
      return steps;
    }

    /**
     * The step that says where a switch's value came from: LEG-2 when {@code allTraffic} decided
     * it, LEG-1 when one of its sources did, and {@code defaultRule} (APP-2 or CFG-1, the rules
     * that say what happens by default) when nothing set it.
     */
    private static Step legStep(EffectiveSwitch s, String defaultRule) {
      return switch (s.decidedBy()) {
        case ALL_TRAFFIC -> new Step("LEG-2", s.toString());
        case DEFAULT ->
            new Step(
                defaultRule,
                s.routingSwitch().modernProperty()
                    + " is not set (no outboundVnetRouting property, legacy site property or app"
                    + " setting): off by default");
        default -> new Step("LEG-1", s.toString());
      };
    }

    private static RoutingSwitch switchOf(TrafficKind kind) {
      return switch (kind) {
        case IMAGE_PULL -> RoutingSwitch.IMAGE_PULL_TRAFFIC;
        case CONTENT_SHARE -> RoutingSwitch.CONTENT_SHARE_TRAFFIC;
        case BACKUP_RESTORE -> RoutingSwitch.BACKUP_RESTORE_TRAFFIC;
        default -> throw new IllegalArgumentException("no switch for " + kind);
      };
    }

    private static String describe(TrafficKind kind) {
      return switch (kind) {
        case IMAGE_PULL -> "container image pull";
        case CONTENT_SHARE -> "content share";
        case BACKUP_RESTORE -> "backup/restore";
        case KEY_VAULT_CERTIFICATE -> "loading a TLS/SSL certificate from Key Vault";
        case APP_SERVICE_LOGS -> "writing App Service logs to storage";
        default -> kind.name().toLowerCase(Locale.ROOT);
      };
    }
  }

  /**
   * Builds a {@link RoutingEvaluator}. The virtual network and the site are required; the NSG and
   * route table must be given exactly when the subnet references them.
   *
   * <pre>{@code
   * RoutingEvaluator.builder()
   *     .virtualNetwork(vnet)
   *     .site(app)
   *     .switchResolver(SwitchResolver.of(ValueMode.LENIENT))
   *     .addPrivateDnsZones(sqlZone)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable VirtualNetwork virtualNetwork;
    private @Nullable Site site;
    private @Nullable NetworkSecurityGroup networkSecurityGroup;
    private @Nullable RouteTable routeTable;
    private final List<BgpRoute> bgpRoutes = new ArrayList<>();
    private final List<ServiceTagDefinition> serviceTags = new ArrayList<>();
    private final List<IPv4Address> outboundAddresses = new ArrayList<>();
    private SwitchResolver switchResolver = SwitchResolver.strict();
    private final List<PrivateDnsZone> privateDnsZones = new ArrayList<>();
    private final List<CustomDnsServer> customDnsServers = new ArrayList<>();
    private final List<Map.Entry<DnsName, IPv4Address>> publicDnsRecords = new ArrayList<>();

    private Builder() {}

    /** The integrated virtual network (required). */
    public Builder virtualNetwork(VirtualNetwork virtualNetwork) {
      this.virtualNetwork = requireNonNull(virtualNetwork, "virtualNetwork");
      return this;
    }

    /** The app or slot, integrated with a subnet of the virtual network (required). */
    public Builder site(Site site) {
      this.site = requireNonNull(site, "site");
      return this;
    }

    /** The NSG on the integration subnet. */
    public Builder networkSecurityGroup(NetworkSecurityGroup networkSecurityGroup) {
      this.networkSecurityGroup = requireNonNull(networkSecurityGroup, "networkSecurityGroup");
      return this;
    }

    /** The route table on the integration subnet. */
    public Builder routeTable(RouteTable routeTable) {
      this.routeTable = requireNonNull(routeTable, "routeTable");
      return this;
    }

    /** Adds routes learned by BGP from the VNet's gateway. */
    public Builder addBgpRoutes(BgpRoute... routes) {
      return addAllBgpRoutes(Arrays.asList(routes));
    }

    /** Adds routes learned by BGP from the VNet's gateway. */
    public Builder addAllBgpRoutes(Iterable<BgpRoute> routes) {
      routes.forEach(r -> bgpRoutes.add(requireNonNull(r, "BGP route")));
      return this;
    }

    /** Adds service tag definitions, for NSG rules and service endpoints. */
    public Builder addServiceTags(ServiceTagDefinition... definitions) {
      return addAllServiceTags(Arrays.asList(definitions));
    }

    /** Adds service tag definitions, for NSG rules and service endpoints. */
    public Builder addAllServiceTags(Iterable<ServiceTagDefinition> definitions) {
      definitions.forEach(d -> serviceTags.add(requireNonNull(d, "service tag definition")));
      return this;
    }

    /**
     * Adds the app's outbound addresses, as listed in its properties (APP-5).
     *
     * @throws IllegalArgumentException if an address has a prefix length or stands for several
     *     addresses (such as {@code 52.10.0.0/24} or {@code 52.10.0.*}); the message quotes it
     */
    public Builder addAppOutboundAddresses(IPv4Address... addresses) {
      for (IPv4Address a : addresses) {
        outboundAddresses.add(
            singleAddress(requireNonNull(a, "outbound address"), "outbound address"));
      }
      return this;
    }

    /** The resolver of the routing switches (LEG-1..LEG-3); defaults to strict. */
    public Builder switchResolver(SwitchResolver switchResolver) {
      this.switchResolver = requireNonNull(switchResolver, "switchResolver");
      return this;
    }

    /** Adds Azure DNS private zones (DNS-1, DNS-3). */
    public Builder addPrivateDnsZones(PrivateDnsZone... zones) {
      for (PrivateDnsZone z : zones) {
        privateDnsZones.add(requireNonNull(z, "private DNS zone"));
      }
      return this;
    }

    /** Describes custom DNS servers that the VNet or the app uses (DNS-1..DNS-3). */
    public Builder addCustomDnsServers(CustomDnsServer... servers) {
      for (CustomDnsServer s : servers) {
        customDnsServers.add(requireNonNull(s, "custom DNS server"));
      }
      return this;
    }

    /**
     * Records what public DNS answers for {@code hostName}. Each host name may be given once;
     * {@link #build()} rejects a second record.
     *
     * @throws IllegalArgumentException if {@code address} has a prefix length or stands for several
     *     addresses; the message quotes it
     */
    public Builder putPublicDnsRecord(DnsName hostName, IPv4Address address) {
      publicDnsRecords.add(
          Map.entry(
              requireNonNull(hostName, "hostName"),
              singleAddress(requireNonNull(address, "address"), "public DNS record address")));
      return this;
    }

    private static IPv4Address singleAddress(IPv4Address address, String what) {
      checkArgument(
          !address.isMultiple() && address.getNetworkPrefixLength() == null,
          "%s '%s' must be a single address without prefix length",
          what,
          address);
      return address;
    }

    /**
     * Compiles the evaluator.
     *
     * @throws IllegalStateException if the virtual network or the site is missing
     * @throws IllegalArgumentException if the site is not integrated with a subnet of the virtual
     *     network; if an NSG or route table is given that is not the subnet's, or the subnet's is
     *     missing; if two BGP routes share a prefix, two service tag definitions a tag, two private
     *     zones a name, two custom DNS servers an address, or two public DNS records a host name
     */
    public RoutingEvaluator build() {
      VirtualNetwork vnet = virtualNetwork;
      Site s = site;
      if (vnet == null || s == null) {
        throw new IllegalStateException(
            "virtualNetwork and site must be set before build() (missing: "
                + (vnet == null ? "virtualNetwork" : "site")
                + ")");
      }
      ResourceId subnetId =
          s.virtualNetworkSubnetId()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "site '"
                              + s.id()
                              + "' has no regional integration (virtualNetworkSubnetId is"
                              + " empty); the routing evaluator decides the flows of an"
                              + " integrated app"));
      Subnet subnet =
          vnet.subnet(subnetId)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "site '"
                              + s.id()
                              + "' is integrated with subnet '"
                              + subnetId
                              + "', which is not a subnet of virtual network '"
                              + vnet.id()
                              + "'"));
      checkAttached(
          "network security group",
          subnet,
          subnet.networkSecurityGroupId(),
          networkSecurityGroup == null ? null : networkSecurityGroup.id(),
          "networkSecurityGroup");
      checkAttached(
          "route table",
          subnet,
          subnet.routeTableId(),
          routeTable == null ? null : routeTable.id(),
          "routeTable");
      Map<Cidr, BgpRoute> bgp = new HashMap<>();
      for (BgpRoute r : bgpRoutes) {
        checkArgument(
            bgp.put(r.addressPrefix(), r) == null,
            "BGP route prefix %s is listed twice; give one BGP route per prefix",
            r.addressPrefix());
      }
      Map<ServiceTag, ServiceTagDefinition> tags = new HashMap<>();
      for (ServiceTagDefinition d : serviceTags) {
        checkArgument(tags.put(d.tag(), d) == null, "service tag %s is defined twice", d.tag());
      }
      Map<DnsName, PrivateDnsZone> zones = new HashMap<>();
      for (PrivateDnsZone z : privateDnsZones) {
        checkArgument(
            zones.put(z.name(), z) == null, "private DNS zone %s is listed twice", z.name());
      }
      Map<IPAddress, CustomDnsServer> servers = new HashMap<>();
      for (CustomDnsServer c : customDnsServers) {
        checkArgument(
            servers.put(c.address(), c) == null,
            "custom DNS server %s is listed twice",
            c.address());
      }
      Map<DnsName, IPv4Address> publicRecords = new HashMap<>();
      for (Map.Entry<DnsName, IPv4Address> r : publicDnsRecords) {
        checkArgument(
            publicRecords.put(r.getKey(), r.getValue()) == null,
            "public DNS record for host name %s is listed twice; give one address per host name",
            r.getKey());
      }
      CompiledNetwork network =
          new CompiledNetwork(
              vnet, subnet, networkSecurityGroup, routeTable, List.copyOf(bgpRoutes), tags);
      DnsResolver dns =
          new DnsResolver(
              vnet.id(),
              vnet.dnsServers(),
              privateDnsZones,
              servers,
              publicRecords,
              network::isPrivate);
      return new RoutingEvaluator(
          network, dns, ImmutableList.copyOf(outboundAddresses), switchResolver, s);
    }

    private static void checkAttached(
        String what,
        Subnet subnet,
        Optional<ResourceId> onSubnet,
        @Nullable ResourceId given,
        String method) {
      if (onSubnet.isPresent() && given == null) {
        throw new IllegalArgumentException(
            "subnet '"
                + subnet.id()
                + "' has "
                + what
                + " '"
                + onSubnet.get()
                + "'; pass it with "
                + method
                + "(...)");
      }
      if (given != null && !onSubnet.filter(given::equals).isPresent()) {
        throw new IllegalArgumentException(
            what
                + " '"
                + given
                + "' is not the one on subnet '"
                + subnet.id()
                + "' ("
                + onSubnet.map(Object::toString).orElse("none")
                + ")");
      }
    }
  }
}
