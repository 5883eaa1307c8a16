#!/usr/bin/env bash
# Throughput of `dossier analyze --jsonl` on N articles (default 100): articles/s, sentences/s, peak memory and
# model load time. The articles are the project's own examples (examples/*.txt), repeated with distinct ids, plus
# the shared acceptance example when ../shared is present (read at run time, never copied).
# Usage: bench/throughput.sh [N] [extra analyze options...]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
shift || true
out=bench/out
mkdir -p "$out"
input="$out/articles-$n.jsonl"
python3 - "$n" "$input" <<'PY'
import json, sys, glob, os
n, path = int(sys.argv[1]), sys.argv[2]
texts = []
for f in sorted(glob.glob("examples/*.txt")):
    raw = open(f, encoding="utf-8").read()
    meta, body = {}, raw
    if raw.startswith("---\n"):
        head, body = raw[4:].split("\n---\n", 1)
        meta = dict(l.split(":", 1) for l in head.splitlines() if ":" in l)
    texts.append((os.path.basename(f), body, meta.get("published", "2025-01-01").strip()))
shared = "../shared/examples/alaska-understanding/article.txt"
if os.path.exists(shared):
    texts.append(("alaska", open(shared, encoding="utf-8").read(), "2025-11-16"))
with open(path, "w", encoding="utf-8") as w:
    for i in range(n):
        name, body, date = texts[i % len(texts)]
        w.write(json.dumps({"id": f"{name}-{i}", "title": body.splitlines()[0], "text": body, "published": date}) + "\n")
PY
./dossier --version >/dev/null  # build first, outside the measurement
source bin/find-java.sh
jar=dossier-cli/target/dossier-cli-0.1.0-SNAPSHOT.jar
log="$out/throughput-$n.log"
/usr/bin/time -v "$JAVA_HOME/bin/java" ${DOSSIER_JAVA_OPTS:--Xmx3g} -jar "$jar" analyze --no-progress --jsonl "$input" \
  --out "$out/analysed-$n.jsonl" "$@" 2> "$log" || { cat "$log"; exit 1; }
load=$(sed -n 's/^Models loaded in \([0-9.]*\) s$/\1/p' "$log")
summary=$(grep -E '^[0-9]+ analysed' "$log")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)/\1/p' "$log")
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): \(.*\)/\1/p' "$log")
echo "articles:        $n ($(nproc) cores, threads = cores)"
echo "model load:      ${load} s"
echo "analysis:        ${summary}"
echo "peak memory:     $((rss_kb / 1024)) MB resident"
echo "wall clock:      ${wall} (including model load and JVM start)"
stages=$(grep '^time by stage:' "$log")
echo "${stages}"
# What attribution (quote stages) and event coding add to the rest of the analysis, from the per-stage times.
python3 - "$stages" <<'PY'
import re, sys
t = {m.group(1): float(m.group(2)) for m in re.finditer(r"(\S+) [0-9.]+% \(([0-9.]+) s\)", sys.argv[1])}
quotes = sum(v for k, v in t.items() if k in ("quotes", "speakers"))
events = sum(v for k, v in t.items() if k == "events")
before_quotes = sum(t.values()) - quotes - events
if before_quotes > 0:
    print(f"attribution adds {100 * quotes / before_quotes:.1f}% to the analysis before it")
    print(f"event coding adds {100 * events / (before_quotes + quotes):.1f}% to the analysis before it")
PY
