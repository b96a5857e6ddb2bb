/**
 * The {@code warta} command line: picocli commands over the core library. Data on stdout, logs and progress on
 * stderr; exit code 0 when every input succeeded, 1 when some failed (they are in the output as errors), 2 on
 * usage errors.
 */
package id.warta.app;
