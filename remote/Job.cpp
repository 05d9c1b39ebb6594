// remote/Job: job value type, state names, JSON persistence and locating the xrs CLI.
#include "Job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <array>
#include <utility>

namespace xrs::remote {

namespace {

constexpr std::array<std::pair<JobState, const char*>, 7> kStateNames{{
    {JobState::Queued, "queued"},
    {JobState::Running, "running"},
    {JobState::Completed, "completed"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::TimedOut, "timed-out"},
    {JobState::Unknown, "unknown"},
}};

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const auto& s : list) a.append(s);
    return a;
}

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const auto& e : v.toArray()) out.append(e.toString());
    return out;
}

QString toText(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QDateTime toDateTime(const QJsonValue& v)
{
    const auto s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

bool isExecutableFile(const QString& path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.isExecutable();
}

// Quotes an argument for display when it holds characters a shell would split on.
QString shellQuoted(const QString& arg)
{
    if (!arg.isEmpty() && !arg.contains(QRegularExpression(QStringLiteral("[\\s'\"\\\\$`]")))) return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

}  // namespace

QString jobStateName(JobState state)
{
    for (const auto& [s, name] : kStateNames)
        if (s == state) return QString::fromLatin1(name);
    return QStringLiteral("unknown");
}

QString jobStateDisplayName(JobState state)
{
    // Literal calls, so that lupdate finds the words (context "xrs::remote::Job").
    switch (state) {
        case JobState::Queued: return QCoreApplication::translate("xrs::remote::Job", "queued");
        case JobState::Running: return QCoreApplication::translate("xrs::remote::Job", "running");
        case JobState::Completed: return QCoreApplication::translate("xrs::remote::Job", "completed");
        case JobState::Failed: return QCoreApplication::translate("xrs::remote::Job", "failed");
        case JobState::Cancelled: return QCoreApplication::translate("xrs::remote::Job", "cancelled");
        case JobState::TimedOut: return QCoreApplication::translate("xrs::remote::Job", "timed out");
        case JobState::Unknown: break;
    }
    return QCoreApplication::translate("xrs::remote::Job", "unknown");
}

std::optional<JobState> parseJobState(const QString& name)
{
    for (const auto& [s, n] : kStateNames)
        if (name == QLatin1String(n)) return s;
    return std::nullopt;
}

bool isFinal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed || state == JobState::Cancelled ||
           state == JobState::TimedOut;
}

QString xrsExecutable()
{
    const QString env = qEnvironmentVariable("XRS_CLI");
    if (!env.isEmpty()) return env;
    // applicationDirPath() needs an application object; without one only PATH is left.
    if (QCoreApplication::instance()) {
        const QDir appDir(QCoreApplication::applicationDirPath());
        for (const QString& candidate : {appDir.filePath(QStringLiteral("xrs")),
                                         appDir.filePath(QStringLiteral("../engine/cli/xrs"))}) {
            if (isExecutableFile(candidate)) return QDir::cleanPath(candidate);
        }
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("xrs"));
    return onPath.isEmpty() ? QStringLiteral("xrs") : onPath;
}

Job Job::xrs(const QString& kind, const QString& title, const QStringList& subcommandArguments)
{
    Job job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.kind = kind;
    job.title = title;
    job.arguments = subcommandArguments;
    job.created = QDateTime::currentDateTimeUtc();
    return job;
}

Job Job::command(const QString& title, const QString& program, const QStringList& arguments)
{
    Job job = xrs(QStringLiteral("command"), title, arguments);
    job.program = program;
    return job;
}

QString Job::effectiveProgram() const { return isXrs() ? xrsExecutable() : program; }

QStringList Job::effectiveArguments() const
{
    if (!isXrs()) return arguments;
    static const QString kProgressFlag = QStringLiteral("--progress=lines");
    // The flag is global: it must come before the subcommand.
    if (!arguments.isEmpty() && arguments.front() == kProgressFlag) return arguments;
    return QStringList{kProgressFlag} + arguments;
}

QString Job::commandLine() const
{
    QStringList parts{shellQuoted(isXrs() ? QStringLiteral("xrs") : program)};
    for (const auto& a : effectiveArguments()) parts.append(shellQuoted(a));
    return parts.join(QLatin1Char(' '));
}

void Job::appendLog(const QString& line)
{
    log.append(line);
    if (log.size() > kMaxLogLines) log.remove(0, log.size() - kMaxLogLines);
}

QJsonObject Job::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("kind")] = kind;
    o[QStringLiteral("title")] = title;
    o[QStringLiteral("program")] = program;
    o[QStringLiteral("arguments")] = toArray(arguments);
    o[QStringLiteral("inputs")] = toArray(inputs);
    o[QStringLiteral("expectedOutputs")] = toArray(expectedOutputs);
    o[QStringLiteral("workingDirectory")] = workingDirectory;
    o[QStringLiteral("timeLimitSeconds")] = timeLimitSeconds;
    o[QStringLiteral("state")] = jobStateName(state);
    o[QStringLiteral("backendState")] = backendState;
    o[QStringLiteral("progress")] = progress;
    o[QStringLiteral("message")] = message;
    if (exitCode) o[QStringLiteral("exitCode")] = *exitCode;
    o[QStringLiteral("error")] = error;
    o[QStringLiteral("log")] = toArray(log);
    o[QStringLiteral("created")] = toText(created);
    o[QStringLiteral("started")] = toText(started);
    o[QStringLiteral("finished")] = toText(finished);
    return o;
}

Job Job::fromJson(const QJsonObject& json)
{
    Job job;
    job.id = json.value(QStringLiteral("id")).toString();
    job.kind = json.value(QStringLiteral("kind")).toString();
    job.title = json.value(QStringLiteral("title")).toString();
    job.program = json.value(QStringLiteral("program")).toString();
    job.arguments = toStringList(json.value(QStringLiteral("arguments")));
    job.inputs = toStringList(json.value(QStringLiteral("inputs")));
    job.expectedOutputs = toStringList(json.value(QStringLiteral("expectedOutputs")));
    job.workingDirectory = json.value(QStringLiteral("workingDirectory")).toString();
    job.timeLimitSeconds = json.value(QStringLiteral("timeLimitSeconds")).toInt();
    const auto stateValue = json.value(QStringLiteral("state"));
    job.state = stateValue.isUndefined() ? JobState::Queued
                                         : parseJobState(stateValue.toString()).value_or(JobState::Unknown);
    job.backendState = json.value(QStringLiteral("backendState")).toString();
    job.progress = json.value(QStringLiteral("progress")).toDouble();
    job.message = json.value(QStringLiteral("message")).toString();
    if (const auto ec = json.value(QStringLiteral("exitCode")); ec.isDouble()) job.exitCode = ec.toInt();
    job.error = json.value(QStringLiteral("error")).toString();
    job.log = toStringList(json.value(QStringLiteral("log")));
    job.created = toDateTime(json.value(QStringLiteral("created")));
    job.started = toDateTime(json.value(QStringLiteral("started")));
    job.finished = toDateTime(json.value(QStringLiteral("finished")));
    return job;
}

}  // namespace xrs::remote
