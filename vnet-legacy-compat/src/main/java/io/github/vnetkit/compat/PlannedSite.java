package io.github.vnetkit.compat;

import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Site;
import java.util.Optional;

/** A site as a migration plan leaves it, to resolve the routing it will have. */
record PlannedSite(
    ResourceId id,
    AppSettings appSettings,
    LegacySiteFlags legacySiteFlags,
    OutboundVnetRouting outboundVnetRouting,
    Optional<ResourceId> virtualNetworkSubnetId,
    Optional<DnsConfiguration> dnsConfiguration)
    implements Site {}
