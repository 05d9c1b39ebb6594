// remote/ssh/SshSession: connect, host key check, authentication and command channels on libssh 0.10.
#include "SshSession.h"

#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include "HostProfile.h"
#include "Keyring.h"
#include "remote/ShellQuote.h"

namespace xrs::remote {

namespace {

QString libsshError(ssh_session s)
{
    return QString::fromUtf8(ssh_get_error(s));
}

// Overwrites a secret before its memory is released (best effort: copies made by libssh are its own business).
void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
void wipe(QString& text)
{
    text.fill(QChar(u'\0'));
    text.clear();
}

// Result of an authentication step that the person cancelled: stop asking, fail the login.
constexpr int kAuthCancelled = -1000;

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE) names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_PASSWORD) names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC) names << QStringLiteral("gssapi-with-mic");
    if (methods & SSH_AUTH_METHOD_HOSTBASED) names << QStringLiteral("hostbased");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

}  // namespace

struct SshSession::Impl {
    ssh_session session = nullptr;
    sftp_session sftp = nullptr;  // on `session`; freed before it
    QString user;                 // as resolved by libssh (explicit, config or local user)
    int port = 0;                 // as resolved (explicit, config or 22)

    void free()
    {
        if (sftp) {
            sftp_free(sftp);
            sftp = nullptr;
        }
        if (session) {
            if (ssh_is_connected(session)) ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
        }
    }
    ~Impl() { free(); }
};

SshOptions SshOptions::fromProfile(const HostProfile& profile)
{
    SshOptions o;
    o.host = profile.host;
    o.port = profile.port;
    o.user = profile.user;
    o.jumpHost = profile.jumpHost;
    if (!profile.identityFile.isEmpty()) o.identityFiles << profile.identityFile;
    o.knownHostsFile = profile.knownHostsFile;
    return o;
}

SshSession::SshSession(SshOptions options, SshCallbacks callbacks)
    : m_options(std::move(options)), m_callbacks(std::move(callbacks)), m_impl(std::make_unique<Impl>())
{
}

SshSession::~SshSession() = default;

void* SshSession::handle() const
{
    return m_impl->session;
}

void* SshSession::openedSftpHandle() const
{
    return m_impl->sftp;
}

void* SshSession::sftpHandle()
{
    if (!isConnected()) connect();
    if (m_impl->sftp) return m_impl->sftp;
    sftp_session sftp = sftp_new(m_impl->session);
    if (!sftp || sftp_init(sftp) != SSH_OK) {
        const QString why = libsshError(m_impl->session);
        if (sftp) sftp_free(sftp);
        throw RemoteError(QStringLiteral("%1: cannot start SFTP: %2").arg(describe(), why).toStdString());
    }
    m_impl->sftp = sftp;
    return sftp;
}

QString SshSession::describe() const
{
    const QString user = m_impl->user.isEmpty() ? m_options.user : m_impl->user;
    const int port = m_impl->port > 0 ? m_impl->port : (m_options.port > 0 ? m_options.port : 22);
    return (user.isEmpty() ? QString() : user + u'@') + m_options.host + u':' + QString::number(port);
}

void SshSession::fail(const QString& what) const
{
    const QString detail = m_impl->session ? libsshError(m_impl->session) : QString();
    throw RemoteError(QStringLiteral("%1: %2%3")
                          .arg(describe(), what, detail.isEmpty() ? QString() : QStringLiteral(": ") + detail)
                          .toStdString());
}

bool SshSession::isConnected() const
{
    return m_impl->session && ssh_is_connected(m_impl->session);
}

void SshSession::disconnect()
{
    m_impl->free();
    m_authMethods.clear();
}

void SshSession::reconnect()
{
    disconnect();
    connect();
}

bool SshSession::keepAlive()
{
    if (!isConnected()) return false;
    return ssh_send_ignore(m_impl->session, "keepalive") == SSH_OK && ssh_is_connected(m_impl->session);
}

