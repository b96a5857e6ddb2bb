"""Checks `warta extract` output for the canonical example against what issue #2 requires of it."""
import json
import sys

records = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(records) == 1, f"expected one record, got {len(records)}"
a = records[0]
problems = []


def check(cond, what):
    if not cond:
        problems.append(what)


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

if problems:
    print("example check FAILED:\n  - " + "\n  - ".join(problems))
    sys.exit(1)
print("example check passed: title, authors, published, site, captions, text bounds, 3 related, no boilerplate")
