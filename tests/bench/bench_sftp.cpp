// tests/bench/bench_sftp: SFTP throughput of our SftpClient (remote/ssh/Sftp.cpp) against OpenSSH's own `sftp -b`
// and `scp` on the same loopback server (the sshd test fixture, scripts/test-cluster/sshd.sh) and the same file.
// Prints MiB/s for upload and download of each and our share of OpenSSH's figure (goal: ≥ 90 %).
//
// Fairness: every timed run opens a new connection and authenticates with the same key (OpenSSH's clients always do),
// writes a destination that does not exist yet, and our SHA-256 verification is off for the headline figures (OpenSSH
// verifies nothing); the figure with verification is printed too. Best of --repeat runs per figure, the cases taken in
// turn each round so changes in the machine's load hit all alike; the load average is printed with the figures.
//
// Usage: bench_sftp [MiB, default 256] [--dir=FIXTURE_DIR] [--repeat=N, default 3] [--up-chunk=KiB]
//        [--down-chunk=KiB] [--inflight=N]
//   The fixture is started in FIXTURE_DIR (default: a temporary folder) when it is not running, and stopped again.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

#include "remote/ssh/Sftp.h"
#include "remote/ssh/SshSession.h"

using namespace xrs::remote;

namespace {

struct Fixture {
    QString dir;
    int port = 0;
    QString key() const { return dir + QStringLiteral("/keys/id_plain"); }
};

bool runScript(const QString& action, const QString& dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(XRS_SSHD_SCRIPT), {action, dir});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

int readPort(const QString& dir)
{
    QFile f(dir + QStringLiteral("/port"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed().toInt() : 0;
}

// One timed case: `before` runs untimed ahead of each run; the best (shortest) time is kept.
struct Case {
    std::function<void()> before;
    std::function<bool()> run;
    double best = 1e30;
    bool failed = false;
};

// Rounds over all cases (so a change in the machine's load hits every case alike), best of `repeat` per case.
void runInterleaved(std::vector<Case*> cases, int repeat)
{
    for (int i = 0; i < repeat; ++i) {
        for (Case* c : cases) {
            if (c->failed) continue;
            if (c->before) c->before();
            QElapsedTimer t;
            t.start();
            if (!c->run()) {
                c->failed = true;
                continue;
            }
            c->best = std::min(c->best, double(t.nsecsElapsed()) * 1e-9);
        }
    }
}

QStringList opensshArgs(const Fixture& fx, const QString& portFlag)
{
    return {QStringLiteral("-F"),
            fx.dir + QStringLiteral("/ssh_config"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=\"%1/known_hosts\"").arg(fx.dir),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-i"),
            fx.key(),
            portFlag,
            QString::number(fx.port)};
}

bool runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d)\n", qPrintable(program), p.exitCode());
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 mib = 256;
    int repeat = 3;
    SftpOptions sftpOptions;
    sftpOptions.verifySha256 = false;
    QString dir;
    for (const QString& a : app.arguments().mid(1)) {
        if (a.startsWith(QStringLiteral("--dir=")))
            dir = a.mid(6);
        else if (a.startsWith(QStringLiteral("--repeat=")))
            repeat = std::max(1, a.mid(9).toInt());
        else if (a.startsWith(QStringLiteral("--up-chunk=")))
            sftpOptions.uploadChunk = a.mid(11).toInt() * 1024;
        else if (a.startsWith(QStringLiteral("--down-chunk=")))
            sftpOptions.downloadChunk = a.mid(13).toInt() * 1024;
        else if (a.startsWith(QStringLiteral("--inflight=")))
            sftpOptions.readsInFlight = a.mid(11).toInt();
        else
            mib = std::max<qint64>(1, a.toLongLong());
    }
    QTemporaryDir scratch;
    if (dir.isEmpty()) dir = scratch.filePath(QStringLiteral("sshd"));
    const bool wasRunning = readPort(dir) > 0;
    if (!wasRunning && !runScript(QStringLiteral("start"), dir)) return 1;
    Fixture fx{dir, readPort(dir)};
    if (fx.port <= 0) {
        QFile why(dir + QStringLiteral("/unavailable"));
        why.open(QIODevice::ReadOnly);
        std::printf("no sshd fixture: %s\n", why.readAll().trimmed().constData());
        return 0;
    }

    // The file: random bytes (no compression anywhere helps), in this machine's temp folder.
    const QString local = scratch.filePath(QStringLiteral("bench.bin"));
    {
        QFile f(local);
        f.open(QIODevice::WriteOnly);
        QRandomGenerator rng{42u};
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 i = 0; i < mib; ++i) {
            rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            f.write(block);
        }
    }
    QFile rootFile(dir + QStringLiteral("/remote_root"));
    rootFile.open(QIODevice::ReadOnly);
    const QString remoteDir = QString::fromUtf8(rootFile.readAll()).trimmed() + QStringLiteral("/bench");
    QDir().mkpath(remoteDir);
    QFile::setPermissions(remoteDir, QFileDevice::Permissions(0x7777));
    const QString remote = remoteDir + QStringLiteral("/bench.bin");
    const QString back = scratch.filePath(QStringLiteral("back.bin"));
    const auto clean = [&] {
        QFile::remove(remote);
        QFile::remove(remote + QStringLiteral(".part"));
        QFile::remove(back);
        QFile::remove(back + QStringLiteral(".part"));
    };
    SshOptions so;
    so.host = QStringLiteral("127.0.0.1");
    so.port = fx.port;
    so.user = QStringLiteral("xrsssh");
    so.knownHostsFile = dir + QStringLiteral("/known_hosts");
    so.configFile = dir + QStringLiteral("/ssh_config");
    so.useAgent = false;
    so.identityFiles = {fx.key()};