void SshSession::connect()
{
    if (isConnected()) return;
    disconnect();
    if (m_options.host.isEmpty()) throw RemoteError("SSH: no host name given");
    m_impl->session = ssh_new();
    if (!m_impl->session) throw RemoteError("SSH: out of memory creating a session");
    ssh_session s = m_impl->session;

    const QByteArray host = m_options.host.toUtf8();
    const QByteArray user = m_options.user.toUtf8();
    const QByteArray knownHosts = m_options.knownHostsFile.toUtf8();
    const unsigned int port = unsigned(m_options.port);
    // The options this session was given explicitly; set before and again after the config so they win over it.
    auto setExplicit = [&] {
        if (port > 0) ssh_options_set(s, SSH_OPTIONS_PORT, &port);
        if (!user.isEmpty()) ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
        if (!knownHosts.isEmpty()) ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    };
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    setExplicit();
    // Without TCP_NODELAY every SFTP request waits for the delayed ACK (~30 ms) and login takes 4x longer.
    const int one = 1;
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &one);
    const long timeout = long(m_options.connectTimeout.count());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    if (m_options.parseConfig) {
        const QByteArray config = m_options.configFile.toUtf8();
        if (ssh_options_parse_config(s, config.isEmpty() ? nullptr : config.constData()) != SSH_OK)
            fail(QStringLiteral("cannot read the ssh config %1").arg(m_options.configFile));
        setExplicit();
    } else {
        const bool no = false;
        ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    }
    if (!m_options.jumpHost.isEmpty()) {
        // libssh 0.10 has no ProxyJump of its own: the ssh binary opens the hops and forwards stdin/stdout (-W).
        QStringList hops = m_options.jumpHost.split(u',', Qt::SkipEmptyParts);
        QStringList words{QStringLiteral("ssh")};
        if (m_options.parseConfig && !m_options.configFile.isEmpty())
            words << QStringLiteral("-F") << m_options.configFile;
        if (!knownHosts.isEmpty())
            // Quoted for ssh itself: it splits the value at spaces (a list of files).
            words << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=\"%1\"").arg(m_options.knownHostsFile);
        words << QStringLiteral("-o") << QStringLiteral("BatchMode=yes");
        // The last hop is ssh's destination: as a URI it may carry user and port like a ProxyJump entry.
        QString last = hops.takeLast().trimmed();
        if (!last.startsWith(QStringLiteral("ssh://"))) last.prepend(QStringLiteral("ssh://"));
        if (!hops.isEmpty()) words << QStringLiteral("-J") << hops.join(u',');
        // %h and %p are filled in by libssh; they must stay outside the quotes' effect on '%'.
        const QString command = shellJoin(words) + QStringLiteral(" -W '[%h]:%p' ") + shellQuote(last);
        const QByteArray proxy = command.toUtf8();
        ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, proxy.constData());
    }
    unsigned int resolvedPort = 0;
    if (ssh_options_get_port(s, &resolvedPort) == SSH_OK) m_impl->port = int(resolvedPort);
    char* resolvedUser = nullptr;
    if (ssh_options_get(s, SSH_OPTIONS_USER, &resolvedUser) == SSH_OK && resolvedUser) {
        m_impl->user = QString::fromUtf8(resolvedUser);
        ssh_string_free_char(resolvedUser);
    }

    if (ssh_connect(s) != SSH_OK) {
        const QString why = libsshError(s);
        disconnect();
        throw RemoteError(QStringLiteral("%1: cannot connect: %2").arg(describe(), why).toStdString());
    }
    if (m_options.keepAliveInterval.count() > 0) {
        const int fd = ssh_get_fd(s);
        const int idle = int(m_options.keepAliveInterval.count());
        if (fd >= 0) {
            setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof idle);
        }
    }
    try {
        verifyHostKey();
        authenticate();
    } catch (...) {
        disconnect();
        throw;
    }
}

