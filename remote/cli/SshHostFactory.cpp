// remote/cli/SshHostFactory: SSH hosts for xrs-remote, built only when xrs_ssh (remote/ssh) is part of the build.
// The SSH profile of the same name in the same list file says how to connect. Questions (an unknown host key, a
// password, a key passphrase, one-time codes) are asked on the controlling terminal (/dev/tty), so piped stdin/stdout
// stay data; without a terminal (batch jobs, cron) every question is answered "no" and the connection fails clearly.
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <optional>

#include "remote/ssh/SshHost.h"

namespace xrs::remote {

namespace {

// One line typed on the terminal; echo off for secrets. nullopt without a terminal or on end of input.
std::optional<QString> askTerminal(const QString& prompt, bool echo)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    const QByteArray p = prompt.toUtf8();
    [[maybe_unused]] auto w = ::write(fd, p.constData(), std::size_t(p.size()));
    termios saved{};
    const bool isTty = ::tcgetattr(fd, &saved) == 0;
    if (isTty && !echo) {
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        ::tcsetattr(fd, TCSANOW, &quiet);  // TCSANOW: answers typed ahead are kept
    }
    QByteArray line;
    char c = 0;
    bool gotAny = false;
    while (::read(fd, &c, 1) == 1) {
        gotAny = true;
        if (c == '\n' || c == '\r') break;
        line += c;
    }
    if (isTty && !echo) {
        ::tcsetattr(fd, TCSANOW, &saved);
        [[maybe_unused]] auto n = ::write(fd, "\n", 1);
    }
    ::close(fd);
    if (!gotAny) return std::nullopt;
    return QString::fromUtf8(line);
}

void tellTerminal(const QString& text)
{
    const int fd = ::open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC);
    const QByteArray t = text.toUtf8() + '\n';
    if (fd < 0) {
        std::fputs(t.constData(), stderr);
        return;
    }
    [[maybe_unused]] auto w = ::write(fd, t.constData(), std::size_t(t.size()));
    ::close(fd);
}

SshCallbacks terminalCallbacks()
{
    SshCallbacks c;
    c.unknownHostKey = [](const HostKeyInfo& k) {
        const QString where = k.port == 22 ? k.host : QStringLiteral("[%1]:%2").arg(k.host).arg(k.port);
        tellTerminal(QStringLiteral("The authenticity of host '%1' can't be established.\n%2 key fingerprint is %3.")
                         .arg(where, k.keyType, k.fingerprint));
        const auto a = askTerminal(QStringLiteral("Connect? [o]nce, [s]ave to known_hosts, [N]o: "), true);
        const QString answer = a ? a->trimmed().toLower() : QString();
        if (answer == u"s" || answer == u"save") return HostKeyDecision::AcceptAndSave;
        if (answer == u"o" || answer == u"once") return HostKeyDecision::AcceptOnce;
        return HostKeyDecision::Refuse;
    };
    c.hostKeyWarning = [](const HostKeyInfo&, const QString& warning) { tellTerminal(warning); };
    c.password = [](const QString& userAtHost) -> std::optional<Secret> {
        const auto a = askTerminal(userAtHost + QStringLiteral("'s password: "), false);
        if (!a) return std::nullopt;
        return Secret{*a, false};
    };
    c.passphrase = [](const QString& keyFile) {
        return askTerminal(QStringLiteral("Enter passphrase for key '%1': ").arg(keyFile), false);
    };
    c.keyboardInteractive = [](const KbdInteractiveRound& round) -> std::optional<QStringList> {
        if (!round.name.isEmpty()) tellTerminal(round.name);
        if (!round.instruction.isEmpty()) tellTerminal(round.instruction);
        QStringList answers;
        for (const PromptField& f : round.prompts) {
            const auto a = askTerminal(f.text, f.echo);
            if (!a) return std::nullopt;
            answers << *a;
        }
        return answers;
    };
    return c;
}

}  // namespace

std::shared_ptr<RemoteHost> openSshHost(const QString& profilesFile, const QString& name)
{
    for (const HostProfile& p : loadHostProfiles(profilesFile))
        if (p.name == name) return std::make_shared<SshHost>(p, terminalCallbacks());
    throw RemoteError("no SSH profile '" + name.toStdString() + "' in " + profilesFile.toStdString());
}

}  // namespace xrs::remote
