/**
 * The {@code vnet} command line: answers about pricing tiers and subnet capacity from the shell.
 * Not an API; the entry point is {@link io.github.vnetkit.cli.VnetCommand#main(String[])}.
 */
@NullMarked
package io.github.vnetkit.cli;

import org.jspecify.annotations.NullMarked;
