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
    checked += "; language id, quantities 3000/30/18/~1000, times 2022-01-06 and 2022-01-01, offsets"

if problems:
    print("example check FAILED:\n  - " + "\n  - ".join(problems))
    sys.exit(1)
print("example check passed: " + checked)