    const auto ours = [&](bool up, bool verify) {
        return [&, up, verify] {
            SshSession s(so, {});
            s.connect();
            SftpOptions o = sftpOptions;
            o.verifySha256 = verify;
            SftpClient c(s, o);
            if (up)
                c.upload(local, remote);
            else
                c.download(remote, back);
            return true;
        };
    };
    const auto putRemote = [&] {
        clean();
        QFile::copy(local, remote);
        QFile::setPermissions(remote, QFileDevice::Permissions(0x6666));
    };
    const auto sftpBatch = [&](const QString& line) {
        return [&, line] {
            const QString batch = scratch.filePath(QStringLiteral("batch"));
            QFile b(batch);
            b.open(QIODevice::WriteOnly | QIODevice::Truncate);
            b.write(line.toUtf8() + '\n');
            b.close();
            QStringList args = opensshArgs(fx, QStringLiteral("-P"));
            args << QStringLiteral("-b") << batch << QStringLiteral("xrsssh@127.0.0.1");
            return runTool(QStringLiteral("sftp"), args);
        };
    };
    const auto scp = [&](const QString& from, const QString& to) {
        return [&, from, to] {
            QStringList args = opensshArgs(fx, QStringLiteral("-P"));
            args << QStringLiteral("-q") << from << to;
            return runTool(QStringLiteral("scp"), args);
        };
    };
    const QString target = QStringLiteral("xrsssh@127.0.0.1:");

    try {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        loadavg.open(QIODevice::ReadOnly);
        std::printf("SFTP on 127.0.0.1:%d, %lld MiB random file, best of %d, new connection per run; load %s\n",
                    fx.port, mib, repeat, loadavg.readAll().left(14).trimmed().constData());
        std::printf("ours: upload chunk %d KiB; download %d KiB x %d reads in flight\n", sftpOptions.uploadChunk / 1024,
                    sftpOptions.downloadChunk / 1024, sftpOptions.readsInFlight);
        const double m = double(mib);
        Case upOurs{clean, ours(true, false)}, upOursVerified{clean, ours(true, true)},
            upSftp{clean, sftpBatch(QStringLiteral("put \"%1\" \"%2\"").arg(local, remote))},
            upScp{clean, scp(local, target + remote)}, downOurs{putRemote, ours(false, false)},
            downOursVerified{putRemote, ours(false, true)},
            downSftp{putRemote, sftpBatch(QStringLiteral("get \"%1\" \"%2\"").arg(remote, back))},
            downScp{putRemote, scp(target + remote, back)};
        runInterleaved({&upOurs, &upOursVerified, &upSftp, &upScp, &downOurs, &downOursVerified, &downSftp, &downScp},
                       repeat);
        clean();

        const auto rate = [&](const Case& c) { return c.failed ? 0.0 : m / c.best; };
        const auto line = [&](const char* what, const Case& oursS, const Case& verifiedS, const Case& sftpS,
                              const Case& scpS) {
            const double best = std::max(rate(sftpS), rate(scpS));
            std::printf(
                "%-8s ours %7.1f MiB/s (%6.1f with SHA-256 check) | sftp -b %7.1f MiB/s | scp %7.1f MiB/s | "
                "ours / best OpenSSH = %3.0f %%\n",
                what, rate(oursS), rate(verifiedS), rate(sftpS), rate(scpS),
                best > 0 ? 100.0 * rate(oursS) / best : 0.0);
        };
        line("upload", upOurs, upOursVerified, upSftp, upScp);
        line("download", downOurs, downOursVerified, downSftp, downScp);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_sftp: %s\n", e.what());
        if (!wasRunning) runScript(QStringLiteral("stop"), dir);
        return 1;
    }

    if (!wasRunning) runScript(QStringLiteral("stop"), dir);
    return 0;
}
