package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.DnsName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a host name resolves for an integrated app (SPEC DNS-1..DNS-3): to a private address (such as
 * a private endpoint's, from a linked private zone, an A record in the app's DNS server or a
 * forwarder), to a public one, not at all, or unknown (a DNS server vnetkit was not told about).
 * The answer of {@link RoutingEvaluator#resolve(String)}.
 *
 * <pre>{@code
 * NameResolution r = evaluator.resolve("shop-sql.database.windows.net");
 * r.kind();       // PRIVATE_ADDRESS
 * r.address();    // Optional[10.0.2.5]
 * r.dnsServer();  // Optional[168.63.129.16]
 * r.explanation(); // [DNS-1: ..., DNS-3: private zone privatelink.database.windows.net ...]
 * }</pre>
 */
public final class NameResolution {

  /** What a name resolves to. */
  public enum Kind {
    /** A private address: RFC 1918, 100.64.0.0/10, or the VNet's or a peered VNet's space. */
    PRIVATE_ADDRESS,
    /** A public address (which may be unknown when no public record was given). */
    PUBLIC_ADDRESS,
    /** No address: a linked private zone holds the name's zone but has no record (NXDOMAIN). */
    NOT_FOUND,
    /** The DNS server that answers is not described, so its answer is unknown. */
    UNKNOWN
  }

  private final DnsName hostName;
  private final Kind kind;
  private final Optional<IPv4Address> address;
  private final Optional<IPAddress> dnsServer;
  private final List<Step> explanation;
  private final List<Finding> findings;
  private final int serverCount;

  NameResolution(
      DnsName hostName,
      Kind kind,
      Optional<IPv4Address> address,
      Optional<IPAddress> dnsServer,
      List<Step> explanation,
      List<Finding> findings,
      int serverCount) {
    this.hostName = requireNonNull(hostName);
    this.kind = requireNonNull(kind);
    this.address = requireNonNull(address);
    this.dnsServer = requireNonNull(dnsServer);
    this.explanation = List.copyOf(explanation);
    this.findings = List.copyOf(findings);
    this.serverCount = serverCount;
  }

  /** The name that was resolved. */
  public DnsName hostName() {
    return hostName;
  }

  /** Private, public, not found or unknown. */
  public Kind kind() {
    return kind;
  }

  /** The address, when known. */
  public Optional<IPv4Address> address() {
    return address;
  }

  /** The DNS server that the app asks first. */
  public Optional<IPAddress> dnsServer() {
    return dnsServer;
  }

  /** The ordered steps with their SPEC rule ids. */
  public List<Step> explanation() {
    return explanation;
  }

  /**
   * How long a lookup that gets no answer takes before the app gives up: 3 seconds per DNS server
   * the app may ask, so 6 seconds with a primary and a fallback (SPEC DNS-4). Worth reporting when
   * a call hangs before it fails.
   */
  public Duration lookupTimeout() {
    return Duration.ofSeconds(3L * serverCount);
  }

  /** Findings, such as a private zone that holds the name but is not linked (DNS-3). */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NameResolution other
        && other.hostName.equals(hostName)
        && other.kind == kind
        && other.address.equals(address)
        && other.dnsServer.equals(dnsServer)
        && other.explanation.equals(explanation)
        && other.findings.equals(findings)
        && other.serverCount == serverCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(hostName, kind, address, dnsServer, explanation, findings, serverCount);
  }

  /** The name, the answer, the numbered steps and the findings. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(hostName).append(": ").append(kind);
    address.ifPresent(a -> sb.append(' ').append(a));
    sb.append("\n  because:");
    for (int i = 0; i < explanation.size(); i++) {
      sb.append("\n    ").append(i + 1).append(". ").append(explanation.get(i));
    }
    for (Finding f : findings) {
      sb.append("\n  finding: ").append(f);
    }
    return sb.toString();
  }
}
