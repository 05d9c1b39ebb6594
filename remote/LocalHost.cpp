// remote/LocalHost: shell commands via QProcess and file copies with .part + rename on this machine.
#include "LocalHost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>

#include <sys/types.h>
#include <unistd.h>

namespace xrs::remote {

CommandResult LocalHost::run(const QString& command, std::chrono::milliseconds timeout)
{
    QProcess process;
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments({QStringLiteral("-c"), command});
    // Own process group: a time-out stops whatever the command started too.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start();
    if (!process.waitForStarted(10000))
        throw RemoteError("local: could not start /bin/sh: " + process.errorString().toStdString());
    CommandResult result;
    if (!process.waitForFinished(int(std::max<std::int64_t>(1, timeout.count())))) {
        if (const qint64 pid = process.processId(); pid > 0) ::kill(-pid_t(pid), SIGKILL);
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError() +
                     QStringLiteral("\nlocal: timed out after %1 ms: %2").arg(timeout.count()).arg(command).toUtf8();
        result.exitStatus = -1;
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitStatus = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

void LocalHost::copyFile(const QString& from, const QString& to, const TransferProgress& progress, std::stop_token stop)
{
    const auto fail = [&](const QString& why) {
        throw RemoteError(QStringLiteral("local: copying %1 to %2: %3").arg(from, to, why).toStdString());
    };
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) fail(in.errorString());
    const qint64 total = in.size();
    const QString partPath = to + QStringLiteral(".part");
    if (!QDir().mkpath(QFileInfo(to).absolutePath())) fail(QStringLiteral("cannot create the destination folder"));
    QFile part(partPath);
    // Resume a leftover .part no longer than the source; anything else starts over.
    const qint64 have = QFileInfo(partPath).exists() ? QFileInfo(partPath).size() : 0;
    const bool resume = have > 0 && have <= total;
    if (!part.open(resume ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) fail(part.errorString());
    qint64 done = resume ? have : 0;
    if (!in.seek(done)) fail(in.errorString());
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (done < total) {
        if (stop.stop_requested()) throw RemoteError("cancelled");
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n <= 0) fail(QStringLiteral("read error: ") + in.errorString());
        if (part.write(buffer.constData(), n) != n) fail(QStringLiteral("write error: ") + part.errorString());
        done += n;
        if (progress) progress(done, total);
    }
    if (!part.flush()) fail(part.errorString());
    ::fsync(part.handle());
    part.close();
    QFile::remove(to);
    if (!QFile::rename(partPath, to)) fail(QStringLiteral("cannot rename the .part file into place"));
    if (progress && total == 0) progress(0, 0);
}

void LocalHost::upload(const QString& localPath, const QString& remotePath, const TransferProgress& progress,
                       std::stop_token stop)
{
    copyFile(localPath, remotePath, progress, stop);
}

void LocalHost::download(const QString& remotePath, const QString& localPath, const TransferProgress& progress,
                         std::stop_token stop)
{
    copyFile(remotePath, localPath, progress, stop);
}

}  // namespace xrs::remote
