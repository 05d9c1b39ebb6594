#pragma once
// remote/Job: the one job model shared by every backend (local subprocess now, Slurm/PBS later).
// A Job is a plain value: what to run (an `xrs` command line), what it reads and must produce, and what became of it
// (state, progress, exit code, error line, log, timestamps). Backends own the running; the GUI and the job store only
// see Jobs, so a job looks the same wherever it ran. toJson()/fromJson() persist it.
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace xrs::remote {

enum class JobState { Queued, Running, Completed, Failed, Cancelled, TimedOut, Unknown };

QString jobStateName(JobState state);                      // "queued", "running", … (stable: used in JSON)
QString jobStateDisplayName(JobState state);               // the same word in the user's language (for views)
std::optional<JobState> parseJobState(const QString& name);  // inverse of jobStateName
bool isFinal(JobState state);                              // nothing more will happen to the job

// The xrs CLI: env XRS_CLI, else `xrs` next to the application binary, else the build tree's ../engine/cli/xrs
// relative to the application directory, else "xrs" (found on PATH when started).
QString xrsExecutable();

struct Job {
    // Lines kept in `log`; older lines are dropped so a chatty job cannot grow memory without bound.
    static constexpr int kMaxLogLines = 20000;

    QString id;     // QUuid without braces
    QString kind;   // "demo", "recon", "fuse", "train", "denoise", "convert", … ("command" for arbitrary programs)
    QString title;  // for people

    // What to run. An empty program means the xrs CLI: the backend resolves its own executable and puts the global
    // flag --progress=lines first, so `arguments` hold only the subcommand and its options ("demo", DIR).
    QString program;
    QStringList arguments;
    QStringList inputs;            // files the job reads (for staging to remote hosts later)
    QStringList expectedOutputs;   // files that must exist for the job to count as completed
    QString workingDirectory;      // empty: the runner's current directory; relative outputs resolve against it
    int timeLimitSeconds = 0;      // 0: none; past it the job is stopped and becomes TimedOut

    JobState state = JobState::Queued;
    QString backendState;  // the backend's own word ("running", "PENDING", "R", "exit 1" …)
    double progress = 0.0; // fraction 0..1
    QString message;       // last progress message
    std::optional<int> exitCode;
    QString error;         // one line saying why it failed ("xrs: error: …")
    QStringList log;       // stdout and stderr lines, in arrival order
    QDateTime created, started, finished;

    // A new xrs job with a fresh id and the creation time set.
    static Job xrs(const QString& kind, const QString& title, const QStringList& subcommandArguments);
    // A new job running any program (tests, helper scripts).
    static Job command(const QString& title, const QString& program, const QStringList& arguments);

    bool isXrs() const { return program.isEmpty(); }
    // What a local runner starts: the resolved program and the full argument list (with --progress=lines for xrs).
    QString effectiveProgram() const;
    QStringList effectiveArguments() const;
    // The command line as one shell-like line (for logs and tooltips).
    QString commandLine() const;

    QString stateName() const { return jobStateName(state); }
    QString stateDisplayName() const { return jobStateDisplayName(state); }
    bool isFinished() const { return isFinal(state); }
    void appendLog(const QString& line);

    QJsonObject toJson() const;
    // Fields that are absent keep their defaults; an unknown state name reads as Unknown.
    static Job fromJson(const QJsonObject& json);

    bool operator==(const Job&) const = default;
};

}  // namespace xrs::remote
