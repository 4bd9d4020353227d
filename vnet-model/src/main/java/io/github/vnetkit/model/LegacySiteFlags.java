package io.github.vnetkit.model;

import org.immutables.value.Value;

/**
 * The legacy site properties of ARM API versions up to 2024-11-01: {@code vnetRouteAllEnabled} (on
 * the site and on {@code siteConfig}), {@code vnetImagePullEnabled}, {@code
 * vnetContentShareEnabled} and {@code vnetBackupRestoreEnabled}. Each is three-state, because a
 * property that is absent does not override an app setting, while one set to {@code false} does
 * (SPEC LEG-1).
 *
 * <pre>{@code
 * LegacySiteFlags flags = LegacySiteFlags.builder()
 *     .siteConfigVnetRouteAllEnabled(TriState.ON)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LegacySiteFlags {

  private static final LegacySiteFlags UNSET = builder().build();

  LegacySiteFlags() {}

  /** A new builder; every flag starts {@link TriState#UNSET}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value with every flag unset. */
  public static LegacySiteFlags unset() {
    return UNSET;
  }

  /** Builds a {@link LegacySiteFlags}. */
  public static final class Builder extends ImmutableLegacySiteFlags.Builder {
    Builder() {}
  }

  /** {@code properties.vnetRouteAllEnabled} on the site. */
  @Value.Default
  public TriState vnetRouteAllEnabled() {
    return TriState.UNSET;
  }

  /** {@code properties.siteConfig.vnetRouteAllEnabled}. */
  @Value.Default
  public TriState siteConfigVnetRouteAllEnabled() {
    return TriState.UNSET;
  }

  /** {@code properties.vnetImagePullEnabled}. */
  @Value.Default
  public TriState vnetImagePullEnabled() {
    return TriState.UNSET;
  }

  /** {@code properties.vnetContentShareEnabled}. */
  @Value.Default
  public TriState vnetContentShareEnabled() {
    return TriState.UNSET;
  }

  /** {@code properties.vnetBackupRestoreEnabled}. */
  @Value.Default
  public TriState vnetBackupRestoreEnabled() {
    return TriState.UNSET;
  }

  /** Whether no flag is set. */
  public final boolean isEmpty() {
    return !vnetRouteAllEnabled().isSet()
        && !siteConfigVnetRouteAllEnabled().isSet()
        && !vnetImagePullEnabled().isSet()
        && !vnetContentShareEnabled().isSet()
        && !vnetBackupRestoreEnabled().isSet();
  }
}
