package io.github.vnetkit.compat;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One site property that a {@link RoutingMigrationPlan} sets or removes, with its value before and
 * after and the reasons (SPEC rule ids and a sentence). Values are plain, as {@link SiteProperty}
 * describes: {@link Boolean}, {@link String} or {@code List<String>}; an empty {@link #after()}
 * means the property is removed (not written for the target API version).
 *
 * <pre>{@code
 * for (PropertyChange c : plan.propertyChanges()) {
 *   System.out.println(c);
 *   // set outboundVnetRouting.applicationTraffic: (unset) -> true [LEG-1, LEG-5] carries ...
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class PropertyChange {

  PropertyChange() {}

  static ImmutablePropertyChange.Builder builder() {
    return ImmutablePropertyChange.builder();
  }

  /** The property. */
  public abstract SiteProperty property();

  /** Its plain value before the change; empty if it was not set. */
  public abstract Optional<Object> before();

  /** Its plain value after the change; empty if the change removes it. */
  public abstract Optional<Object> after();

  /** The SPEC rule ids that call for the change, such as {@code [LEG-1, LEG-5]}. */
  public abstract List<String> ruleIds();

  /** Why, in one sentence. */
  public abstract String reason();

  /** Whether the change removes the property. */
  public final boolean isRemoval() {
    return after().isEmpty();
  }

  /**
   * The plain form: {@code {path, before?, after?, rules, reason}}; {@code before} and {@code
   * after} are left out when not set.
   */
  public final Map<String, Object> toMap() {
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    map.put("path", property().path());
    before().ifPresent(v -> map.put("before", v));
    after().ifPresent(v -> map.put("after", v));
    map.put("rules", ruleIds());
    map.put("reason", reason());
    return map.buildOrThrow();
  }

  @Value.Check
  void check() {
    if (before().equals(after())) {
      throw new IllegalStateException(
          "a change of " + property() + " must change its value, not keep " + before());
    }
  }

  @Override
  public String toString() {
    return (isRemoval() ? "remove " : "set ")
        + property().path()
        + ": "
        + before().map(Object::toString).orElse("(unset)")
        + " -> "
        + after().map(Object::toString).orElse("(unset)")
        + " "
        + ruleIds()
        + " "
        + reason();
  }
}
