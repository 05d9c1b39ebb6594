// remote/Scheduler: what Slurm and PBS share — task aggregation, checked commands, writing scripts, log tails.
#include "Scheduler.h"

#include <QTemporaryFile>

#include <map>

#include "PbsScheduler.h"
#include "ShellQuote.h"
#include "SlurmScheduler.h"

namespace xrs::remote {

SchedulerStatus aggregateTasks(const std::vector<TaskState>& tasks)
{
    SchedulerStatus s;
    s.tasks = int(tasks.size());
    if (tasks.empty()) return s;
    if (tasks.size() == 1) {
        s.state = tasks.front().state;
        s.backendState = tasks.front().word;
        return s;
    }
    std::map<JobState, int> count;
    std::map<QString, int> words;
    for (const auto& t : tasks) {
        ++count[t.state];
        ++words[t.word];
    }
    const auto n = [&](JobState st) {
        const auto it = count.find(st);
        return it == count.end() ? 0 : it->second;
    };
    const auto has = [&](JobState st) { return n(st) > 0; };
    const int finals = n(JobState::Completed) + n(JobState::Failed) + n(JobState::Cancelled) + n(JobState::TimedOut);
    if (finals == int(tasks.size())) {
        s.state = has(JobState::Failed)      ? JobState::Failed
                  : has(JobState::TimedOut)  ? JobState::TimedOut
                  : has(JobState::Cancelled) ? JobState::Cancelled
                                             : JobState::Completed;
    } else if (has(JobState::Running) || (finals > 0 && has(JobState::Queued))) {
        s.state = JobState::Running;
    } else if (has(JobState::Queued)) {
        s.state = JobState::Queued;
    } else {
        s.state = JobState::Unknown;
    }
    QStringList parts;
    for (const auto& [word, n] : words) parts << QStringLiteral("%1 %2").arg(n).arg(word);
    s.backendState = QStringLiteral("%1 tasks: %2").arg(tasks.size()).arg(parts.join(QStringLiteral(", ")));
    return s;
}

CommandResult Scheduler::runChecked(const QString& command, std::chrono::milliseconds timeout)
{
    CommandResult r = host().run(command, timeout);
    if (!r.ok()) {
        const QString why = QString::fromUtf8(r.err + r.out).trimmed();
        throw RemoteError(QStringLiteral("%1: `%2` failed (status %3): %4")
                              .arg(host().describe(), command)
                              .arg(r.exitStatus)
                              .arg(why.isEmpty() ? QStringLiteral("no message") : why)
                              .toStdString());
    }
    return r;
}

void Scheduler::writeFile(const QString& remotePath, const QString& text)
{
    QTemporaryFile local;
    if (!local.open()) throw RemoteError("cannot create a temporary file for " + remotePath.toStdString());
    const QByteArray bytes = text.toUtf8();
    if (local.write(bytes) != bytes.size() || !local.flush())
        throw RemoteError("cannot write a temporary file for " + remotePath.toStdString());
    host().upload(local.fileName(), remotePath);
    runChecked(QStringLiteral("chmod 0755 ") + shellQuote(remotePath));
}

QString Scheduler::logTail(const QString& id, qint64 bytes)
{
    const QString path = stdoutPathOf(id);
    if (path.isEmpty()) return {};
    const CommandResult r =
        host().run(QStringLiteral("tail -c %1 %2 2>/dev/null").arg(std::max<qint64>(1, bytes)).arg(shellQuote(path)));
    return QString::fromUtf8(r.out);
}

std::unique_ptr<Scheduler> makeScheduler(const QString& kind, std::shared_ptr<RemoteHost> host)
{
    if (kind == QLatin1String("slurm")) return std::make_unique<SlurmScheduler>(std::move(host));
    if (kind == QLatin1String("pbs") || kind == QLatin1String("torque"))
        return std::make_unique<PbsScheduler>(std::move(host));
    throw RemoteError("unknown scheduler '" + kind.toStdString() + "' (use slurm or pbs)");
}

QString sanitizeJobName(const QString& name, int maxLength)
{
    QString out;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
                        u == '_' || u == '.';
        if (ok)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_')) out.chop(1);
    // PBS wants a leading letter; Slurm does not mind one.
    while (!out.isEmpty() && !out.front().isLetter()) out.remove(0, 1);
    if (out.isEmpty()) out = QStringLiteral("xrs-job");
    return out.left(std::max(1, maxLength));
}

}  // namespace xrs::remote
