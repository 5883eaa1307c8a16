#!/usr/bin/env bash
# Benchmark of the knowledge base: generates a mixed-format corpus (text, sidecar, HTML, RSS, Atom, WARC, JSON Lines,
# analysed JSON Lines; several articles per event; plans moving through their states; plus the example article read
# from the shared data at run time), ingests it, and prints articles/s, store size per article and query latency
# p50/p99 over 1,000 queries.
#   bench/store.sh [ARTICLES (default 240)] [ANALYSIS none|fast|full (default none)]
# Environment: DOSSIER_SHARED (default ../shared beside the project), BENCH_DB (a JDBC URL instead of embedded H2).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source ./bin/find-java.sh
n=${1:-240}
analysis=${2:-none}
shared=${DOSSIER_SHARED:-$here/../shared}
out="$here/bench/out"
rm -rf "$out"
mkdir -p "$out"
./mvnw -B -q install -DskipTests >&2
cp="$here/dossier-cli/target/dossier-cli-0.1.0-SNAPSHOT.jar:$here/dossier-store/target/dossier-store-0.1.0-SNAPSHOT-tests.jar"
java="$JAVA_HOME/bin/java -Xmx3g"
$java -cp "$cp" dev.dossier.store.bench.CorpusGenerator "$out/corpus" "$n" 7 \
  "$shared/examples/alaska-understanding/article.txt"
if [ -n "${BENCH_DB:-}" ]; then
  db=(--db "$BENCH_DB")
  url="$BENCH_DB"
else
  db=(--data "$out/data")
  url="jdbc:h2:file:$out/data/dossier"
fi
echo "== ingest ($analysis analysis)"
$java -jar dossier-cli/target/dossier-cli-0.1.0-SNAPSHOT.jar ingest "$out/corpus" "${db[@]}" \
  --analysis "$analysis" --no-progress 2>&1 | tail -n 3
echo "== ingest again (everything is a duplicate)"
$java -jar dossier-cli/target/dossier-cli-0.1.0-SNAPSHOT.jar ingest "$out/corpus" "${db[@]}" \
  --analysis "$analysis" --no-progress 2>&1 | tail -n 1
if [ -z "${BENCH_DB:-}" ]; then
  articles=$($java -cp "$cp" dev.dossier.store.bench.QueryBench "$url" 0 2>/dev/null | sed -n 's/.*article=\([0-9]*\).*/\1/p')
  bytes=$(du -sb "$out/data" | cut -f1)
  echo "== store size: $bytes bytes for $articles articles = $((bytes / articles)) bytes/article"
fi
echo "== queries"
$java -cp "$cp" dev.dossier.store.bench.QueryBench "$url" 1000
echo "== states"
$java -jar dossier-cli/target/dossier-cli-0.1.0-SNAPSHOT.jar states "${db[@]}"
