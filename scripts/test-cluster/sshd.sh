#!/usr/bin/env bash
# scripts/test-cluster/sshd.sh start|stop|status DIR — a second, private sshd on 127.0.0.1 for the SSH/SFTP tests.
#
# Owns everything under DIR: sshd_config, host key, client keys (DIR/keys/id_plain, DIR/keys/id_pass with passphrase
# "xrs pass phrase"), authorized_keys, known_hosts for the client, the server log (DIR/sshd.log), the chosen port
# (DIR/port), the PID file, and the test users' writable area (its path in DIR/remote_root: DIR/remote, or a folder
# under /var/tmp when the test users cannot enter DIR). Never touches the machine's own sshd.
#
# Test users (created once with useradd, password "xrs-secret-1"):
#   xrsssh   any of publickey / password / keyboard-interactive
#   xrsmfa   publickey AND keyboard-interactive (partial authentication; two rounds: password, then a code)
#   xrspw    password only
# Keyboard-interactive needs PAM: sshd picks its PAM service from its program name, so we start it through a link
# named xrs-test-sshd and give that service its own /etc/pam.d/xrs-test-sshd (pam_unix only; the sshd service and
# its PAM file stay untouched).
#
# Idempotent: start on a running fixture only prints its port. Needs root and /usr/sbin/sshd; without them it exits
# 0 and writes DIR/unavailable with the reason (the tests then skip with it).
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
if [[ -z "$cmd" || -z "$dir" ]]; then
    echo "usage: $0 start|stop|status DIR" >&2
    exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
SSHD=/usr/sbin/sshd
PASSWORD='xrs-secret-1'
PASSPHRASE='xrs pass phrase'
USERS=(xrsssh xrsmfa xrspw)
PAM_SERVICE=xrs-test-sshd

