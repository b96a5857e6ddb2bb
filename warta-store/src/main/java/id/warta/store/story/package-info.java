/**
 * Stories: articles about one happening from one or more outlets. {@link id.warta.store.story.StoryProfile} is
 * what of an analysed article tells its happening (day, events, named entities, countries), kept small so the store
 * can hold it per article; {@link id.warta.store.story.StoryMatcher} decides whether an article joins an earlier
 * article's story, on profiles in the compact form {@link id.warta.store.story.CompactProfile} (hashes and epoch
 * days, decoded straight from the stored bytes); {@link id.warta.store.story.StoryEvents} merges the article-level
 * events of a story's articles into one event per happening, so that counting riots counts riots, not the articles
 * reporting them.
 *
 * <p>A story is a happening, not a topic: two protests in one country a week apart are two stories, while a riot
 * and the next days' reports of its death toll are one. Shared events (type, country and a date within a day of
 * each other), shared named people, organisations and places, and close dates make one story; one country in
 * common does not.
 */
package id.warta.store.story;
