// Tests for remote/ssh/SshSession and SshHost::run against a real sshd on loopback (scripts/test-cluster/sshd.sh):
// host key checks (changed, other type, unknown with and without consent), every authentication path (key, key with
// passphrase, password, keyboard-interactive, publickey + two keyboard-interactive rounds, agent, jump host) and
// command execution (exit status, both streams, 8 MiB + 8 MiB without deadlock, timeout, reconnect).
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "SshTestSupport.h"
#include "TestSupport.h"
#include "remote/ShellQuote.h"
#include "remote/ssh/SshHost.h"

using namespace xrs::remote;
using xrs::test::SshdFixture;

class TestSshSession : public QObject {
    Q_OBJECT

    SshdFixture m_fx;

    // The fixture's host key with its fingerprint as ssh-keygen prints it ("SHA256:…").
    QString hostFingerprint() const
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                               QStringLiteral("-f"), m_fx.key(QStringLiteral("host_ed25519.pub"))});
        p.waitForFinished();
        return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 1, 1);
    }
    static QString newKey(const QString& dir, const QString& type)
    {
        const QString file = dir + QStringLiteral("/k_") + type;
        QProcess::execute(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type,
                                                         QStringLiteral("-N"), QString(), QStringLiteral("-f"), file});
        QFile f(file + QStringLiteral(".pub"));
        f.open(QIODevice::ReadOnly);
        return QString::fromLatin1(f.readAll()).section(u' ', 0, 1);
    }
    static void writeFile(const QString& path, const QByteArray& text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private slots:
    void initTestCase() { m_fx = SshdFixture::load(); }

    void keyAuthRunsCommands()
    {
        XRS_REQUIRE_SSHD(m_fx);
        SshSession s(m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))}), {});
        QElapsedTimer t;
        t.start();
        s.connect();
        qInfo("connect + host key + publickey auth: %lld ms", t.elapsed());
        QCOMPARE(s.authenticatedWith(), QStringList{QStringLiteral("publickey")});
        const CommandResult r = s.run(QStringLiteral("echo out; echo err >&2; printf '%s' \"$USER\"; exit 3"));
        QCOMPARE(r.exitStatus, 3);
        QCOMPARE(r.out, QByteArray("out\nxrsssh"));
        QCOMPARE(r.err, QByteArray("err\n"));
        QVERIFY(s.run(QStringLiteral("true")).ok());
        // Many short commands on the one session (a channel each).
        t.restart();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(s.run(QStringLiteral("echo %1").arg(i)).out, QByteArray::number(i) + '\n');
        qInfo("20 commands: %.1f ms each", double(t.elapsed()) / 20);
    }

    void largeOutputsOnBothStreamsDoNotDeadlock()
    {
        XRS_REQUIRE_SSHD(m_fx);
        SshSession s(m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))}), {});
        QElapsedTimer t;
        t.start();
        // 8 MiB on each stream at the same time, so neither can be drained first.
        const CommandResult r = s.run(QStringLiteral("(head -c 8388608 /dev/zero | tr '\\0' e >&2) & "
                                                     "head -c 8388608 /dev/zero | tr '\\0' o; wait"),
                                      std::chrono::seconds(50));
        qInfo("8 MiB stdout + 8 MiB stderr in %lld ms", t.elapsed());
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(r.out.size(), 8 * 1024 * 1024);
        QCOMPARE(r.err.size(), 8 * 1024 * 1024);
        QCOMPARE(r.out.count('o'), 8 * 1024 * 1024);
        QCOMPARE(r.err.count('e'), 8 * 1024 * 1024);
    }

    void commandTimeout()
    {
        XRS_REQUIRE_SSHD(m_fx);
        SshSession s(m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))}), {});
        QElapsedTimer t;
        t.start();
        const CommandResult r = s.run(QStringLiteral("echo started; sleep 30"), std::chrono::milliseconds(700));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(r.exitStatus, -1);
        QCOMPARE(r.out, QByteArray("started\n"));
        QVERIFY(r.err.contains("did not finish"));
        QVERIFY(s.run(QStringLiteral("true")).ok());  // the session is still usable
    }

    void changedHostKeyIsRefusedBeforeAnythingIsSent()
    {
        XRS_REQUIRE_SSHD(m_fx);
        QTemporaryDir tmp;
        const QString known = tmp.filePath(QStringLiteral("known_hosts"));
        writeFile(known, QStringLiteral("[127.0.0.1]:%1 %2\n")
                             .arg(m_fx.port)
                             .arg(newKey(tmp.path(), QStringLiteral("ed25519")))
                             .toUtf8());
        const QString dir = m_fx.newRemoteDir();
        const QString marker = dir + QStringLiteral("/ran");
        const int accepted = m_fx.countInLog(QStringLiteral("Accepted"));

        HostProfile p;
        p.host = QStringLiteral("127.0.0.1");
        p.port = m_fx.port;
        p.user = QStringLiteral("xrsssh");
        QStringList warnings;
        SshCallbacks cb;
        cb.hostKeyWarning = [&](const HostKeyInfo&, const QString& w) { warnings << w; };
        cb.unknownHostKey = [](const HostKeyInfo&) { return HostKeyDecision::AcceptAndSave; };  // must not be asked
        SshHost host(p, cb, [&](SshOptions& o) {
            o = m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))});
            o.knownHostsFile = known;
        });
        QVERIFY_THROWS_EXCEPTION(HostKeyError, host.run(QStringLiteral("touch ") + shellQuote(marker)));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(QStringLiteral("CHANGED")), qPrintable(warnings[0]));
        QVERIFY(warnings[0].contains(hostFingerprint()));
        QVERIFY(!QFile::exists(marker));
        QTest::qWait(200);                                                // the server logs asynchronously
        QCOMPARE(m_fx.countInLog(QStringLiteral("Accepted")), accepted);  // no login happened
        // known_hosts untouched.
        QFile f(known);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 1);
    }

    void otherKeyTypeIsRefused()
    {
        XRS_REQUIRE_SSHD(m_fx);
        QTemporaryDir tmp;
        SshOptions o = m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))});
        o.knownHostsFile = tmp.filePath(QStringLiteral("known_hosts"));
        writeFile(o.knownHostsFile, QStringLiteral("[127.0.0.1]:%1 %2\n")
                                        .arg(m_fx.port)
                                        .arg(newKey(tmp.path(), QStringLiteral("ecdsa")))
                                        .toUtf8());
        QString warning;
        SshCallbacks cb;
        cb.hostKeyWarning = [&](const HostKeyInfo&, const QString& w) { warning = w; };
        SshSession s(o, cb);
        try {
            s.connect();
            QFAIL("connected although known_hosts only has another key type");
        } catch (const HostKeyError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("another key type")), e.what());
        }
        QVERIFY(!warning.isEmpty());
        QVERIFY(!s.isConnected());
    }

    void unknownHostNeedsConsent()
    {
        XRS_REQUIRE_SSHD(m_fx);
        QTemporaryDir tmp;
        SshOptions o = m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))});
        o.knownHostsFile = tmp.filePath(QStringLiteral("ssh/known_hosts"));  // folder does not exist yet

        // No callback: refused.
        {
            SshSession s(o, {});
            QVERIFY_THROWS_EXCEPTION(HostKeyError, s.connect());
        }
        // Refused by the person.
        HostKeyInfo seen;
        int asked = 0;
        SshCallbacks cb;
        HostKeyDecision answer = HostKeyDecision::Refuse;
        cb.unknownHostKey = [&](const HostKeyInfo& info) {
            seen = info;
            ++asked;
            return answer;
        };
        {
            SshSession s(o, cb);
            QVERIFY_THROWS_EXCEPTION(HostKeyError, s.connect());
            QCOMPARE(asked, 1);
            QCOMPARE(seen.fingerprint, hostFingerprint());
            QCOMPARE(seen.keyType, QStringLiteral("ssh-ed25519"));
            QCOMPARE(seen.port, m_fx.port);
        }
        // Accepted once: works, nothing saved.
        answer = HostKeyDecision::AcceptOnce;
        {
            SshSession s(o, cb);
            s.connect();
            QVERIFY(s.run(QStringLiteral("true")).ok());
            QVERIFY(!QFile::exists(o.knownHostsFile));
        }
        QDir().mkpath(QFileInfo(o.knownHostsFile).absolutePath());
        // Accepted and saved: the entry is appended as [host]:port (other entries kept), the next connection asks
        // nobody.
        const QByteArray other =
            "[other.example]:2200 " + newKey(tmp.path(), QStringLiteral("ed25519")).toUtf8() + '\n';
        writeFile(o.knownHostsFile, other);
        answer = HostKeyDecision::AcceptAndSave;
        {
            SshSession s(o, cb);
            s.connect();
            QCOMPARE(asked, 3);
        }
        QFile f(o.knownHostsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(f.readAll());
        QVERIFY2(saved.startsWith(QString::fromUtf8(other)), qPrintable(saved));
        QVERIFY2(saved.mid(other.size()).startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_fx.port)),
                 qPrintable(saved));
        {
            SshSession s(o, {});
            s.connect();
            QVERIFY(s.run(QStringLiteral("true")).ok());
        }
        QCOMPARE(asked, 3);
    }

    void keyWithPassphrase()
    {
        XRS_REQUIRE_SSHD(m_fx);
        const QString key = m_fx.key(QStringLiteral("id_pass"));
        int asked = 0;
        QString askedFor;
        SshCallbacks cb;
        QStringList answers{QStringLiteral("wrong"), xrs::test::kSshPassphrase};
        cb.passphrase = [&](const QString& file) -> std::optional<QString> {
            askedFor = file;
            return answers.value(asked++);
        };
        SshSession s(m_fx.options(QStringLiteral("xrsssh"), {key}), cb);
        s.connect();
        QCOMPARE(asked, 2);  // a wrong passphrase is asked again
        QCOMPARE(askedFor, key);
        QCOMPARE(s.authenticatedWith(), QStringList{QStringLiteral("publickey")});
        QVERIFY(s.run(QStringLiteral("true")).ok());

        // Cancelled: the login fails with a clear reason, no other method is tried.
        SshCallbacks cancel;
        cancel.passphrase = [](const QString&) -> std::optional<QString> { return std::nullopt; };
        SshSession c(m_fx.options(QStringLiteral("xrsssh"), {key}), cancel);
        try {
            c.connect();
            QFAIL("connected without a passphrase");
        } catch (const AuthenticationError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("cancelled")), e.what());
        }
    }

    void passwordAuthentication()
    {
        XRS_REQUIRE_SSHD(m_fx);
        QStringList asked;
        SshCallbacks cb;
        cb.password = [&](const QString& account) -> std::optional<Secret> {
            asked << account;
            return Secret{asked.size() == 1 ? QStringLiteral("not it") : xrs::test::kSshPassword, false};
        };
        SshSession s(m_fx.options(QStringLiteral("xrspw")), cb);
        s.connect();
        QCOMPARE(s.authenticatedWith(), QStringList{QStringLiteral("password")});
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked[0], QStringLiteral("xrspw@127.0.0.1:%1").arg(m_fx.port));
        QCOMPARE(s.run(QStringLiteral("id -un")).out, QByteArray("xrspw\n"));

        // Always wrong: three tries, then an AuthenticationError naming what was tried.
        int tries = 0;
        SshCallbacks wrong;
        wrong.password = [&](const QString&) -> std::optional<Secret> {
            ++tries;
            return Secret{QStringLiteral("nope"), false};
        };
        SshSession w(m_fx.options(QStringLiteral("xrspw")), wrong);
        try {
            w.connect();
            QFAIL("logged in with a wrong password");
        } catch (const AuthenticationError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("password")), e.what());
        }
        QCOMPARE(tries, 3);
    }

    void keyboardInteractive()
    {
        XRS_REQUIRE_SSHD(m_fx);
        QList<KbdInteractiveRound> rounds;
        SshCallbacks cb;
        cb.keyboardInteractive = [&](const KbdInteractiveRound& r) -> std::optional<QStringList> {
            rounds << r;
            return QStringList{xrs::test::kSshPassword};
        };
        SshSession s(m_fx.options(QStringLiteral("xrsssh")), cb);
        s.connect();
        QCOMPARE(s.authenticatedWith(), QStringList{QStringLiteral("keyboard-interactive")});
        QCOMPARE(rounds.size(), 1);
        QCOMPARE(rounds[0].prompts.size(), 1);
        QVERIFY2(rounds[0].prompts[0].text.contains(QStringLiteral("Password")), qPrintable(rounds[0].prompts[0].text));
        QVERIFY(!rounds[0].prompts[0].echo);

        // Without a keyboard-interactive callback the lone hidden prompt goes to the password callback.
        SshCallbacks pw;
        pw.password = [](const QString&) -> std::optional<Secret> { return Secret{xrs::test::kSshPassword, false}; };
        SshSession p(m_fx.options(QStringLiteral("xrsssh")), pw);
        p.connect();
        QCOMPARE(p.run(QStringLiteral("id -un")).out, QByteArray("xrsssh\n"));
    }

    void publicKeyThenTwoKeyboardInteractiveRounds()
    {
        XRS_REQUIRE_SSHD(m_fx);
        // xrsmfa: AuthenticationMethods publickey,keyboard-interactive; PAM asks a password, then a code.
        QList<KbdInteractiveRound> rounds;
        SshCallbacks cb;
        cb.keyboardInteractive = [&](const KbdInteractiveRound& r) -> std::optional<QStringList> {
            rounds << r;
            return QStringList{rounds.size() == 1 ? xrs::test::kSshPassword : QStringLiteral("123456")};
        };
        HostProfile p;
        p.host = QStringLiteral("127.0.0.1");
        p.port = m_fx.port;
        p.user = QStringLiteral("xrsmfa");
        SshHost host(p, cb, [&](SshOptions& o) {
            o = m_fx.options(QStringLiteral("xrsmfa"), {m_fx.key(QStringLiteral("id_plain"))});
        });
        QCOMPARE(host.run(QStringLiteral("id -un")).out, QByteArray("xrsmfa\n"));
        QCOMPARE(rounds.size(), 2);
        QVERIFY(rounds[0].prompts.value(0).text.contains(QStringLiteral("Password")));
        QVERIFY(rounds[1].prompts.value(0).text.contains(QStringLiteral("STRESS")));
        // The one session serves later commands: the code is not asked again.
        QVERIFY(host.run(QStringLiteral("true")).ok());
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(host.connectCount(), 1);

        // Key alone is not enough: partial success, then no way to answer → refused.
        SshSession keyOnly(m_fx.options(QStringLiteral("xrsmfa"), {m_fx.key(QStringLiteral("id_plain"))}), {});
        try {
            keyOnly.connect();
            QFAIL("logged in with the key alone");
        } catch (const AuthenticationError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("already passed: publickey")), e.what());
        }
    }

    void agentKeys()
    {
        XRS_REQUIRE_SSHD(m_fx);
        if (QStandardPaths::findExecutable(QStringLiteral("ssh-agent")).isEmpty()) QSKIP("ssh-agent not installed");
        QTemporaryDir tmp;
        const QString sock = tmp.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
        QVERIFY(agent.waitForStarted());
        for (int i = 0; i < 50 && !QFile::exists(sock); ++i) QTest::qWait(20);
        const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", sock.toUtf8());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_fx.key(QStringLiteral("id_plain"))});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        SshOptions o = m_fx.options(QStringLiteral("xrsssh"));
        o.useAgent = true;
        SshSession s(o, {});
        s.connect();
        QCOMPARE(s.authenticatedWith(), QStringList{QStringLiteral("publickey")});
        QVERIFY(s.run(QStringLiteral("true")).ok());
        s.disconnect();
        if (oldSock.isEmpty())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", oldSock);
        agent.terminate();
        agent.waitForFinished();
    }

    void jumpHost()
    {
        XRS_REQUIRE_SSHD(m_fx);
        // The fixture is its own gateway: ssh opens 127.0.0.1 with the key from the config and forwards to it (-W).
        QTemporaryDir tmp;
        const QString config = tmp.filePath(QStringLiteral("ssh_config"));
        writeFile(config, QStringLiteral("Host 127.0.0.1\n  IdentityFile \"%1\"\n  IdentitiesOnly yes\n")
                              .arg(m_fx.key(QStringLiteral("id_plain")))
                              .toUtf8());
        const int before = m_fx.countInLog(QStringLiteral("Accepted key"));
        SshOptions o = m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))});
        o.configFile = config;
        o.jumpHost = QStringLiteral("xrsssh@127.0.0.1:%1").arg(m_fx.port);
        SshSession s(o, {});
        s.connect();
        QCOMPARE(s.run(QStringLiteral("echo through")).out, QByteArray("through\n"));
        s.disconnect();
        QTest::qWait(200);
        // Two logins: the gateway's (by ssh) and ours through it.
        QVERIFY2(m_fx.countInLog(QStringLiteral("Accepted key")) - before >= 2,
                 qPrintable(QString::number(m_fx.countInLog(QStringLiteral("Accepted key")) - before)));

        o.jumpHost = QStringLiteral("xrsssh@127.0.0.1:1");  // nothing listens there
        SshSession bad(o, {});
        QVERIFY_THROWS_EXCEPTION(RemoteError, bad.connect());
    }

    void sshConfigAliasWithExplicitOptionsWinning()
    {
        XRS_REQUIRE_SSHD(m_fx);
        QTemporaryDir tmp;
        const QString config = tmp.filePath(QStringLiteral("config"));
        writeFile(config, QStringLiteral("Host fixture-alias\n  HostName 127.0.0.1\n  Port %1\n  User xrsssh\n"
                                         "  IdentityFile \"%2\"\n")
                              .arg(m_fx.port)
                              .arg(m_fx.key(QStringLiteral("id_plain")))
                              .toUtf8());
        SshOptions o = m_fx.options(QString());
        o.host = QStringLiteral("fixture-alias");
        o.port = 0;
        o.identityFiles.clear();  // the config's IdentityFile is used
        o.configFile = config;
        SshSession s(o, {});
        s.connect();
        QCOMPARE(s.authenticatedWith(), QStringList{QStringLiteral("publickey")});
        QCOMPARE(s.run(QStringLiteral("id -un")).out, QByteArray("xrsssh\n"));
        QCOMPARE(s.describe(), QStringLiteral("xrsssh@fixture-alias:%1").arg(m_fx.port));

        // An explicit user wins over the config's.
        o.user = QStringLiteral("xrspw");
        SshCallbacks cb;
        cb.password = [](const QString&) -> std::optional<Secret> { return Secret{xrs::test::kSshPassword, false}; };
        SshSession pw(o, cb);
        pw.connect();
        QCOMPARE(pw.run(QStringLiteral("id -un")).out, QByteArray("xrspw\n"));
    }

    void unreachableAndKeepAlive()
    {
        XRS_REQUIRE_SSHD(m_fx);
        SshOptions o = m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))});
        o.port = 1;  // nothing listens there
        SshSession closed(o, {});
        try {
            closed.connect();
            QFAIL("connected to a closed port");
        } catch (const RemoteError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("127.0.0.1:1: cannot connect")), e.what());
        }
        QVERIFY(!closed.isConnected());

        SshSession s(m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))}), {});
        QVERIFY(!s.keepAlive());
        s.connect();
        QVERIFY(s.keepAlive());
        QVERIFY(s.run(QStringLiteral("true")).ok());
        s.disconnect();
        QVERIFY(!s.keepAlive());
        s.connect();  // a session can be connected again
        QVERIFY(s.run(QStringLiteral("true")).ok());
    }

    void sshHostPrefixesEnvironmentAndReconnects()
    {
        XRS_REQUIRE_SSHD(m_fx);
        HostProfile p;
        p.name = QStringLiteral("fixture");
        p.host = QStringLiteral("127.0.0.1");
        p.port = m_fx.port;
        p.user = QStringLiteral("xrsssh");
        p.environment = {QStringLiteral("export XRS_TEST_VALUE='a b'"),
                         QStringLiteral("XRS_OTHER=2; export XRS_OTHER")};
        SshHost host(p, {}, [&](SshOptions& o) {
            o = m_fx.options(QStringLiteral("xrsssh"), {m_fx.key(QStringLiteral("id_plain"))});
        });
        QCOMPARE(host.describe(), QStringLiteral("xrsssh@127.0.0.1:%1").arg(m_fx.port));
        QCOMPARE(host.run(QStringLiteral("echo \"$XRS_TEST_VALUE/$XRS_OTHER\"")).out, QByteArray("a b/2\n"));
        QCOMPARE(host.connectCount(), 1);
        // The server side of the connection dies (its sshd process is the shell's parent): the next call reconnects.
        // That command itself is not sent again (it may have done its work): its caller gets the error.
        QVERIFY(host.keepAlive());
        QVERIFY_THROWS_EXCEPTION(RemoteError, host.run(QStringLiteral("kill -9 $PPID"), std::chrono::seconds(5)));
        QCOMPARE(host.connectCount(), 1);
        QCOMPARE(host.run(QStringLiteral("echo again")).out, QByteArray("again\n"));
        QCOMPARE(host.connectCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
