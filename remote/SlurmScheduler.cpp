// remote/SlurmScheduler: sbatch / squeue / scontrol / scancel on the host, output parsed here.
#include "SlurmScheduler.h"

#include <QRegularExpression>

#include "ShellQuote.h"

namespace xrs::remote {

namespace {

// Tasks named by a pending array range "ID_[0-3,7,9-15:2%4]" (the %N throttle is not a count).
int countRange(const QString& inside)
{
    int n = 0;
    for (const QString& part : inside.section(u'%', 0, 0).split(u',', Qt::SkipEmptyParts)) {
        const QString range = part.section(u':', 0, 0);
        const int step = std::max(1, part.contains(u':') ? part.section(u':', 1).toInt() : 1);
        const int dash = int(range.indexOf(u'-'));
        if (dash < 0) {
            ++n;
            continue;
        }
        const int a = range.left(dash).toInt(), b = range.mid(dash + 1).toInt();
        n += b >= a ? (b - a) / step + 1 : 1;
    }
    return std::max(1, n);
}

QString field(const QString& line, const QString& key)
{
    // Values may hold spaces (paths); a value runs until the next " Key=".
    const QRegularExpression re(QStringLiteral("(?:^| )%1=(.*?)(?= [A-Za-z_:]+=|$)").arg(key));
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

}  // namespace

JobState SlurmScheduler::mapState(const QString& word)
{
    const QString w = word.section(u' ', 0, 0).trimmed().toUpper();
    if (w == u"PENDING" || w == u"CONFIGURING" || w == u"REQUEUED" || w == u"REQUEUE_HOLD" || w == u"REQUEUE_FED" ||
        w == u"RESV_DEL_HOLD")
        return JobState::Queued;
    if (w == u"RUNNING" || w == u"COMPLETING" || w == u"SUSPENDED" || w == u"STOPPED" || w == u"SIGNALING" ||
        w == u"STAGE_OUT" || w == u"RESIZING")
        return JobState::Running;
    if (w == u"COMPLETED") return JobState::Completed;
    if (w == u"CANCELLED" || w == u"REVOKED") return JobState::Cancelled;
    if (w == u"TIMEOUT" || w == u"DEADLINE") return JobState::TimedOut;
    if (w == u"FAILED" || w == u"NODE_FAIL" || w == u"BOOT_FAIL" || w == u"OUT_OF_MEMORY" || w == u"PREEMPTED" ||
        w == u"SPECIAL_EXIT")
        return JobState::Failed;
    return JobState::Unknown;
}

std::vector<TaskState> SlurmScheduler::parseSqueue(const QByteArray& out, QString* reason)
{
    std::vector<TaskState> tasks;
    for (const QString& raw : QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = raw.trimmed().split(u'|');
        if (f.size() < 2) continue;
        const QString& id = f[0];
        int n = 1;
        if (const qsizetype b = id.indexOf(QStringLiteral("_[")); b >= 0 && id.endsWith(u']'))
            n = countRange(id.mid(b + 2, id.size() - b - 3));
        if (reason && reason->isEmpty() && f.size() > 2 && f[2] != u"None") *reason = f[2];
        for (int i = 0; i < n; ++i) tasks.push_back({mapState(f[1]), f[1].section(u' ', 0, 0)});
    }
    return tasks;
}

SchedulerStatus SlurmScheduler::parseScontrol(const QByteArray& out)
{
    std::vector<TaskState> tasks;
    QString stdoutPath, reason;
    std::optional<int> exitCode;
    for (const QString& line : QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts)) {
        const QString state = field(line, QStringLiteral("JobState"));
        if (state.isEmpty()) continue;
        tasks.push_back({mapState(state), state.section(u' ', 0, 0)});
        if (stdoutPath.isEmpty()) stdoutPath = field(line, QStringLiteral("StdOut"));
        if (reason.isEmpty()) {
            const QString r = field(line, QStringLiteral("Reason"));
            if (r != u"None") reason = r;
        }
        // ExitCode=status:signal; the worst task's status is the job's.
        const QString ec = field(line, QStringLiteral("ExitCode"));
        if (!ec.isEmpty()) {
            const int status = ec.section(u':', 0, 0).toInt(), signal = ec.section(u':', 1, 1).toInt();
            const int code = signal != 0 ? 128 + signal : status;
            if (!exitCode || code != 0) exitCode = code;
        }
    }
    SchedulerStatus s = aggregateTasks(tasks);
    s.stdoutPath = stdoutPath;
    s.reason = reason;
    if (isFinal(s.state)) s.exitCode = exitCode;
    return s;
}

QString SlurmScheduler::submit(const QString& script, const SubmitOptions& options)
{
    const QString dir = options.workDir.isEmpty() ? QStringLiteral(".") : options.workDir;
    const QString name = options.scriptName.isEmpty() ? QStringLiteral("job.sh") : options.scriptName;
    runChecked(QStringLiteral("mkdir -p -- ") + shellQuote(dir));
    writeFile(dir + u'/' + name, script);
    QStringList args{QStringLiteral("sbatch"), QStringLiteral("--parsable")};
    if (options.hold) args << QStringLiteral("--hold");
    if (!options.afterOk.isEmpty()) args << QStringLiteral("--dependency=afterok:") + options.afterOk;
    args << name;
    const CommandResult r =
        runChecked(QStringLiteral("cd ") + shellQuote(dir) + QStringLiteral(" && ") + shellJoin(args));
    // --parsable: "ID" or "ID;cluster".
    const QString id = QString::fromUtf8(r.out).trimmed().section(u'\n', -1).section(u';', 0, 0).trimmed();
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    if (!number.match(id).hasMatch())
        throw RemoteError("sbatch did not print a job id: " + QString::fromUtf8(r.out + r.err).toStdString());
    return id;
}

SchedulerStatus SlurmScheduler::status(const QString& id)
{
    const QString qid = shellQuote(id);
    // -t all: finished jobs stay listed (until MinJobAge); without it squeue prints nothing for them.
    const CommandResult q = host().run(QStringLiteral("squeue -h -t all -j %1 -o '%i|%T|%r'").arg(qid));
    QString reason;
    const std::vector<TaskState> tasks = q.ok() ? parseSqueue(q.out, &reason) : std::vector<TaskState>{};
    SchedulerStatus s;
    const bool listed = !tasks.empty();
    if (listed) {
        s = aggregateTasks(tasks);
        s.reason = reason;
    }
    // scontrol knows the exit code and the stdout file, and jobs squeue has dropped; asked only when needed (one
    // command per poll while a job waits or runs).
    if (!listed || isFinal(s.state)) {
        const CommandResult c = host().run(QStringLiteral("scontrol -o show job %1").arg(qid));
        if (c.ok()) {
            const SchedulerStatus detail = parseScontrol(c.out);
            if (!listed) s = detail;
            s.stdoutPath = detail.stdoutPath;
            if (isFinal(s.state)) s.exitCode = detail.exitCode;
        } else if (!listed) {
            s.state = JobState::Unknown;
            s.backendState = QStringLiteral("not found");
            s.reason = QString::fromUtf8(c.err + q.err).trimmed();
            return s;
        }
    }
    if (s.state == JobState::Queued) {
        // Pending jobs in the order the scheduler will consider them (priority, then id).
        const CommandResult p = host().run(QStringLiteral("squeue -h -t PENDING --sort=-p,i -o %i"));
        if (p.ok()) {
            const QStringList ids = QString::fromUtf8(p.out).split(u'\n', Qt::SkipEmptyParts);
            for (int i = 0; i < ids.size(); ++i) {
                const QString& pid = ids[i].trimmed();
                if (pid == id || pid.startsWith(id + u'_')) {
                    s.queuePosition = i + 1;
                    break;
                }
            }
        }
    }
    return s;
}

QString SlurmScheduler::stdoutPathOf(const QString& id)
{
    const CommandResult c = host().run(QStringLiteral("scontrol -o show job %1").arg(shellQuote(id)));
    return c.ok() ? parseScontrol(c.out).stdoutPath : QString();
}

void SlurmScheduler::cancel(const QString& id)
{
    runChecked(QStringLiteral("scancel ") + shellQuote(id));
}

void SlurmScheduler::release(const QString& id)
{
    runChecked(QStringLiteral("scontrol release ") + shellQuote(id));
}

}  // namespace xrs::remote
