"""Checks the canonical example through the store (issue #5): ingested twice it is stored once, `search Kazakhstan
--type AID` finds it, and its events exported as CSV count 48 killed (30 protesters + 18 security personnel).

Arguments: the second ingest's stderr, the search's JSON, the events CSV, the store's stories CSV."""
import csv
import json
import sys

second_ingest, search_json, events_csv, stories_csv = sys.argv[1:5]
problems = []


def check(cond, what):
    if not cond:
        problems.append(what)


summary = open(second_ingest, encoding="utf-8").read()
check("0 new" in summary and "1 duplicates" in summary, f"second ingest is a duplicate: {summary.strip()!r}")

result = json.load(open(search_json, encoding="utf-8"))
check(result["total"] == 1, f"search Kazakhstan --type AID finds one article (got {result['total']})")
hit = result["hits"][0] if result["hits"] else {}
check((hit.get("title") or "").startswith("Detik-Detik 3.000 Tentara"), f"hit title: {hit.get('title')!r}")
check(any(e["type"] == "AID" and (e.get("target") or {}).get("country") == "KAZ" for e in hit.get("events", [])),
      "the hit carries its AID event into KAZ")
marks = (hit.get("snippet") or {}).get("marks") or []
snippet = (hit.get("snippet") or {}).get("text") or ""
check(any(snippet[m["start"]:m["end"]].lower().startswith("kazakhstan") for m in marks),
      f"the snippet marks Kazakhstan: {marks!r}")

events = list(csv.DictReader(open(events_csv, encoding="utf-8")))
check(any(r["event"] == "PROTEST" and r["dead"] == "48" for r in events),
      f"an exported PROTEST event with 48 dead: {[(r['event'], r['dead']) for r in events]}")
check(all(r["story"] for r in events), "every exported event names its story")

stories = list(csv.DictReader(open(stories_csv, encoding="utf-8")))
check(len(stories) == 1, f"one story (got {len(stories)})")

if problems:
    print("store check FAILED:\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"store check passed: stored once, found by search, {len(events)} story-level events, 48 dead")
