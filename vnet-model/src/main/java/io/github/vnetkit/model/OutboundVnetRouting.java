package io.github.vnetkit.model;

import org.immutables.value.Value;

/**
 * The modern {@code outboundVnetRouting} site property (ARM API 2025-03-01 and later): five
 * three-state switches. {@code allTraffic} turns all the others on (SPEC LEG-2, CFG-2).
 *
 * <pre>{@code
 * OutboundVnetRouting routing = OutboundVnetRouting.builder()
 *     .applicationTraffic(TriState.ON)
 *     .imagePullTraffic(TriState.OFF)
 *     .build();
 * routing.contentShareTraffic(); // TriState.UNSET
 * OutboundVnetRouting.unset().isEmpty(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class OutboundVnetRouting {

  private static final OutboundVnetRouting UNSET = builder().build();

  OutboundVnetRouting() {}

  /** A new builder; every switch starts {@link TriState#UNSET}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value with every switch unset. */
  public static OutboundVnetRouting unset() {
    return UNSET;
  }

  /** Builds an {@link OutboundVnetRouting}. */
  public static final class Builder extends ImmutableOutboundVnetRouting.Builder {
    Builder() {}
  }

  /** {@code allTraffic}: all application and configuration traffic through the VNet. */
  @Value.Default
  public TriState allTraffic() {
    return TriState.UNSET;
  }

  /** {@code applicationTraffic} (formerly {@code vnetRouteAllEnabled}). */
  @Value.Default
  public TriState applicationTraffic() {
    return TriState.UNSET;
  }

  /** {@code imagePullTraffic} (formerly {@code vnetImagePullEnabled}). */
  @Value.Default
  public TriState imagePullTraffic() {
    return TriState.UNSET;
  }

  /** {@code contentShareTraffic} (formerly {@code vnetContentShareEnabled}). */
  @Value.Default
  public TriState contentShareTraffic() {
    return TriState.UNSET;
  }

  /** {@code backupRestoreTraffic} (formerly {@code vnetBackupRestoreEnabled}). */
  @Value.Default
  public TriState backupRestoreTraffic() {
    return TriState.UNSET;
  }

  /** Whether no switch is set. */
  public final boolean isEmpty() {
    return !allTraffic().isSet()
        && !applicationTraffic().isSet()
        && !imagePullTraffic().isSet()
        && !contentShareTraffic().isSet()
        && !backupRestoreTraffic().isSet();
  }
}
