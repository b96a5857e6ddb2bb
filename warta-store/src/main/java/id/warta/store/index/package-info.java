/**
 * The Lucene side of the store, not an API: the index schema (which field holds what, and why it is indexed the way
 * it is), the store's marker file, the compact lookup keys used for exact and near-duplicate and story candidates,
 * the table of additions not yet visible to a searcher, query building and snippet picking.
 * {@link id.warta.store.WartaStore} is the one user of these classes.
 */
package id.warta.store.index;
