/**
 * The {@code sverka} command (picocli): one class per subcommand, each parsing its options, asking
 * sverka-case's queries and printing with sverka-present's writers.
 *
 * <p>May use: every other module.
 */
package org.sverka.cli;
