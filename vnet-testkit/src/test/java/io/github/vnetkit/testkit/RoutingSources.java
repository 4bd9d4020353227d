package io.github.vnetkit.testkit;

import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.TriState;
import java.util.Locale;

/** Counts, per LEG-table switch, how many sources of a site set it (test helper). */
final class RoutingSources {

  private RoutingSources() {}

  /** The most sources that set any one switch (or the DNS servers) of {@code site}. */
  static int maxSourcesPerSwitch(Site site) {
    LegacySiteFlags f = site.legacySiteFlags();
    OutboundVnetRouting m = site.outboundVnetRouting();
    int app =
        setting(site, "WEBSITE_VNET_ROUTE_ALL")
            + set(f.vnetRouteAllEnabled())
            + set(f.siteConfigVnetRouteAllEnabled())
            + set(m.applicationTraffic());
    int image =
        setting(site, "WEBSITE_PULL_IMAGE_OVER_VNET")
            + set(f.vnetImagePullEnabled())
            + set(m.imagePullTraffic());
    int content =
        setting(site, "WEBSITE_CONTENTOVERVNET")
            + set(f.vnetContentShareEnabled())
            + set(m.contentShareTraffic());
    int backup = set(f.vnetBackupRestoreEnabled()) + set(m.backupRestoreTraffic());
    int dns =
        Math.min(1, setting(site, "WEBSITE_DNS_SERVER") + setting(site, "WEBSITE_DNS_ALT_SERVER"))
            + (site.dnsConfiguration().isPresent() ? 1 : 0);
    int max = Math.max(Math.max(app, image), Math.max(Math.max(content, backup), dns));
    if (m.allTraffic().isOn() && (app + image + content + backup) > 0) {
      return max + 1; // allTraffic on makes the others ignored: a LEG-4 report
    }
    return max;
  }

  private static int set(TriState t) {
    return t.isSet() ? 1 : 0;
  }

  private static int setting(Site site, String name) {
    return site.appSettings().findIgnoringCase(name.toLowerCase(Locale.ROOT)).isPresent() ? 1 : 0;
  }
}
