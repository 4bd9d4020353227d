package io.github.vnetkit.compat.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;

/** Argument checks shared by the compat packages. */
public final class Checks {

  private Checks() {}

  /**
   * Checks that {@code plan} is {@code app}'s plan.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code app}'s {@code planId} is not {@code plan}'s id; the
   *     message names both
   */
  public static void requirePlanOf(App app, AppServicePlan plan) {
    requireNonNull(app, "app");
    requireNonNull(plan, "plan");
    checkArgument(
        app.planId().equals(plan.id()),
        "plan '%s' is not the plan of app '%s', whose planId is '%s'",
        plan.id(),
        app.id(),
        app.planId());
  }
}
