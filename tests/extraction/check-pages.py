#!/usr/bin/env python3
"""Checks headline and body on pages that come with expected metadata.

usage: tests/extraction/check-pages.py [--bin build/bin/newsmark]
                                       [--pages DIR] [--pred FILE.jsonl]

Each DIR/<name>/ holds source.html and expected-metadata.json ({"title",
"excerpt", ...}). A page passes when the headline newsmark finds equals the
title (white space and case aside) and the excerpt is inside the standfirst
or the body (white space aside; a trailing "..." or "…" of a cut excerpt is
ignored). With --pred, the {"id", "headline", "standfirst", "body"} lines of
that file (e.g. from the browser) are checked instead of running the CLI.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def normalize(text):
    text = (text or "").replace("&nbsp;", " ").replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def excerpt_inside(excerpt, body):
    excerpt = re.sub(r"(\.\.\.|…)$", "", normalize(excerpt)).strip()
    return excerpt in normalize(body)


def word_share(excerpt, body):
    """Share of the excerpt's words that occur in the body: excerpts are often the
    page's description, a summary that is not in the body word for word."""
    words = re.findall(r"\w+", normalize(excerpt))
    present = set(re.findall(r"\w+", normalize(body)))
    return sum(w in present for w in words) / len(words) if words else 0.0


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(root, "build/bin/newsmark"))
    parser.add_argument("--pages", default=os.path.join(root, "..", "shared", "data", "pages"))
    parser.add_argument("--pred", default=None)
    args = parser.parse_args()
    given = {}
    if args.pred:
        for line in open(args.pred, encoding="utf-8"):
            if line.strip():
                item = json.loads(line)
                given[item["id"]] = item
    names = sorted(n for n in os.listdir(args.pages) if os.path.isfile(os.path.join(args.pages, n, "source.html")))
    titles = excerpts = both = 0
    for name in names:
        folder = os.path.join(args.pages, name)
        expected = json.load(open(os.path.join(folder, "expected-metadata.json"), encoding="utf-8"))
        if args.pred:
            got = given.get(name, {})
        else:
            run = subprocess.run([args.bin, "extract", "--json", os.path.join(folder, "source.html")], capture_output=True)
            got = json.loads(run.stdout or b"{}")
        title_ok = normalize(got.get("headline")) == normalize(expected.get("title"))
        # The article text newsmark annotates: the standfirst (when found) and the body.
        text = "\n".join(part for part in (got.get("standfirst"), got.get("body")) if part)
        excerpt_ok = excerpt_inside(expected.get("excerpt"), text)
        titles += title_ok
        excerpts += excerpt_ok
        both += title_ok and excerpt_ok
        mark = "ok  " if title_ok and excerpt_ok else "FAIL"
        share = word_share(expected.get("excerpt"), text)
        print(f"{mark} {name:28} title {'ok' if title_ok else 'no'}  excerpt {'ok' if excerpt_ok else 'no'}"
              f"  (excerpt words in body {share:.0%})"
              + ("" if title_ok else f"\n       headline: {got.get('headline')!r}\n       expected: {expected.get('title')!r}"))
    print(f"{both}/{len(names)} pages pass (headline {titles}/{len(names)}, excerpt in body {excerpts}/{len(names)})")
    return 0 if both == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())
