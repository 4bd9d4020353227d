package io.github.vnetkit.compat;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One app setting that a {@link RoutingMigrationPlan} removes, with its exact name and value and
 * the reasons (SPEC rule ids and a sentence).
 *
 * <pre>{@code
 * plan.appSettingRemovals().get(0).name(); // "WEBSITE_VNET_ROUTE_ALL"
 * }</pre>
 */
@Value.Immutable
public abstract class AppSettingRemoval {

  AppSettingRemoval() {}

  static ImmutableAppSettingRemoval.Builder builder() {
    return ImmutableAppSettingRemoval.builder();
  }

  /** The setting's exact name as written. */
  public abstract String name();

  /** The setting's exact value as written. */
  public abstract String value();

  /** The SPEC rule ids that call for the removal. */
  public abstract List<String> ruleIds();

  /** Why, in one sentence. */
  public abstract String reason();

  /** The plain form: {@code {name, value, rules, reason}}. */
  public final Map<String, Object> toMap() {
    return ImmutableMap.of(
        "name", name(), "value", value(), "rules", ruleIds(), "reason", reason());
  }

  @Override
  public String toString() {
    return "remove app setting " + name() + "=" + value() + " " + ruleIds() + " " + reason();
  }
}
