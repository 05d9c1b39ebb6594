#pragma once
// tests/ssh/SshTestSupport: the private sshd started by scripts/test-cluster/sshd.sh (ctest fixture "sshd"): where it
// is, its keys and users, session options for it, and a fresh server-side folder per test. Without the fixture (not
// root, no sshd) the tests skip with the reason the script wrote.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QUuid>

#include "remote/ssh/SshSession.h"

namespace xrs::test {

inline const QString kSshPassword = QStringLiteral("xrs-secret-1");
inline const QString kSshPassphrase = QStringLiteral("xrs pass phrase");

struct SshdFixture {
    QString dir;
    int port = 0;
    QString skipReason;  // non-empty: no server to test against

    static SshdFixture load()
    {
        SshdFixture f;
        f.dir = qEnvironmentVariable("XRS_SSHD_DIR");
        if (f.dir.isEmpty()) {
            f.skipReason = QStringLiteral("XRS_SSHD_DIR not set (run through ctest, fixture sshd)");
            return f;
        }
        QFile unavailable(f.dir + QStringLiteral("/unavailable"));
        if (unavailable.open(QIODevice::ReadOnly)) {
            f.skipReason = QStringLiteral("sshd fixture: ") + QString::fromUtf8(unavailable.readAll()).trimmed();
            return f;
        }
        QFile port(f.dir + QStringLiteral("/port"));
        if (!port.open(QIODevice::ReadOnly)) {
            f.skipReason = QStringLiteral("sshd fixture not running (no %1)").arg(port.fileName());
            return f;
        }
        f.port = QString::fromLatin1(port.readAll()).trimmed().toInt();
        if (f.port <= 0) f.skipReason = QStringLiteral("sshd fixture: bad port file");
        return f;
    }

    QString key(const QString& name) const { return dir + QStringLiteral("/keys/") + name; }
    QString knownHosts() const { return dir + QStringLiteral("/known_hosts"); }
    QString log() const { return dir + QStringLiteral("/sshd.log"); }

    // Options for one of the fixture's users: known hosts of the fixture, an empty ssh config, no agent, no keys.
    remote::SshOptions options(const QString& user, const QStringList& keys = {}) const
    {
        remote::SshOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        o.user = user;
        o.knownHostsFile = knownHosts();
        o.configFile = dir + QStringLiteral("/ssh_config");
        o.useAgent = false;
        o.identityFiles = keys;
        o.connectTimeout = std::chrono::seconds(10);
        if (o.identityFiles.isEmpty()) o.identityFiles << key(QStringLiteral("id_other"));  // never the user's own
        return o;
    }

    // A new empty folder on the "server" (this machine) that the test users may write to.
    QString newRemoteDir() const
    {
        QFile rootFile(dir + QStringLiteral("/remote_root"));
        const QString root = rootFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(rootFile.readAll()).trimmed()
                                                                : dir + QStringLiteral("/remote");
        const QString path = root + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::Permissions(0x7777));
        return path;
    }

    int countInLog(const QString& needle) const
    {
        QFile f(log());
        if (!f.open(QIODevice::ReadOnly)) return -1;
        return int(QString::fromUtf8(f.readAll()).count(needle));
    }
};

// SHA-256 by an independent tool (coreutils sha256sum), for comparing files on either side.
inline QString sha256sumTool(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {QStringLiteral("--"), path});
    p.waitForFinished(120000);
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0).remove(u'\\');
}

}  // namespace xrs::test

#define XRS_REQUIRE_SSHD(fixture) \
    if (!(fixture).skipReason.isEmpty()) QSKIP(qPrintable((fixture).skipReason))
