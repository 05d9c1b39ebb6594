// remote/PbsScheduler: qsub / qstat / qdel / qrls on the host; PBS Pro JSON and classic text parsed here.
#include "PbsScheduler.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "ShellQuote.h"

namespace xrs::remote {

namespace {

// PBS Pro's Exit_status for a job killed for exceeding its walltime (JOB_EXEC_KILL_WALLTIME).
constexpr int kExitWalltime = -29;
// Statuses above 256 mean "killed by signal (status − 256)"; qdel of a running job sends SIGTERM.
constexpr int kSignalBase = 256;

// "host:/path/job.o123" → "/path/job.o123".
QString stripHost(const QString& path)
{
    const qsizetype colon = path.indexOf(u':');
    return colon > 0 && !path.left(colon).contains(u'/') ? path.mid(colon + 1) : path;
}

// Builds a status from the attributes every format shares.
SchedulerStatus fromAttributes(const QString& letter, std::optional<int> exitStatus, const QString& outputPath,
                               const QString& comment, const QString& arrayCounts)
{
    SchedulerStatus s;
    s.state = PbsScheduler::mapState(letter, exitStatus);
    s.backendState = letter;
    s.reason = comment;
    s.stdoutPath = stripHost(outputPath);
    if (isFinal(s.state)) s.exitCode = exitStatus;
    if (!arrayCounts.isEmpty()) {
        // "Queued:0 Running:2 Exiting:0 Expired:1" → the number of subjobs; shown next to the letter.
        int total = 0;
        for (const QString& kv : arrayCounts.split(u' ', Qt::SkipEmptyParts)) total += kv.section(u':', 1).toInt();
        s.tasks = std::max(1, total);
        s.backendState = letter + QStringLiteral(" (") + arrayCounts.simplified() + u')';
    }
    return s;
}

// PBS times are ctime(3)-like: "Sat Nov 21 01:02:03 2026" (the day may be padded with a space).
QDateTime pbsTime(const QString& text)
{
    return QDateTime::fromString(text.simplified(), QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
}

// "201.server" and "201" name the same job; so do "201[].server" and "201[]".
QString jobNumber(const QString& id)
{
    return id.section(u'.', 0, 0);
}

QJsonObject jobsOf(const QByteArray& out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    return doc.isObject() ? doc.object().value(QStringLiteral("Jobs")).toObject() : QJsonObject();
}

}  // namespace

JobState PbsScheduler::mapState(const QString& letter, std::optional<int> exitStatus)
{
    const QString l = letter.trimmed().toUpper();
    if (l == u"Q" || l == u"H" || l == u"W" || l == u"T") return JobState::Queued;
    if (l == u"R" || l == u"E" || l == u"B" || l == u"S" || l == u"U") return JobState::Running;
    if (l == u"M") return JobState::Unknown;  // moved to another server: no longer tracked here
    if (l == u"F" || l == u"X" || l == u"C") {
        if (!exitStatus) return l == u"C" ? JobState::Completed : JobState::Cancelled;  // F without a run: deleted
        if (*exitStatus == 0) return JobState::Completed;
        if (*exitStatus == kExitWalltime) return JobState::TimedOut;
        if (*exitStatus == kSignalBase + 15) return JobState::Cancelled;
        return JobState::Failed;
    }
    return JobState::Unknown;
}

std::optional<SchedulerStatus> PbsScheduler::parseJson(const QByteArray& out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) return std::nullopt;
    const QJsonObject jobs = doc.object().value(QStringLiteral("Jobs")).toObject();
    if (jobs.isEmpty()) return std::nullopt;
    const QJsonObject job = jobs.begin().value().toObject();
    const QString letter = job.value(QStringLiteral("job_state")).toString();
    if (letter.isEmpty()) return std::nullopt;
    std::optional<int> exitStatus;
    if (const QJsonValue v = job.value(QStringLiteral("Exit_status")); !v.isUndefined()) {
        // Numbers in PBS's JSON; older versions quote them.
        bool ok = v.isDouble();
        const int e = ok ? v.toInt() : v.toString().toInt(&ok);
        if (ok) exitStatus = e;
    }
    return fromAttributes(letter, exitStatus, job.value(QStringLiteral("Output_Path")).toString(),
                          job.value(QStringLiteral("comment")).toString(),
                          job.value(QStringLiteral("array_state_count")).toString());
}

std::optional<SchedulerStatus> PbsScheduler::parseText(const QByteArray& out)
{
    static const QRegularExpression attribute(QStringLiteral("^\\s+([A-Za-z_][\\w.]*) = ?(.*)$"));
    std::map<QString, QString> a;
    QString last;
    bool inJob = false;
    for (const QString& line : QString::fromUtf8(out).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Job Id:"))) {
            if (inJob) break;  // the first job only
            inJob = true;
            continue;
        }
        if (!inJob || line.trimmed().isEmpty()) continue;
        if (const auto m = attribute.match(line); m.hasMatch()) {
            last = m.captured(1);
            a[last] = m.captured(2).trimmed();
        } else if (!last.isEmpty() && (line.startsWith(u'\t') || line.startsWith(u' '))) {
            a[last] += line.trimmed();  // long values continue on tab-indented lines
        }
    }
    const auto it = a.find(QStringLiteral("job_state"));
    if (it == a.end() || it->second.isEmpty()) return std::nullopt;
    std::optional<int> exitStatus;
    for (const char* key : {"Exit_status", "exit_status"}) {
        if (const auto e = a.find(QString::fromLatin1(key)); e != a.end()) {
            bool ok = false;
            const int v = e->second.toInt(&ok);
            if (ok) exitStatus = v;
        }
    }
    return fromAttributes(it->second, exitStatus, a[QStringLiteral("Output_Path")], a[QStringLiteral("comment")],
                          a[QStringLiteral("array_state_count")]);
}