running() {
    [[ -f "$dir/sshd.pid" ]] && kill -0 "$(cat "$dir/sshd.pid")" 2>/dev/null
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

unavailable() {
    echo "$1" >"$dir/unavailable"
    echo "sshd fixture unavailable: $1" >&2
    exit 0
}

start() {
    if running; then
        echo "sshd fixture already running on port $(cat "$dir/port")"
        return
    fi
    rm -f "$dir/unavailable"
    [[ $(id -u) -eq 0 ]] || unavailable "needs root (creates test users and starts sshd)"
    [[ -x "$SSHD" ]] || unavailable "$SSHD not installed (Debian package openssh-server)"
    command -v ssh-keygen >/dev/null || unavailable "ssh-keygen not installed (openssh-client)"
    command -v openssl >/dev/null || unavailable "openssl not installed (needed for the test users' password hash)"

    mkdir -p "$dir/keys" /run/sshd
    chmod 755 "$dir"

    # Users: a crypt(3) password so both password and PAM (pam_unix) authentication work. Other fixtures may edit
    # /etc/passwd at the same moment (useradd then fails to lock it): retry a few times.
    local hash
    hash="$(openssl passwd -6 "$PASSWORD")"
    for u in "${USERS[@]}"; do
        for try in 1 2 3 4 5 6 7 8 9 10; do
            if { id "$u" >/dev/null 2>&1 || useradd -M -d /var/lib/xrs-ssh-test -s /bin/sh "$u"; } &&
                usermod -p "$hash" "$u"; then
                break
            fi
            [[ $try -lt 10 ]] || unavailable "could not create the test user $u"
            sleep 0.3
        done
    done
    mkdir -p /var/lib/xrs-ssh-test
    chmod 1777 /var/lib/xrs-ssh-test

    # The server reads authorized_keys and the tests' files are written as the test users: when DIR lies below a
    # folder they cannot enter (a checkout under /root), those two live in a side folder under /var/tmp instead.
    local side="$dir"
    if ! runuser -u xrsssh -- test -x "$dir" 2>/dev/null; then
        side="/var/tmp/xrs-sshd-$(printf '%s' "$dir" | md5sum | cut -c1-12)"
        mkdir -p "$side"
        chmod 755 "$side"
    fi
    mkdir -p "$side/remote"
    chmod 1777 "$side/remote"
    echo "$side/remote" >"$dir/remote_root"

    # Keys (kept across restarts so known_hosts stays valid).
    [[ -f "$dir/keys/host_ed25519" ]] || ssh-keygen -q -t ed25519 -N '' -C xrs-test-host -f "$dir/keys/host_ed25519"
    [[ -f "$dir/keys/id_plain" ]] || ssh-keygen -q -t ed25519 -N '' -C xrs-test-plain -f "$dir/keys/id_plain"
    [[ -f "$dir/keys/id_pass" ]] || ssh-keygen -q -t ed25519 -N "$PASSPHRASE" -C xrs-test-pass -f "$dir/keys/id_pass"
    # A key the server does not know (for "key refused" tests).
    [[ -f "$dir/keys/id_other" ]] || ssh-keygen -q -t ed25519 -N '' -C xrs-test-other -f "$dir/keys/id_other"
    cat "$dir/keys/id_plain.pub" "$dir/keys/id_pass.pub" >"$side/authorized_keys"
    chmod 644 "$side/authorized_keys"

    # PAM service of our own (see the header).
    # Everyone answers pam_unix's "Password:"; xrsmfa then gets a second round from pam_stress ("STRESS Password:",
    # stands in for a one-time code; it accepts any answer), the others skip it through pam_succeed_if. nodelay: no
    # 2 s pause after a wrong password (the tests give wrong ones on purpose).
    cat >"/etc/pam.d/$PAM_SERVICE" <<'EOF'
# X-ray Studio SSH test fixture (scripts/test-cluster/sshd.sh): only the test sshd started as xrs-test-sshd uses it.
auth     required pam_unix.so nodelay
auth     [success=1 default=ignore] pam_succeed_if.so quiet user notin xrsmfa
auth     required pam_stress.so
account  required pam_permit.so
session  required pam_permit.so
password required pam_deny.so
EOF
    ln -sf "$SSHD" "$dir/$PAM_SERVICE"

    local port=""
    for p in $(seq 2222 2299); do
        if port_free "$p"; then port=$p; break; fi
    done
    [[ -n "$port" ]] || unavailable "no free port in 2222-2299 on 127.0.0.1"

    cat >"$dir/sshd_config" <<EOF
# Generated by scripts/test-cluster/sshd.sh — test fixture, loopback only.
ListenAddress 127.0.0.1
Port $port
HostKey "$dir/keys/host_ed25519"
PidFile "$dir/sshd.pid"
AuthorizedKeysFile "$side/authorized_keys"
UsePAM yes
StrictModes no
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication yes
AllowUsers ${USERS[*]}
MaxStartups 100:30:200
MaxSessions 50
LogLevel VERBOSE
Subsystem sftp internal-sftp
Match User xrsmfa
    AuthenticationMethods publickey,keyboard-interactive
Match User xrspw
    AuthenticationMethods password
EOF
    "$dir/$PAM_SERVICE" -t -f "$dir/sshd_config" || unavailable "sshd rejected the generated configuration"
    : >"$dir/sshd.log"
    "$dir/$PAM_SERVICE" -f "$dir/sshd_config" -E "$dir/sshd.log"
    for _ in $(seq 50); do
        running && ! port_free "$port" && break
        sleep 0.1
    done
    running || unavailable "sshd did not start (see $dir/sshd.log)"
    echo "$port" >"$dir/port"

    # The client's known_hosts: non-22 ports are written [host]:port.
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/keys/host_ed25519.pub")" >"$dir/known_hosts"
    # An empty ssh config so tests do not read root's ~/.ssh/config.
    : >"$dir/ssh_config"
    echo "sshd fixture running on 127.0.0.1:$port (dir $dir)"
}

stop() {
    if running; then
        local pid
        pid="$(cat "$dir/sshd.pid")"
        kill "$pid"
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    rm -f "$dir/sshd.pid" "$dir/port"
    # The tests' files are scratch: emptied with the server. A side folder under /var/tmp (see start) belongs to this
    # fixture alone and goes entirely.
    if [[ -f "$dir/remote_root" ]]; then
        local root side
        root="$(cat "$dir/remote_root")"
        side="$(dirname "$root")"
        [[ "$root" == */remote && -d "$root" ]] && find "$root" -mindepth 1 -delete
        if [[ "$side" == /var/tmp/xrs-sshd-* ]]; then rm -rf "$side"; fi
    fi
    echo "sshd fixture stopped"
}

case "$cmd" in
    start) start ;;
    stop) stop ;;
    status)
        if running; then
            echo "running on 127.0.0.1:$(cat "$dir/port") pid $(cat "$dir/sshd.pid")"
        else
            echo "stopped"
            exit 1
        fi
        ;;
    *)
        echo "usage: $0 start|stop|status DIR" >&2
        exit 2
        ;;
esac
