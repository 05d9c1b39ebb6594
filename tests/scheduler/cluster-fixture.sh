#!/bin/sh
# ctest fixture for the scheduler tests: start|stop the loopback Slurm of scripts/test-cluster/slurm.sh in DIR.
# A machine that cannot run it (exit 77: not root, packages missing) is not a failure: the reason goes to
# DIR/unavailable.txt and the cluster tests skip with it.
action=$1 script=$2 dir=$3
mkdir -p "$dir"
if [ "$action" = start ]; then
    rm -f "$dir/unavailable.txt"
    "$script" start "$dir" 2>"$dir/start.err"
    rc=$?
    cat "$dir/start.err" >&2
    if [ $rc -eq 77 ]; then
        cp "$dir/start.err" "$dir/unavailable.txt"
        exit 0
    fi
    exit $rc
fi
[ -f "$dir/unavailable.txt" ] && exit 0
exec "$script" stop "$dir"