QString PbsScheduler::submit(const QString& script, const SubmitOptions& options)
{
    const QString dir = options.workDir.isEmpty() ? QStringLiteral(".") : options.workDir;
    const QString name = options.scriptName.isEmpty() ? QStringLiteral("job.sh") : options.scriptName;
    runChecked(QStringLiteral("mkdir -p -- ") + shellQuote(dir));
    writeFile(dir + u'/' + name, script);
    QStringList args{QStringLiteral("qsub")};
    if (options.hold) args << QStringLiteral("-h");
    if (!options.afterOk.isEmpty()) args << QStringLiteral("-W") << QStringLiteral("depend=afterok:") + options.afterOk;
    args << name;
    const CommandResult r =
        runChecked(QStringLiteral("cd ") + shellQuote(dir) + QStringLiteral(" && ") + shellJoin(args));
    const QString id = QString::fromUtf8(r.out).trimmed().section(u'\n', -1).trimmed();
    static const QRegularExpression jobId(QStringLiteral("^\\d+(\\[\\d*\\])?(\\.[\\w.-]+)?$"));
    if (!jobId.match(id).hasMatch())
        throw RemoteError("qsub did not print a job id: " + QString::fromUtf8(r.out + r.err).toStdString());
    return id;
}

std::optional<int> PbsScheduler::queuePosition(const QByteArray& jobsJson, const QString& id)
{
    struct Queued {
        QString number;
        double priority = 0;
        QDateTime qtime, estimate;
    };
    const QJsonObject jobs = jobsOf(jobsJson);
    QString queue;
    for (auto it = jobs.begin(); it != jobs.end(); ++it)
        if (it.key() == id || jobNumber(it.key()) == jobNumber(id)) {
            const QJsonObject job = it.value().toObject();
            if (job.value(QStringLiteral("job_state")).toString() != u"Q") return std::nullopt;
            queue = job.value(QStringLiteral("queue")).toString();
        }
    if (queue.isNull()) return std::nullopt;
    std::vector<Queued> queued;
    bool allEstimated = true;
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        const QJsonObject job = it.value().toObject();
        if (job.value(QStringLiteral("job_state")).toString() != u"Q" ||
            job.value(QStringLiteral("queue")).toString() != queue)
            continue;
        Queued q;
        q.number = jobNumber(it.key());
        // A number in PBS's JSON; older versions quote it.
        const QJsonValue p = job.value(QStringLiteral("Priority"));
        q.priority = p.isDouble() ? p.toDouble() : p.toString().toDouble();
        q.qtime = pbsTime(job.value(QStringLiteral("qtime")).toString());
        q.estimate =
            pbsTime(job.value(QStringLiteral("estimated")).toObject().value(QStringLiteral("start_time")).toString());
        allEstimated = allEstimated && q.estimate.isValid();
        queued.push_back(q);
    }
    // Job numbers as numbers ("99" before "100"; "305[]" is array job 305).
    const auto numberLess = [](const QString& a, const QString& b) {
        return a.section(u'[', 0, 0).toLongLong() < b.section(u'[', 0, 0).toLongLong();
    };
    std::stable_sort(queued.begin(), queued.end(), [&](const Queued& a, const Queued& b) {
        if (allEstimated && a.estimate != b.estimate) return a.estimate < b.estimate;
        if (a.priority != b.priority) return a.priority > b.priority;
        if (a.qtime != b.qtime) return a.qtime < b.qtime;
        return numberLess(a.number, b.number);
    });
    for (std::size_t i = 0; i < queued.size(); ++i)
        if (queued[i].number == jobNumber(id)) return int(i) + 1;
    return std::nullopt;
}

SchedulerStatus PbsScheduler::status(const QString& id)
{
    const QString qid = shellQuote(id);
    // -x: finished jobs from the server's history too.
    if (const CommandResult j = host().run(QStringLiteral("qstat -f -F json -x %1 2>/dev/null").arg(qid)); j.ok()) {
        if (auto s = parseJson(j.out)) {
            if (s->state == JobState::Queued && s->backendState == u"Q") {
                // Asked only while it waits: the jobs of its queue (a destination), where it stands among them.
                const QString queue =
                    jobsOf(j.out).begin().value().toObject().value(QStringLiteral("queue")).toString();
                if (!queue.isEmpty()) {
                    const CommandResult all =
                        host().run(QStringLiteral("qstat -f -F json %1 2>/dev/null").arg(shellQuote(queue)));
                    if (all.ok()) s->queuePosition = queuePosition(all.out, id);
                }
            }
            return *s;
        }
    }
    QByteArray errors;
    for (const QString& flags : {QStringLiteral("-f -x"), QStringLiteral("-f")}) {
        const CommandResult t = host().run(QStringLiteral("qstat %1 %2").arg(flags, qid));
        if (t.ok())
            if (auto s = parseText(t.out)) return *s;
        errors = t.err;
    }
    SchedulerStatus s;
    s.backendState = QStringLiteral("not found");
    s.reason = QString::fromUtf8(errors).trimmed();
    return s;
}

void PbsScheduler::cancel(const QString& id)
{
    runChecked(QStringLiteral("qdel ") + shellQuote(id));
}

void PbsScheduler::release(const QString& id)
{
    runChecked(QStringLiteral("qrls ") + shellQuote(id));
}

}  // namespace xrs::remote
