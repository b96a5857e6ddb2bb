/**
 * Scorers shared by the CLI's {@code eval} command and the tests, each reproducing a published metric so that
 * a number reported by Warta can be compared with the literature.
 */
package id.warta.eval;