void SshSession::verifyHostKey()
{
    ssh_session s = m_impl->session;
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(s, &key) != SSH_OK) fail(QStringLiteral("the server sent no host key"));
    HostKeyInfo info;
    info.host = m_options.host;
    info.port = m_impl->port;
    info.keyType = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key)));
    unsigned char* hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == SSH_OK) {
        char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        info.fingerprint = QString::fromUtf8(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);

    const QString file = m_options.knownHostsFile.isEmpty() ? QDir::home().filePath(QStringLiteral(".ssh/known_hosts"))
                                                            : m_options.knownHostsFile;
    // Tells the person (when someone listens) and gives the message for the refusal.
    const auto warn = [&](const QString& warning) {
        if (m_callbacks.hostKeyWarning) m_callbacks.hostKeyWarning(info, warning);
        return warning.toStdString();
    };
    switch (ssh_session_is_known_server(s)) {
        case SSH_KNOWN_HOSTS_OK:
            return;
        case SSH_KNOWN_HOSTS_CHANGED:
            throw HostKeyError(
                warn(QStringLiteral("%1: WARNING: the host key has CHANGED (now %2 %3). Someone may be "
                                    "intercepting the connection, or the server was reinstalled. Connection "
                                    "refused; if the change is expected, remove the old entry from %4.")
                         .arg(describe(), info.keyType, info.fingerprint, file)));
        case SSH_KNOWN_HOSTS_OTHER:
            throw HostKeyError(
                warn(QStringLiteral("%1: WARNING: the server presented a %2 key (%3) but %4 knows it only by "
                                    "another key type. This can be an attack. Connection refused; check the "
                                    "key with the administrators and update %4.")
                         .arg(describe(), info.keyType, info.fingerprint, file)));
        case SSH_KNOWN_HOSTS_NOT_FOUND:
        case SSH_KNOWN_HOSTS_UNKNOWN: {
            const HostKeyDecision d =
                m_callbacks.unknownHostKey ? m_callbacks.unknownHostKey(info) : HostKeyDecision::Refuse;
            if (d == HostKeyDecision::Refuse)
                throw HostKeyError(QStringLiteral("%1: unknown host key %2 %3 not accepted (not in %4)")
                                       .arg(describe(), info.keyType, info.fingerprint, file)
                                       .toStdString());
            if (d == HostKeyDecision::AcceptAndSave) {
                QDir().mkpath(QFileInfo(file).absolutePath());
                if (ssh_session_update_known_hosts(s) != SSH_OK)
                    fail(QStringLiteral("cannot add the host key to %1").arg(file));
            }
            return;
        }
        case SSH_KNOWN_HOSTS_ERROR:
        default:
            fail(QStringLiteral("cannot check the host key against %1").arg(file));
    }
}

void SshSession::authenticate()
{
    ssh_session s = m_impl->session;
    m_authMethods.clear();
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethods << QStringLiteral("none");
        return;
    }
    if (rc == SSH_AUTH_ERROR) fail(QStringLiteral("authentication failed"));

    bool triedKeys = false, triedKbd = false, triedPassword = false;
    QStringList tried;
    for (;;) {
        const int methods = ssh_userauth_list(s, nullptr);
        QString method;
        if ((methods & SSH_AUTH_METHOD_PUBLICKEY) && !triedKeys) {
            triedKeys = true;
            method = QStringLiteral("publickey");
            bool any = false;
            rc = authPublicKeys(&any);
            if (!any) method.clear();  // nothing to offer: not worth naming
        } else if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && !triedKbd) {
            triedKbd = true;
            method = QStringLiteral("keyboard-interactive");
            rc = authKeyboardInteractive();
        } else if ((methods & SSH_AUTH_METHOD_PASSWORD) && !triedPassword) {
            triedPassword = true;
            method = QStringLiteral("password");
            rc = authPassword();
        } else {
            throw AuthenticationError(
                QStringLiteral("%1: authentication failed (tried: %2; the server accepts: %3%4)")
                    .arg(describe(), tried.isEmpty() ? QStringLiteral("nothing") : tried.join(QStringLiteral(", ")),
                         methodNames(methods),
                         m_authMethods.isEmpty()
                             ? QString()
                             : QStringLiteral("; already passed: ") + m_authMethods.join(QStringLiteral(", ")))
                    .toStdString());
        }
        if (!method.isEmpty()) tried << method;
        switch (rc) {
            case SSH_AUTH_SUCCESS:
                m_authMethods << method;
                return;
            case SSH_AUTH_PARTIAL:
                // Multi-factor: this method passed; the server wants another one (listed anew by userauth_list).
                m_authMethods << method;
                break;
            case kAuthCancelled:
                throw AuthenticationError(QStringLiteral("%1: authentication cancelled").arg(describe()).toStdString());
            case SSH_AUTH_ERROR:
                fail(QStringLiteral("authentication failed (%1)").arg(method));
            default:
                break;  // denied: next method
        }
    }
}

