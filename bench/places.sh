#!/usr/bin/env bash
# The place stage's costs: the GeoNames gazetteer's load time and retained heap (bench/PlacesBench.java, a fresh
# JVM), and, with N > 0 (default 20), the share of analysis time the places stage takes over N articles built as
# bench/throughput.sh builds them, from the CLI's time by stage. Build the jar first:
#   source bin/find-java.sh && ./mvnw -B -ntp -q package -DskipTests
# Usage: bench/places.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source bin/find-java.sh
n=${1:-20}
"$JAVA_HOME/bin/java" -Xmx1g -cp dossier-model/target/classes:dossier-pipeline/target/classes bench/PlacesBench.java
[ "$n" -gt 0 ] || exit 0
jar=dossier-cli/target/dossier-cli-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || { echo "no $jar: build it first (see the head of this script)" >&2; exit 2; }
out=bench/out
mkdir -p "$out"
input="$out/places-$n.jsonl"
python3 - "$n" "$input" <<'PY'
import json, sys, glob, os
n, path = int(sys.argv[1]), sys.argv[2]
texts = []
for f in sorted(glob.glob("examples/*.txt")):
    raw = open(f, encoding="utf-8").read()
    body = raw.split("\n---\n", 1)[1] if raw.startswith("---\n") else raw
    texts.append((os.path.basename(f), body))
shared = "../shared/examples/alaska-understanding/article.txt"
if os.path.exists(shared):
    texts.append(("alaska", open(shared, encoding="utf-8").read()))
with open(path, "w", encoding="utf-8") as w:
    for i in range(n):
        name, body = texts[i % len(texts)]
        w.write(json.dumps({"id": f"{name}-{i}", "title": body.splitlines()[0], "text": body,
                            "published": "2025-11-16"}) + "\n")
PY
log="$out/places-$n.log"
"$JAVA_HOME/bin/java" -Xmx3g -jar "$jar" analyze --no-progress --jsonl "$input" --out "$out/places-$n.out.jsonl" \
  2> "$log" || { cat "$log"; exit 1; }
stages=$(grep '^time by stage:' "$log")
echo "$stages"
python3 - "$stages" <<'PY'
import re, sys
t = {m.group(1): float(m.group(2)) for m in re.finditer(r"(\S+) [0-9.]+% \(([0-9.]+) s\)", sys.argv[1])}
total = sum(t.values())
print(f"place resolution: {100 * t.get('places', 0) / total:.2f}% of analysis time ({t.get('places', 0):.2f} s of {total:.1f} s)")
PY
