package io.github.vnetkit.planner.check;

import io.github.vnetkit.model.ResourceId;
import org.immutables.value.Value;

/**
 * An app's declared {@link WorkloadNeed}: what its workload expects to do through the integration.
 *
 * <pre>{@code
 * AppNeed ping = AppNeed.of(ResourceId.site(sub, "web", "shop"), WorkloadNeed.ICMP);
 * }</pre>
 */
@Value.Immutable
public abstract class AppNeed implements Comparable<AppNeed> {

  AppNeed() {}

  /**
   * The app {@code appId} needs {@code need}.
   *
   * @throws IllegalArgumentException if {@code appId} is not a {@code Microsoft.Web/sites} id
   */
  public static AppNeed of(ResourceId appId, WorkloadNeed need) {
    return ImmutableAppNeed.builder().appId(appId).need(need).build();
  }

  /** The app ({@code Microsoft.Web/sites} id). */
  public abstract ResourceId appId();

  /** What it needs. */
  public abstract WorkloadNeed need();

  @Override
  public final int compareTo(AppNeed other) {
    int c = appId().compareTo(other.appId());
    return c != 0 ? c : need().compareTo(other.need());
  }

  @Value.Check
  void check() {
    appId().requireKind(ResourceId.Kind.SITE, "appId of an app need");
  }

  @Override
  public String toString() {
    return appId().name() + " needs " + need();
  }
}
