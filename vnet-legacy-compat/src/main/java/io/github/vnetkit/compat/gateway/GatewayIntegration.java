package io.github.vnetkit.compat.gateway;

import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.GatewayKind;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An app's gateway-required (legacy) virtual network integration (SPEC GW-1): the target VNet (with
 * its region, deployment model and gateways), the point-to-site address range the app's traffic
 * comes from, and what the app relies on through it.
 *
 * <p>The target VNet's {@link VirtualNetwork#gateways()} are the gateway kinds of the integration:
 * it needs a {@link GatewayKind#VPN} gateway, and cannot work with ExpressRoute or coexistence
 * gateways (GW-2); {@link GatewayIntegrationChecker} reports such states.
 *
 * <pre>{@code
 * GatewayIntegration integration = GatewayIntegration.builder()
 *     .targetVnet(remoteVnet)                        // e.g. in North Europe, with a VPN gateway
 *     .pointToSiteRange(Cidr.parse("172.16.100.0/24"))
 *     .build();
 * integration.targetRegion(); // northeurope
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the point-to-site range is IPv6.
 */
@Value.Immutable
public abstract class GatewayIntegration {

  GatewayIntegration() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GatewayIntegration}. */
  public static final class Builder extends ImmutableGatewayIntegration.Builder {
    Builder() {}
  }

  /** The VNet the app reaches through the gateway. */
  public abstract VirtualNetwork targetVnet();

  /** The point-to-site address range; the app's traffic comes from it (IPv4). */
  public abstract Cidr pointToSiteRange();

  /**
   * Whether the app relies on reaching resources secured by service endpoints through this
   * integration, which gateway-required integration cannot do (GW-2). Defaults to {@code false}.
   */
  @Value.Default
  public boolean reachesServiceEndpointSecuredResources() {
    return false;
  }

  /**
   * Whether the app relies on resolving Key Vault references to a network-protected vault through
   * this integration, which gateway-required integration cannot do (GW-2). Defaults to {@code
   * false}.
   */
  @Value.Default
  public boolean resolvesKeyVaultReferences() {
    return false;
  }

  /** The target VNet's region. */
  public final Region targetRegion() {
    return targetVnet().region();
  }

  /** The gateway kinds in the target VNet. */
  public final Set<GatewayKind> gateways() {
    return targetVnet().gateways();
  }

  @Value.Check
  void check() {
    pointToSiteRange().requireIpv4("pointToSiteRange of the integration with " + targetVnet().id());
  }

  @Override
  public String toString() {
    return "GatewayIntegration{"
        + targetVnet().name()
        + " ("
        + targetRegion()
        + (targetVnet().classic() ? ", classic" : "")
        + ", gateways "
        + gateways()
        + "), point-to-site "
        + pointToSiteRange()
        + "}";
  }
}
