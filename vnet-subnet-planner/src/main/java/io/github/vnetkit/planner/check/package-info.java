/**
 * The integration checker: every SPEC rule an estate breaks (TIER, NET, FN, LIFE and the planner's
 * capacity answers), the way a policy engine reports them, with the platform's real semantics; and
 * lifecycle operations (connect, disconnect, delete, change subscription) on an immutable {@link
 * io.github.vnetkit.model.Estate}.
 *
 * <p>{@link io.github.vnetkit.planner.check.EstateChecker} checks an estate and returns a {@link
 * io.github.vnetkit.planner.check.CheckResult}: sorted {@link
 * io.github.vnetkit.planner.check.Finding}s, each with a rule id, a severity, the resources it
 * concerns, a message and a suggested fix. {@link io.github.vnetkit.planner.check.Lifecycle}
 * applies operations and returns the new estate with the findings.
 *
 * <pre>{@code
 * CheckResult result = EstateChecker.create().check(estate);
 * if (result.isClean()) {
 *   System.out.println(result); // "clean: no findings ..."
 * }
 * result.errors().forEach(System.out::println);
 * }</pre>
 */
@NullMarked
@CheckStyle
package io.github.vnetkit.planner.check;

import org.jspecify.annotations.NullMarked;