int SshSession::authPublicKeys(bool* triedAny)
{
    ssh_session s = m_impl->session;
    *triedAny = false;
    if (m_options.useAgent && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        *triedAny = true;
        const int rc = ssh_userauth_agent(s, nullptr);
        if (rc == SSH_AUTH_SUCCESS || rc == SSH_AUTH_PARTIAL) return rc;
    }
    QStringList files = m_options.identityFiles;
    if (files.isEmpty() && m_options.parseConfig) {
        // The IdentityFile the ssh config names for this host comes first (libssh keeps it to itself).
        const QString config = m_options.configFile.isEmpty() ? defaultSshConfigFile() : m_options.configFile;
        for (const HostProfile& p : importSshConfig(config))
            if (p.name == m_options.host && !p.identityFile.isEmpty()) files << p.identityFile;
    }
    if (m_options.identityFiles.isEmpty()) {
        for (const char* name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
            const QString f = QDir::home().filePath(QStringLiteral(".ssh/") + QLatin1String(name));
            if (QFileInfo::exists(f)) files << f;
        }
    }
    for (const QString& file : files) {
        const QByteArray path = QDir::cleanPath(file).toUtf8();
        // Ask the server first with the public key, so a passphrase is only asked for a key it would accept.
        ssh_key pub = nullptr;
        if (ssh_pki_import_pubkey_file((path + ".pub").constData(), &pub) == SSH_OK) {
            *triedAny = true;
            const int rc = ssh_userauth_try_publickey(s, nullptr, pub);
            ssh_key_free(pub);
            if (rc == SSH_AUTH_ERROR) return rc;
            if (rc != SSH_AUTH_SUCCESS) continue;
        }
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &key) != SSH_OK) {
            if (!QFileInfo::exists(file)) continue;
            // Encrypted (or unreadable): up to three passphrase attempts.
            for (int attempt = 0; attempt < 3 && !key; ++attempt) {
                if (!m_callbacks.passphrase) break;
                std::optional<QString> pass = m_callbacks.passphrase(file);
                if (!pass) return kAuthCancelled;
                QByteArray bytes = pass->toUtf8();
                wipe(*pass);
                if (ssh_pki_import_privkey_file(path.constData(), bytes.constData(), nullptr, nullptr, &key) != SSH_OK)
                    key = nullptr;
                wipe(bytes);
            }
            if (!key) continue;
        }
        *triedAny = true;
        const int rc = ssh_userauth_publickey(s, nullptr, key);
        ssh_key_free(key);
        if (rc != SSH_AUTH_DENIED) return rc;
    }
    return SSH_AUTH_DENIED;
}

int SshSession::authKeyboardInteractive()
{
    ssh_session s = m_impl->session;
    int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    bool usedPasswordCallback = false;
    while (rc == SSH_AUTH_INFO) {
        KbdInteractiveRound round;
        round.name = QString::fromUtf8(ssh_userauth_kbdint_getname(s));
        round.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(s));
        const int n = ssh_userauth_kbdint_getnprompts(s);
        for (int i = 0; i < n; ++i) {
            char echo = 0;
            const char* text = ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo);
            round.prompts << PromptField{QString::fromUtf8(text), echo != 0};
        }
        QStringList answers;
        if (n > 0) {
            std::optional<QStringList> given;
            if (m_callbacks.keyboardInteractive) {
                given = m_callbacks.keyboardInteractive(round);
            } else if (n == 1 && !round.prompts[0].echo && m_callbacks.password && !usedPasswordCallback) {
                // A lone hidden prompt (PAM's "Password:") is answered by the password callback.
                usedPasswordCallback = true;
                if (auto secret = m_callbacks.password(describe())) given = QStringList{secret->value};
            } else {
                return SSH_AUTH_DENIED;
            }
            if (!given) return kAuthCancelled;
            answers = *given;
        }
        for (int i = 0; i < n; ++i) {
            QByteArray answer = i < answers.size() ? answers[i].toUtf8() : QByteArray();
            ssh_userauth_kbdint_setanswer(s, unsigned(i), answer.constData());
            wipe(answer);
        }
        for (QString& a : answers) wipe(a);
        rc = ssh_userauth_kbdint(s, nullptr, nullptr);
    }
    return rc;
}

int SshSession::authPassword()
{
    ssh_session s = m_impl->session;
    const QString account = describe();
    // A password kept in the OS keyring is tried first, without asking.
    if (!m_options.keyringService.isEmpty()) {
        if (std::optional<QString> stored = readKeyringPassword(m_options.keyringService, account)) {
            QByteArray bytes = stored->toUtf8();
            wipe(*stored);
            const int rc = ssh_userauth_password(s, nullptr, bytes.constData());
            wipe(bytes);
            if (rc != SSH_AUTH_DENIED) return rc;
        }
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!m_callbacks.password) return SSH_AUTH_DENIED;
        std::optional<Secret> secret = m_callbacks.password(account);
        if (!secret) return kAuthCancelled;
        QByteArray bytes = secret->value.toUtf8();
        const int rc = ssh_userauth_password(s, nullptr, bytes.constData());
        wipe(bytes);
        if ((rc == SSH_AUTH_SUCCESS || rc == SSH_AUTH_PARTIAL) && secret->remember &&
            !m_options.keyringService.isEmpty())
            storeKeyringPassword(m_options.keyringService, account, secret->value);
        wipe(secret->value);
        if (rc != SSH_AUTH_DENIED) return rc;
    }
    return SSH_AUTH_DENIED;
}

