/**
 * Immutable records that flow through the pipeline: {@link id.warta.model.RawDocument} in,
 * {@link id.warta.model.Article} out of extraction, {@link id.warta.model.Analysis} out of analysis, with
 * {@link id.warta.model.Failure} carried as data rather than thrown. Offsets in these records always point into
 * {@link id.warta.model.Article#text()}.
 */
package id.warta.model;
