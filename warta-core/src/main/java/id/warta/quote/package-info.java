/**
 * The {@code quote} stage: direct quotes and who said them, the speaker resolved to a PERSON entity and its role
 * kept. {@link id.warta.quote.QuoteFinder} is the interface, {@link id.warta.quote.Quote} the record and
 * {@link id.warta.quote.RuleQuoteFinder} the rule-based, thread-safe implementation, built on the {@code text}
 * stage's sentences and tokens, Indonesian and English words in one table. It is linear in the text length: the
 * marks are paired in one pass, every attribution is looked for within a fixed number of tokens of its quotation,
 * and a sentence is searched for a speech verb at most once.
 *
 * <h2>Quotations</h2>
 * Double marks ({@code " “ ” „ « »}, {@code ``…''}) and single ones ({@code ' ‘ ’ ‹ ›}, the primary marks of some
 * outlets) are paired within a paragraph; how an ambiguous mark ({@code "}, {@code ”}, {@code '}, {@code ’}) opens
 * or closes follows from what touches it, and a single mark that could be an apostrophe ({@code workers'}) closes
 * only against punctuation. A quotation of several sentences is one quote. A quotation of several paragraphs, as
 * news writes it (the paragraph ends inside the quotation and the next one opens with a mark again), gives one
 * quote per paragraph, all with the speaker of its attribution. A mark left open at a paragraph's end otherwise,
 * or a quotation longer than 1,500 characters, is unbalanced and dropped, so a stray mark never swallows the rest
 * of the article. A quotation nested inside another stays in the outer one's text. {@link
 * id.warta.quote.Quote#text()} is the quoted words without the marks, exactly {@code text.substring(start, end)}.
 *
 * <h2>Not quotes</h2>
 * A quotation right after a naming word ({@code film}, {@code buku}, {@code lagu}, {@code berjudul},
 * {@code bertajuk}, {@code bertuliskan}, {@code kata}, {@code titled}, {@code dubbed}, {@code so-called}) is a name
 * or title. A title-cased quotation ({@code "Laskar Pelangi"}, {@code "The Old Man and the Sea"}) needs its own
 * attribution. A quotation opening inside running text, after a word ({@code disebut "teroris"},
 * {@code menghadapi "ancaman teroris"}), is a partial quote only when its own sentence attributes it and it has at
 * least three words; otherwise it is a scare quote or a term. A quotation opening as speech does (at a sentence or
 * paragraph start, or after a colon, comma or dash) is kept when attributed, or unattributed from three words on,
 * with no speaker.
 *
 * <h2>Attribution</h2>
 * Looked for in this order: right after the closing mark in its sentence ({@code "...," kata X}, {@code ujar},
 * {@code ungkap}, {@code jelas}, {@code tutur}, {@code imbuh}, {@code tambah}, {@code tegas}, {@code terang},
 * {@code sebut}, {@code papar}, {@code lanjut}, {@code menurut X}; {@code said X}, {@code according to X}; the
 * subject first:
 * {@code X mengatakan}, {@code X said}, {@code X told Reuters}, {@code X added}); before the opening mark in its
 * sentence ({@code X mengatakan, "..."}, {@code X menegaskan bahwa "..."}, {@code Menurut X, "..."},
 * {@code Kata X, "..."}, and the second half of {@code "A," kata X, "b."}); at the start of the next sentence
 * ({@code Hal itu disampaikan X}, {@code Demikian kata X}; not {@code Menurut X, ...}, nor a sentence opening a
 * quotation of its own); and, for a quotation opening its sentence, a subject-verb attribution in the sentence
 * before it ({@code X mengatakan ... .} then {@code "..."}). Adverbs and a day may stand between a subject and its
 * verb ({@code X juga mengatakan}, {@code X Kamis mengatakan}, {@code X reportedly said}); a phrase right after a
 * lower-case preposition is not a subject; a role may come first ({@code "...," chairman, CEO and president X
 * said}). A quotation without any of these continues the speech of the quotation before it when that one ends in
 * the same or the previous sentence (the example's second quote).
 *
 * <h2>Speakers</h2>
 * The speaker's phrase runs from the verb to a stop word, punctuation, a day or another verb ({@code kata X kepada
 * wartawan}, {@code kata X seperti dikutip Reuters}). A PERSON mention overlapping it gives the entity's full name
 * ({@code kata Kortunov} is {@code Andrei Kortunov}), and the attribution's name offsets are the mention's. Without
 * a matching entity, the name is the capitalised words after the phrase's last role word, organisation, portfolio
 * or title ({@code Menteri Luar Negeri | Retno Marsudi}, {@code Kepala BNPB | Suharyanto},
 * {@code Kapolri Jenderal | Listyo Sigit Prabowo}); when three or more such words follow a role without a title
 * between, a place is taken to come first and the last two are the name ({@code Presiden Rusia | Vladimir
 * Putin}), which cuts a three-word name after an organisation ({@code Juru bicara Kementerian Kesehatan Siti |
 * Nadia Tarmizi}): entities settle that. A surname alone takes the full name of a speaker met before. A phrase
 * with no name is itself the speaker ({@code seorang saksi mata}, {@code a witness}, {@code Polisi}), and one
 * opening with an organisation is the organisation ({@code Kementerian Luar Negeri}). A singular pronoun
 * ({@code katanya}, {@code ujarnya}, {@code tuturnya}, {@code imbuhnya}, {@code ucapnya}, {@code kata dia},
 * {@code he said}) and an agentless passive or {@code seperti dikutip} mean the one last named: the later of the
 * last speaker and the last PERSON mention outside quotations; such quotes have no name offsets. A plural
 * ({@code kata mereka}, {@code they said}) attributes the quote to no one named.
 *
 * <h2>Roles</h2>
 * Kept as written: the role words before the name ({@code Kepala RIAC Andrei Kortunov} gives {@code Kepala RIAC},
 * titles and ranks such as {@code Jenderal} or {@code dr.} left out), or the appositive after it ({@code kata
 * Andrei Kortunov, kepala RIAC,} and {@code said John Smith, a spokesman for the ministry}), a short bracketed
 * acronym included ({@code kepala Dewan Urusan Internasional Rusia (RIAC)}), or before it between commas
 * ({@code Pengamat politik dari Universitas Indonesia, Aditya Perdana, menilai}). A speaker named again without a
 * role keeps the role given before; the one last named takes the role written before its mention
 * ({@code Bupati Garut Rudy Gunawan ...} then {@code katanya}).
 */
package id.warta.quote;
