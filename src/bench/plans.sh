#!/usr/bin/env bash
# Prints the query plans of the timeline's date-overlap query, as the application sends it (one bounded scan per
# span class, see EventService), for a one-month window early and late in the synthetic corpus.
#
#   src/bench/plans.sh h2 target/bench/h2/factline          # an H2 file the application is not running on
#   src/bench/plans.sh pg 127.0.0.1 5432 factline postgres  # host, port, database, user (psql)
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=$1; shift
queries() {
    local from=$1 to=$2
    for class in 0 1 2; do
        local lower=""
        [ "$class" = 0 ] && lower="AND e.earliest >= DATE '$from' - 31"
        [ "$class" = 1 ] && lower="AND e.earliest >= DATE '$from' - 366"
        echo "SELECT e.earliest, e.latest, e.id FROM event e WHERE 1 = 1 AND e.latest >= DATE '$from' AND e.earliest <= DATE '$to' AND e.span_class = $class $lower ORDER BY e.earliest, e.latest, e.id FETCH FIRST 51 ROWS ONLY"
    done
}
for window in "2010-03-01 2010-03-31" "2024-06-01 2024-06-30"; do
    # shellcheck disable=SC2086
    set -- $window "$@"
    from=$1 to=$2; shift 2
    echo "== window $from .. $to"
    while read -r sql; do
        echo "-- $sql"
        if [ "$kind" = h2 ]; then
            jar=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
            java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$(realpath "$1")" -user factline -sql "EXPLAIN ANALYZE $sql" | grep -v '^(1 row'
        else
            psql -h "$1" -p "$2" -U "$4" -d "$3" -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
        fi
    done < <(queries "$from" "$to")
done
