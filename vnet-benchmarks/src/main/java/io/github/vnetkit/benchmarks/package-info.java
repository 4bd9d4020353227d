/**
 * JMH benchmarks, each comparing vnetkit's indexed implementation with a naive baseline kept here.
 * Each benchmark's Javadoc says how to run it.
 */
@NullMarked
package io.github.vnetkit.benchmarks;

import org.jspecify.annotations.NullMarked;
