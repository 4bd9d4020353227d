package io.github.vnetkit.compat;

/**
 * Where an app's own DNS servers came from (SPEC DNS-2, LEG table last row).
 *
 * <pre>{@code
 * routing.dnsSource(); // DNS_CONFIGURATION, APP_SETTINGS or NONE
 * }</pre>
 */
public enum DnsSource {
  /** The modern {@code dnsConfiguration} site property. */
  DNS_CONFIGURATION,
  /** The legacy {@code WEBSITE_DNS_SERVER} / {@code WEBSITE_DNS_ALT_SERVER} app settings. */
  APP_SETTINGS,
  /** Neither: the app uses the VNet's DNS servers, or Azure DNS (DNS-1). */
  NONE
}
