# Sourced by ./dossier and .ci/run: sets JAVA_HOME to a JDK 21 or newer.
# Order: $JAVA_HOME if it is 21+, the java on PATH if it is 21+, then the newest JDK under /usr/lib/jvm.
_dossier_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
_dossier_ok() {
  [ -x "$1/bin/javac" ] || return 1
  local v
  v=$(_dossier_java_major "$1")
  [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null
}
if [ -n "${JAVA_HOME:-}" ] && _dossier_ok "$JAVA_HOME"; then
  :
elif command -v javac >/dev/null 2>&1 && _dossier_ok "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
else
  JAVA_HOME=""
  for candidate in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /usr/local/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate=${candidate%/}
    if _dossier_ok "$candidate"; then JAVA_HOME=$candidate; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "Dossier needs a JDK 21 or newer. Install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
    exit 1
  fi
fi
export JAVA_HOME
