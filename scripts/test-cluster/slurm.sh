#!/bin/bash
# scripts/test-cluster/slurm.sh start|stop|status DIR — a real single-node Slurm (22.05) on loopback for tests.
#
# Everything lives under DIR: a munge key and munged with its own socket, slurm.conf with free ports, state and spool
# directories, slurmctld and slurmd and their logs and PID files. Needs root (slurmd runs jobs as their users) and the
# Debian packages slurm-wlm + munge; slurm-wlm-torque's qsub/qstat/qdel work against it too (they read SLURM_CONF).
#
#   start   idempotent: (re)starts what is not running, waits until the node is idle, prints the SLURM_CONF path
#   stop    stops the daemons by their PIDs (never by name: other clusters may run on this machine)
#   status  prints the SLURM_CONF path and exits 0 when the node answers, 1 otherwise
# Exit 77 (with the reason on stderr) when the machine cannot run it: not root, packages missing.
set -euo pipefail

usage() { echo "usage: $0 start|stop|status DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$2
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
conf=$dir/slurm.conf

skip() { echo "slurm.sh: cannot run here: $*" >&2; exit 77; }

pid_alive() { [[ -s $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Stops the daemons named by PID files: TERM to all at once, up to 5 s to go, then KILL (by PID only).
stop_pidfiles() {
    local file pids=()
    for file in "$@"; do
        if pid_alive "$file"; then pids+=("$(cat "$file")"); fi
    done
    if ((${#pids[@]})); then
        kill "${pids[@]}" 2>/dev/null || true
        local pid
        for _ in $(seq 50); do
            local alive=0
            for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
            ((alive)) || break
            sleep 0.1
        done
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null; done
    fi
    rm -f "$@"
}

node_idle() {
    local s
    s=$(SLURM_CONF=$conf timeout 5 sinfo -h -N -o %t 2>/dev/null | head -n1) || return 1
    [[ $s == idle* || $s == mix* || $s == alloc* ]]
}

# A TCP port nobody listens on (from a range, so two clusters on one machine do not meet).
free_port() {
    local p
    for p in $(shuf -i 20000-29999 -n 200); do
        if ! ss -Hltn "sport = :$p" | grep -q .; then echo "$p"; return; fi
    done
    echo "slurm.sh: no free port" >&2; exit 1
}

start() {
    [[ $(id -u) -eq 0 ]] || skip "needs root (slurmd starts jobs as their users)"
    local bin
    for bin in munged slurmctld slurmd sbatch squeue scontrol sinfo ss; do
        command -v "$bin" >/dev/null || skip "$bin is not installed (apt-get install slurm-wlm munge)"
    done
    id munge >/dev/null 2>&1 || skip "no munge user (apt-get install munge)"

    if pid_alive "$dir/slurmctld.pid" && pid_alive "$dir/slurmd.pid" && pid_alive "$dir/munge/munged.pid" &&
        node_idle; then
        echo "$conf"
        return 0
    fi
    stop_all

    # munge: its own key, socket and files, owned by the munge user (munged refuses anything looser).
    install -d -m 0711 -o munge -g munge "$dir/munge"
    if [[ ! -s $dir/munge/munge.key ]]; then
        dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
    fi
    runuser -u munge -- test -x "$dir/munge" ||
        { echo "slurm.sh: the munge user cannot reach $dir/munge (a parent folder is not searchable)" >&2; exit 1; }
    chown munge:munge "$dir/munge/munge.key"
    chmod 0400 "$dir/munge/munge.key"
    runuser -u munge -- munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.sock" \
        --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed"
    for _ in $(seq 50); do [[ -S $dir/munge/munge.sock ]] && break; sleep 0.1; done
    [[ -S $dir/munge/munge.sock ]] || { echo "slurm.sh: munged did not start, see $dir/munge/munged.log" >&2; exit 1; }

    install -d -m 0700 "$dir/state"
    install -d -m 0755 "$dir/spool"  # 0755: slurmstepd execs the batch script from here as the job's user
    install -d -m 0755 "$dir/log"
    local ctldPort nodePort
    ctldPort=$(free_port)
    nodePort=$(free_port)
    [[ $nodePort != "$ctldPort" ]] || nodePort=$((ctldPort + 1))
    local commParams=""
    # Bind to loopback only when this host's name resolves there (else the daemons could not reach each other).
    if getent hosts "$(hostname)" | grep -q '^127\.'; then commParams="CommunicationParameters=NoCtldInAddrAny,NoInAddrAny"; fi
    cat >"$conf" <<EOF
# Test cluster made by scripts/test-cluster/slurm.sh — single node on loopback.
ClusterName=xrstest
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmctldPort=$ctldPort
SlurmdPort=$nodePort
$commParams
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.sock
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.txt
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
# Schedule batch jobs at once (the default batch_sched_delay lets a new job wait up to 3 s).
SchedulerParameters=batch_sched_delay=0
ReturnToService=2
MinJobAge=86400
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=2
MpiDefault=none
NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
    # -c: a clean start (no jobs from an earlier run of this directory).
    slurmctld -c -f "$conf"
    slurmd -f "$conf" -N localhost
    for _ in $(seq 100); do node_idle && break; sleep 0.1; done
    if ! node_idle; then
        echo "slurm.sh: the node did not become idle; see $dir/log/" >&2
        tail -n 5 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 || true
        exit 1
    fi
    echo "$conf"
}

stop_all() {
    stop_pidfiles "$dir/slurmd.pid" "$dir/slurmctld.pid" "$dir/munge/munged.pid"
}

case $action in
start) start ;;
stop) stop_all ;;
status)
    echo "$conf"
    node_idle
    ;;
*) usage ;;
esac
