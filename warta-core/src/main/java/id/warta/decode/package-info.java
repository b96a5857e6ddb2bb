/**
 * Decoding: a document's bytes to text. {@link id.warta.decode.TextDecoder} chooses the charset from the byte
 * order mark, the transport, the markup or the bytes themselves, checks each declaration against the bytes, and
 * turns binary, empty and oversized inputs into failures rather than garbage text.
 */
package id.warta.decode;