RunningCommand::~RunningCommand()
{
    release();
}

void RunningCommand::release()
{
    if (auto* ch = static_cast<ssh_channel>(m_channel)) {
        if (ssh_channel_is_open(ch)) ssh_channel_close(ch);
        ssh_channel_free(ch);
        m_channel = nullptr;
    }
}

std::unique_ptr<RunningCommand> SshSession::start(const QString& command)
{
    if (!isConnected()) connect();
    ssh_session s = m_impl->session;
    ssh_channel ch = ssh_channel_new(s);
    if (!ch) throw CommandNotStarted(QStringLiteral("%1: cannot create a channel").arg(describe()).toStdString());
    auto running = std::unique_ptr<RunningCommand>(new RunningCommand);
    running->m_command = command;
    if (ssh_channel_open_session(ch) != SSH_OK) {
        const QString why = libsshError(s);
        ssh_channel_free(ch);
        throw CommandNotStarted(QStringLiteral("%1: cannot open a channel: %2").arg(describe(), why).toStdString());
    }
    running->m_channel = ch;  // from here on closed and freed by ~RunningCommand
    const QByteArray cmd = command.toUtf8();
    if (ssh_channel_request_exec(ch, cmd.constData()) != SSH_OK) {
        const QString why = libsshError(s);
        throw CommandNotStarted(QStringLiteral("%1: cannot start the command %2: %3")
                                    .arg(describe(), command.left(200), why)
                                    .toStdString());
    }
    ssh_channel_send_eof(ch);  // nothing on stdin: a command reading it sees end of file at once
    return running;
}

CommandResult SshSession::run(const QString& command, std::chrono::milliseconds timeout)
{
    std::unique_ptr<RunningCommand> running = start(command);
    return finish(*running, timeout);
}

CommandResult SshSession::finish(RunningCommand& running, std::chrono::milliseconds timeout)
{
    ssh_session s = m_impl->session;
    auto* ch = static_cast<ssh_channel>(running.m_channel);
    const QString& command = running.m_command;
    if (!ch) throw RemoteError(QStringLiteral("%1: %2 was already finished").arg(describe(), command).toStdString());
    // The channel is released whichever way this ends.
    struct Release {
        RunningCommand& r;
        ~Release() { r.release(); }
    } release{running};

    CommandResult result;
    QElapsedTimer clock;
    clock.start();
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    bool timedOut = false;
    // Both streams are drained in turn without blocking, so a command filling its stderr while we wait on stdout (or
    // the other way round) never stalls on a full window.
    for (;;) {
        bool gotData = false;
        for (int stream = 0; stream < 2; ++stream) {
            for (;;) {
                const int n = ssh_channel_read_nonblocking(ch, buffer.data(), uint32_t(buffer.size()), stream);
                if (n == SSH_ERROR) {
                    const QString why = libsshError(s);
                    throw RemoteError(QStringLiteral("%1: connection lost while running %2: %3")
                                          .arg(describe(), command.left(200), why)
                                          .toStdString());
                }
                if (n <= 0) break;
                (stream == 0 ? result.out : result.err).append(buffer.constData(), n);
                gotData = true;
            }
        }
        if (gotData) continue;
        if (ssh_channel_is_eof(ch) || ssh_channel_is_closed(ch)) break;
        if (clock.elapsed() >= timeout.count()) {
            timedOut = true;
            break;
        }
        // Waits for stdout data or end of file; packets for stderr are taken in meanwhile and read next turn.
        ssh_channel_poll_timeout(ch, 20, 0);
    }
    if (timedOut) {
        ssh_channel_request_send_signal(ch, "KILL");
        result.exitStatus = -1;
        result.err += QStringLiteral("\n[xrs] %1: the command did not finish within %2 s and was stopped\n")
                          .arg(describe())
                          .arg(double(timeout.count()) / 1000.0)
                          .toUtf8();
    } else {
        result.exitStatus = ssh_channel_get_exit_status(ch);
    }
    return result;
}

}  // namespace xrs::remote
