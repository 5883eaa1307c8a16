#!/usr/bin/env bash
# Benchmark of the knowledge base at scale, with no models: generates analysed articles (about 3 KB of text,
# 8 entities, 3 quotes and 7 events each, as 'dossier analyze' writes them), ingests them into embedded H2 and,
# when a PostgreSQL URL is given, into PostgreSQL, and prints for each size: ingest rate, bytes per article, p50/p99
# of each query type over 1,000 queries through the store API, and whether a Parquet export of the whole store fits
# in a 512 MB heap (with its time and peak resident memory).
#   bench/store.sh [SIZES (default "1000 10000 100000")]
# Environment: BENCH_PG (a PostgreSQL JDBC URL; its tables are emptied between sizes), BENCH_OUT (scratch folder,
# default /tmp/dossier-bench), BENCH_QUERIES (default 1000), BENCH_MVN_FLAGS (e.g. -o to build offline).
# Builds with 'package' only: nothing is installed into the local Maven repository.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source ./bin/find-java.sh >/dev/null
sizes=${1:-"1000 10000 100000"}
out=${BENCH_OUT:-/tmp/dossier-bench}
queries=${BENCH_QUERIES:-1000}
mkdir -p "$out"
./mvnw -B -ntp -q ${BENCH_MVN_FLAGS:-} package -DskipTests -pl dossier-cli -am >&2
cli="$here/dossier-cli/target/dossier-cli-0.1.0-SNAPSHOT.jar"
cp="$cli:$here/dossier-store/target/dossier-store-0.1.0-SNAPSHOT-tests.jar"
java="$JAVA_HOME/bin/java"
for n in $sizes; do
  corpus="$out/corpus-$n"
  if [ ! -d "$corpus" ]; then
    $java -Xmx1g -cp "$cp" dev.dossier.store.bench.AnalysedCorpus "$corpus" "$n"
  fi
  input=$(du -sb "$corpus" | cut -f1)
  echo "== $n analysed articles ($((input / n)) bytes of JSON each)"
  backends="h2"
  [ -n "${BENCH_PG:-}" ] && backends="h2 postgresql"
  for backend in $backends; do
    if [ "$backend" = h2 ]; then
      rm -rf "$out/data-$n"
      db=(--data "$out/data-$n")
      url="jdbc:h2:file:$out/data-$n/dossier;AUTO_SERVER=TRUE"
    else
      $java -cp "$cp" dev.dossier.store.bench.ClearStore "$BENCH_PG"
      db=(--db "$BENCH_PG")
      url="$BENCH_PG"
    fi
    echo "-- $backend: ingest"
    $java -Xmx2g -jar "$cli" ingest "$corpus" "${db[@]}" --analysis none --no-progress 2>&1 | tail -n 1
    if [ "$backend" = h2 ]; then
      bytes=$(du -sb "$out/data-$n" | cut -f1)
      echo "-- h2: store on disk $bytes bytes = $((bytes / n)) bytes/article (compacted on close)"
    fi
    echo "-- $backend: queries"
    $java -Xmx1g -cp "$cp" dev.dossier.store.bench.QueryBench "$url" "$queries"
    echo "-- $backend: parquet export in a 512 MB heap"
    rm -rf "$out/export-$n"
    /usr/bin/time -f "   %e s, peak RSS %M KB" $java -Xmx512m -jar "$cli" export "${db[@]}" --format parquet \
      --out "$out/export-$n" 2>&1 | grep -v '^wrote' || echo "   export FAILED"
    du -sb "$out/export-$n" 2>/dev/null | awk '{print "   parquet files: " $1 " bytes"}'
  done
done
