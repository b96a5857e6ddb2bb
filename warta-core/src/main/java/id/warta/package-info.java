/**
 * Warta turns raw news into facts. {@link id.warta.Warta} is the facade and {@link id.warta.WartaOptions} holds
 * every tunable. Data flows one way through the sub-packages: {@code source} (files, URLs, JSON Lines) to
 * {@code decode} (bytes to text) to {@code extract} (the clean article), with {@code eval} scoring the result.
 */
package id.warta;
