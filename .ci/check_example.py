"""Checks `warta extract` or `warta analyze` output for the canonical example against what issues #2 and #3
require of it. An analyze record (it has `analysedLength`) is checked for the extraction fields too."""
import json
import sys

records = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(records) == 1, f"expected one record, got {len(records)}"
a = records[0]
problems = []


def check(cond, what):
    if not cond:
        problems.append(what)


def cut(text, start, end):
    """text[start:end] with Java's offsets (UTF-16 code units)."""
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le")


check(a["status"] == "ok", f"status ok (got {a['status']}: {a.get('error')})")
check((a.get("title") or "").startswith("Detik-Detik 3.000 Tentara Militer di Rusia"), f"title: {a.get('title')!r}")
check(a.get("authors") == ["Afif Khoirul M"], f"authors: {a.get('authors')!r}")
check(a.get("published") == "2022-01-08T07:45:00+07:00", f"published: {a.get('published')!r}")
check(a.get("site") == "Intisari-online.com", f"site: {a.get('site')!r}")
check(any("Tentara Rusia menaiki pesawat militer ke Kazakhstan pada pagi hari 6 Januari 2022." in c
          for c in a.get("captions") or []), f"captions: {a.get('captions')!r}")
text = a.get("text") or ""
check(text.startswith("Intervensi militer Rusia di Kazakhstan dipandang"), f"text start: {text[:60]!r}")
check(text.endswith("mencapai 1.000 orang."), f"text end: {text[-40:]!r}")
check(len(a.get("related") or []) == 3, f"related: {a.get('related')!r}")
for junk in ("Find Us On Social Media", "Baca Juga", "Intisari-online.com -"):
    check(junk not in text, f"{junk!r} left in the text")
checked = "title, authors, published, site, captions, text bounds, 3 related, no boilerplate"

