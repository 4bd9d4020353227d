/**
 * Internals shared by {@code io.github.vnetkit.compat} and {@code
 * io.github.vnetkit.compat.gateway}; not exported.
 */
@NullMarked
package io.github.vnetkit.compat.internal;

import org.jspecify.annotations.NullMarked;
