// xrs remote on a terminal: an unknown host key and the password are asked on /dev/tty (a pseudo-terminal made by
// util-linux `script`, answers typed ahead), "once" connects without saving the key, "no" refuses before any login;
// without a terminal nothing is asked and the connection is refused with the fingerprint in the error.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

#include "SshTestSupport.h"

using namespace xrs;

namespace {

struct Run {
    int exitCode = -1;
    QString text;
};

// Runs xrs-remote `args` on a fresh pseudo-terminal with `typed` as the keyboard.
Run onTerminal(const QStringList& args, const QByteArray& typed)
{
    QStringList quoted;
    for (const QString& a : QStringList{XRS_REMOTE_PATH} + args) quoted << "'" + QString(a).replace("'", "'\\''") + "'";
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), quoted.join(' '), QStringLiteral("/dev/null")});
    p.waitForStarted();
    p.write(typed);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

}  // namespace

class TestRemoteCliPrompts : public QObject {
    Q_OBJECT
private:
    test::SshdFixture m_fx;
    QTemporaryDir m_dir;
    QString m_hosts, m_known;

private slots:
    void initTestCase()
    {
        m_fx = test::SshdFixture::load();
        if (!m_fx.skipReason.isEmpty()) QSKIP(qPrintable(m_fx.skipReason));
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) QSKIP("util-linux script not found");
        m_known = m_dir.filePath(QStringLiteral("known_hosts"));
        m_hosts = m_dir.filePath(QStringLiteral("hosts.json"));
        QFile f(m_hosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"version": 1, "profiles": [{"name": "pw", "host": "127.0.0.1", "port": %1,
            "user": "xrspw", "scheduler": "slurm", "knownHostsFile": "%2"}]})")
                    .arg(m_fx.port)
                    .arg(m_known)
                    .toUtf8());
    }

    void asksHostKeyAndPassword()
    {
        const Run r = onTerminal({"--hosts", m_hosts, "check", "pw"}, "o\n" + test::kSshPassword.toUtf8() + "\n");
        qInfo("%s", qPrintable(r.text.trimmed().split('\n').last()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.text.contains("key fingerprint is SHA256:"), qPrintable(r.text));
        QVERIFY2(r.text.contains(QStringLiteral("xrspw@127.0.0.1:%1's password:").arg(m_fx.port)), qPrintable(r.text));
        QVERIFY2(r.text.contains(": ok ("), qPrintable(r.text));
        QVERIFY(!QFile::exists(m_known));  // "once": nothing saved
    }

    void refusedKeyLogsNothingIn()
    {
        const Run r = onTerminal({"--hosts", m_hosts, "check", "pw"}, "n\n");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.text.contains("not accepted"), qPrintable(r.text));
        QVERIFY2(!r.text.contains("password:"), qPrintable(r.text));  // refused before any authentication
    }

    void noTerminalNoQuestions()
    {
        QProcess p;
        p.setProgram(XRS_REMOTE_PATH);
        p.setArguments({"--hosts", m_hosts, "check", "pw"});
        p.setStandardInputFile(QProcess::nullDevice());
        // A new session has no controlling terminal, as under cron or a batch scheduler.
        p.setChildProcessModifier([] { ::setsid(); });
        p.start();
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(err.contains("not accepted") && err.contains("SHA256:"), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestRemoteCliPrompts)
#include "TestRemoteCliPrompts.moc"