if "analysedLength" in a:
    check(a.get("language") == "id", f"language: {a.get('language')!r} ({a.get('languageConfidence')})")
    check(a.get("analysedLength") == len(text.encode("utf-16-le")) // 2,
          f"analysedLength {a.get('analysedLength')} is not the whole text")
    quantities = a.get("quantities") or []
    values = [q["value"] for q in quantities]
    for v in (3000, 30, 18, 1000):
        check(v in values, f"quantity {v} missing (quantities: {values})")
    check(any(q["value"] == 1000 and q["approximate"] for q in quantities), "quantity 1000 not approximate")
    dates = [t["value"] for t in a.get("times") or []]
    for d in ("2022-01-06", "2022-01-01"):
        check(d in dates, f"time {d} missing (times: {dates})")
    for field in ("quantities", "times", "quotes"):
        for f in a.get(field) or []:
            # a caption's findings point into that caption
            source = text if f.get("caption") is None else a["captions"][f["caption"]]
            check(cut(source, f["start"], f["end"]) == f["text"], f"{field}: {f['text']!r} is not the text at "
                                                                 f"[{f['start']}, {f['end']})")
    for e in a.get("entities") or []:
        for m in e["mentions"]:
            check(0 <= m["start"] < m["end"] <= len(text.encode("utf-16-le")) // 2,
                  f"entity {e['text']!r}: mention [{m['start']}, {m['end']}) outside the text")
    entities = a.get("entities") or []

    def entity(name, kind):
        return next((e for e in entities if e["text"] == name and e["type"] == kind), None)

    def mentions(e):
        return [cut(text, m["start"], m["end"]) for m in e["mentions"]]

    for name in ("Andrei Kortunov", "Kassym-Jomart Tokayev"):
        check(entity(name, "person") is not None, f"PERSON {name!r} missing")
    tokayev = entity("Kassym-Jomart Tokayev", "person")
    check(tokayev is not None and "Tokayev" in mentions(tokayev), "'Tokayev' is not a mention of Kassym-Jomart Tokayev")
    check(entity("CSTO", "org") is not None, "ORG 'CSTO' missing")
    riac = entity("Dewan Urusan Internasional Rusia", "org")
    check(riac is not None and "RIAC" in mentions(riac), "ORG 'Dewan Urusan Internasional Rusia' with RIAC missing")
    countries = {e.get("country") for e in entities if e["type"] == "loc"}
    for iso in ("RUS", "KAZ", "ARM", "BLR", "KGZ", "TJK"):
        check(iso in countries, f"no LOC entity with country {iso} (got {sorted(c for c in countries if c)})")
    moskow = entity("Moskow", "loc")
    check(moskow is not None and moskow.get("kind") == "city" and moskow.get("country") == "RUS",
          f"Moskow as a city in RUS: {moskow!r}")
    quotes = a.get("quotes") or []
    kortunov = [q for q in quotes if q["text"].startswith("Saat ini, intervensi militer Rusia di Kazakhstan")]
    check(len(kortunov) == 1 and kortunov[0]["speaker"] == "Andrei Kortunov"
          and "RIAC" in (kortunov[0]["role"] or ""), f"the Kortunov quote with its speaker and role: {kortunov!r}")
    checked += ("; language id, quantities 3000/30/18/~1000, times 2022-01-06 and 2022-01-01, offsets, "
                "people, organisations, countries, Moskow, the Kortunov quote")

    events = a.get("events") or []
    happened = [e for e in events if e["modality"] == "asserted" and not e["negated"]]

    def code(party):
        return (party or {}).get("country")

    def sends(e):
        return e["type"] in ("AID", "MOBILIZE") and code(e.get("target")) == "KAZ" or \
            e["type"] in ("AID", "MOBILIZE") and (e.get("location") or {}).get("country") == "KAZ"

    russia = [e for e in happened if sends(e) and code(e["actor"]) == "RUS" and e["actor"].get("sector") == "MIL"
              and e["date"] == "2022-01-06" and e.get("size") == 3000]
    check(russia, f"an AID/MOBILIZE by RUS (MIL) into KAZ on 2022-01-06 with size 3000 (events: {events!r})")
    senders = {code(e["actor"]) for e in happened if sends(e)} | \
        {m for e in happened if sends(e) for m in e["actor"].get("members") or []}
    for iso in ("ARM", "BLR", "KGZ", "TJK"):
        check(iso in senders, f"no AID/MOBILIZE into KAZ by {iso} (senders: {sorted(c for c in senders if c)})")
    check(any(e["type"] == "REQUEST" and "Tokayev" in e["actor"]["name"] and code(e["actor"]) == "KAZ"
              and e["actor"].get("sector") == "GOV" for e in happened), "no REQUEST by Tokayev (KAZ, GOV)")
    check(any(e["type"] == "PROTEST" and (e.get("location") or {}).get("country") == "KAZ" for e in happened),
          "no PROTEST in KAZ")
    check(any(e["date"] == "2022-01-01" and e.get("killed") == 48 and e.get("injured") == 1000 and e["approximate"]
              and sorted(c["value"] for c in e["counts"] if c["kind"] == "killed") == [18, 30] for e in happened),
          "no KAZ event of 2022-01-01 with killed 48 (30 + 18) and injured 1000 approximate")
    speculative = text.index("Tetapi jika kampanye itu diperpanjang")
    check(not any(ev["start"] <= speculative < ev["end"] for e in happened for ev in e["evidence"]),
          "the speculative sentence gave a happened event")
    for e in events:
        for ev in e["evidence"]:
            check(cut(text, ev["start"], ev["end"]) == ev["sentence"], f"evidence {ev['sentence']!r} is not the text")
    checked += "; events (RUS troops, CSTO members, Tokayev's request, the riot, 48 killed, no speculation)"

if problems:
    print("example check FAILED:\n  - " + "\n  - ".join(problems))
    sys.exit(1)
print("example check passed: " + checked)
