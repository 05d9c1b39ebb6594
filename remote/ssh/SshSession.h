#pragma once
// remote/ssh/SshSession: one authenticated SSH connection (RAII over libssh's ssh_session) — connect with the
// client's config, verify the server's host key against known_hosts (asking the user through a callback for an unknown
// key, refusing a changed one), authenticate (agent, key files with passphrase, keyboard-interactive, password, and
// multi-factor chains of them) and run commands on channels. Blocking; one session is used by one thread at a time
// (libssh is not thread-safe per session). libssh types stay inside the .cpp files of this folder.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "remote/RemoteHost.h"

namespace xrs::remote {

struct HostProfile;

// What the server presented, for a person to decide on.
struct HostKeyInfo {
    QString host;
    int port = 22;
    QString keyType;      // "ssh-ed25519"
    QString fingerprint;  // "SHA256:…" as OpenSSH prints it
};

enum class HostKeyDecision { Refuse, AcceptOnce, AcceptAndSave };

struct PromptField {
    QString text;       // "Password: ", "Verification code: "
    bool echo = false;  // the answer may be shown while typed (it is not a secret)
};

// One round of keyboard-interactive authentication: the server may send several per login (password, then OTP).
struct KbdInteractiveRound {
    QString name;
    QString instruction;
    QList<PromptField> prompts;  // may be empty (an information message only)
};

// A secret a person typed; `remember`: store it in the OS keyring (only where the keyring is compiled in).
struct Secret {
    QString value;
    bool remember = false;
};

// How the session asks a person. Every callback may be empty: then the question is answered "no" (host key refused,
// no password, no passphrase), so a headless caller never hangs. Called on the session's (worker) thread; a GUI
// implementation must marshal to its own thread and wait. Returning nullopt means the person cancelled.
struct SshCallbacks {
    std::function<HostKeyDecision(const HostKeyInfo&)> unknownHostKey;
    // A changed key or a key of another type than the one known: the connection is refused; this tells the person why.
    std::function<void(const HostKeyInfo&, const QString& warning)> hostKeyWarning;
    std::function<std::optional<Secret>(const QString& userAtHost)> password;
    std::function<std::optional<QString>(const QString& keyFile)> passphrase;
    // One answer per prompt, in order.
    std::function<std::optional<QStringList>(const KbdInteractiveRound&)> keyboardInteractive;
};

struct SshOptions {
    QString host;               // a name, an address or a Host alias of the ssh config
    int port = 0;               // 0: from the ssh config, else 22
    QString user;               // empty: from the ssh config, else the local user
    QString jumpHost;           // ProxyJump syntax; becomes a ProxyCommand running the ssh binary
    QStringList identityFiles;  // empty: the config's IdentityFile, then ~/.ssh/id_ed25519, id_ecdsa, id_rsa
    QString knownHostsFile;     // empty: ~/.ssh/known_hosts
    QString configFile;         // empty: ~/.ssh/config (and /etc/ssh/ssh_config)
    bool parseConfig = true;    // read the ssh config at all
    bool useAgent = true;       // try keys of the ssh-agent at SSH_AUTH_SOCK first
    std::chrono::seconds connectTimeout{20};
    std::chrono::seconds keepAliveInterval{30};  // TCP keepalive on the socket; 0: off
    QString keyringService;  // non-empty: look passwords up in / store them to the OS keyring under this service

    static SshOptions fromProfile(const HostProfile& profile);
};

// The server's host key was not accepted (changed, other type, unknown and refused). Never retried automatically.
class HostKeyError : public RemoteError {
public:
    using RemoteError::RemoteError;
};
// No authentication method succeeded, or the person cancelled a prompt. Never retried automatically.
class AuthenticationError : public RemoteError {
public:
    using RemoteError::RemoteError;
};
// The command never started (no channel could be opened or the exec request failed): safe to retry elsewhere.
class CommandNotStarted : public RemoteError {
public:
    using RemoteError::RemoteError;
};
// A transfer stopped through its stop_token; what() is "cancelled".
class RemoteCancelled : public RemoteError {
public:
    RemoteCancelled() : RemoteError("cancelled") {}
};

// A command started with SshSession::start() and not yet collected: its output waits in libssh's buffers while the
// session does other work (SFTP), so a remote checksum can run during a transfer. Destroying it closes the channel.
class RunningCommand {
public:
    ~RunningCommand();
    RunningCommand(const RunningCommand&) = delete;
    RunningCommand& operator=(const RunningCommand&) = delete;

private:
    friend class SshSession;
    RunningCommand() = default;
    void release();             // closes and frees the channel (once)
    void* m_channel = nullptr;  // ssh_channel
    QString m_command;
};

class SshSession {
public:
    SshSession(SshOptions options, SshCallbacks callbacks);
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // Connects, verifies the host key and authenticates. Throws HostKeyError, AuthenticationError or RemoteError.
    void connect();
    void disconnect();
    bool isConnected() const;
    // Sends an SSH_MSG_IGNORE; returns false when the connection is gone.
    bool keepAlive();
    // disconnect() + connect() (authentication asks again where it must, e.g. a one-time code).
    void reconnect();

    // Runs `command` (given to the login shell with -c) on a new channel and collects stdout and stderr. Past the
    // timeout the command is signalled, the channel closed and exitStatus is −1 with a note in err. Throws
    // CommandNotStarted when the channel cannot be opened, RemoteError when the connection drops while it runs.
    CommandResult run(const QString& command, std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // run() in two steps: start() sends the command (throws CommandNotStarted), finish() collects it like run().
    // Between them the session may be used for other things; the command must be finished or dropped before the
    // session disconnects.
    std::unique_ptr<RunningCommand> start(const QString& command);
    CommandResult finish(RunningCommand& running, std::chrono::milliseconds timeout = std::chrono::seconds(60));

    // "user@host:port" (as resolved with the ssh config once connected).
    QString describe() const;
    const SshOptions& options() const { return m_options; }
    // Which methods completed the login ("publickey", "keyboard-interactive", …) in order.
    const QStringList& authenticatedWith() const { return m_authMethods; }

    // The libssh session (ssh_session) for the SFTP code in this folder.
    void* handle() const;
    // Its SFTP subsystem (sftp_session), started on first use (connecting first if needed) and closed with the
    // connection, so it never outlives the ssh_session it runs on. Throws RemoteError when SFTP cannot start.
    void* sftpHandle();
    // The SFTP subsystem if it is open, else nullptr (for error messages).
    void* openedSftpHandle() const;

private:
    struct Impl;
    SshOptions m_options;
    SshCallbacks m_callbacks;
    QStringList m_authMethods;
    std::unique_ptr<Impl> m_impl;

    void verifyHostKey();
    void authenticate();
    int authPublicKeys(bool* triedAny);
    int authKeyboardInteractive();
    int authPassword();
    [[noreturn]] void fail(const QString& what) const;
};

}  // namespace xrs::remote
