#!/usr/bin/env bash
# The README's second command (and what CI runs): starts PostgreSQL, Kafka and Keycloak if they are
# not up, runs every test of every module (mvn -B verify), stops the servers it started, and exits
# non-zero on any failure. Extra arguments go to Maven, e.g. deploy/local/test.sh -pl gateway -am
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# Sums the JUnit reports of this run into one line: "Tests: N passed, N failed, N skipped".
summarize() {
  python3 - "$ROOT" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
tests = failed = skipped = 0
for report in glob.glob(sys.argv[1] + "/*/target/*-reports/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    tests += int(suite.get("tests", 0))
    failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped += int(suite.get("skipped", 0))
print(f"Tests: {tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
PY
}

rm -f "$RUN_DIR/started-now"
# Servers this run started are stopped at the end, unless FENGQIAO_KEEP_PLATFORM=1 (faster reruns).
[ "${FENGQIAO_KEEP_PLATFORM:-0}" = 1 ] || trap 'stop_started_now' EXIT
trap 'exit 130' INT TERM
check_java_and_maven
command -v python3 >/dev/null || fail "no python3 on the PATH (used to sum up the test reports)." "apt-get install python3"
ensure_chromium
start_platform
say "running every test of every module: mvn -B verify $*"
started=$SECONDS
rc=0
(cd "$ROOT" && mvn -B verify "$@") || rc=$?
say "mvn verify took $((SECONDS - started)) s and exited with $rc"
summarize
# the system tests' exchanges checked against the combined OpenAPI document (ContractValidation)
cat "$ROOT/system-tests/target/contract-validation.txt" 2>/dev/null || true
exit $rc
