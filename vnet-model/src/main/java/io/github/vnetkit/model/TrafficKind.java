package io.github.vnetkit.model;

/**
 * What kind of traffic a flow is: application traffic, which the app sends after it has started
 * (SPEC APP), or one of the kinds of configuration traffic that the platform sends for the app
 * before or during start-up (SPEC CFG).
 *
 * <pre>{@code
 * Flow.builder().kind(TrafficKind.IMAGE_PULL) // ...
 * TrafficKind.CONTENT_SHARE.isConfiguration(); // true
 * }</pre>
 */
public enum TrafficKind {
  /** Traffic the app sends after it has started (SPEC APP-1, APP-2). */
  APPLICATION,
  /** Container image pull (SPEC CFG-3, switch {@code imagePullTraffic}). */
  IMAGE_PULL,
  /** Content share (SPEC CFG-3, CFG-4, switch {@code contentShareTraffic}). */
  CONTENT_SHARE,
  /** Backup and restore to your own storage (SPEC CFG-3, switch {@code backupRestoreTraffic}). */
  BACKUP_RESTORE,
  /** Fetching app settings that are Key Vault references (SPEC CFG-6). */
  KEY_VAULT_REFERENCE,
  /** Database backup, which never goes through the integration (SPEC CFG-5). */
  DATABASE_BACKUP,
  /** Loading a TLS/SSL certificate from Key Vault (SPEC CFG-7). */
  KEY_VAULT_CERTIFICATE,
  /** Writing App Service logs to a storage account (SPEC CFG-7). */
  APP_SERVICE_LOGS;

  /** Whether this is configuration traffic (everything but {@link #APPLICATION}). */
  public boolean isConfiguration() {
    return this != APPLICATION;
  }
}
