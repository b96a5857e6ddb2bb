/**
 * Writers of pipeline records: JSON, JSON Lines, plain text and Markdown, and the reader of the analysis record
 * ({@link id.warta.export.Json#readAnalysis}). The one place where field names and value formats are decided,
 * shared by the CLI, the store, the HTTP API and the exports.
 */
package id.warta.export;
