#pragma once
// remote/Scheduler: a batch scheduler reached through a RemoteHost — submit a job script, ask what became of it,
// cancel it, read the tail of its log. SlurmScheduler and PbsScheduler implement it (LocalRunner stays the backend
// for jobs on this machine without a scheduler). Every call blocks on the host: use it from a worker thread.
// States are normalised to JobState; the scheduler's own word stays in SchedulerStatus::backendState.
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "Job.h"
#include "RemoteHost.h"

namespace xrs::remote {

struct SubmitOptions {
    QString workDir;     // where the script is written and the job starts (created when missing)
    QString scriptName;  // file name of the script in workDir
    QString afterOk;     // scheduler id this job waits for (afterok dependency); empty: none
    bool hold = false;   // submit held (released by release())
};

struct SchedulerStatus {
    JobState state = JobState::Unknown;
    QString backendState;              // "PENDING", "R", "2 tasks: 1 RUNNING, 1 COMPLETED" …
    QString reason;                    // why pending / how it ended, when the scheduler says
    std::optional<int> exitCode;       // when known (final states)
    std::optional<int> queuePosition;  // 1 = next to start; where the scheduler tells
    QString stdoutPath;                // the job's (first task's) stdout file on the host, when known
    int tasks = 1;                     // array tasks seen (1 for a plain job)
};

// One task's (or plain job's) raw state, for aggregation.
struct TaskState {
    JobState state = JobState::Unknown;
    QString word;  // the scheduler's word
};
// Array job: all completed → completed; any failed → failed (then timed out, cancelled); any running, or some done
// and some waiting → running; all waiting → queued. backendState summarises the words ("2 tasks: 1 RUNNING, …").
SchedulerStatus aggregateTasks(const std::vector<TaskState>& tasks);

class Scheduler {
public:
    explicit Scheduler(std::shared_ptr<RemoteHost> host) : m_host(std::move(host)) {}
    virtual ~Scheduler() = default;

    virtual QString kind() const = 0;  // "slurm", "pbs"
    RemoteHost& host() const { return *m_host; }
    std::shared_ptr<RemoteHost> hostPtr() const { return m_host; }

    // Writes `script` to workDir/scriptName on the host and submits it; returns the scheduler's job id.
    // Throws RemoteError with the scheduler's message when it refuses.
    virtual QString submit(const QString& script, const SubmitOptions& options) = 0;
    virtual SchedulerStatus status(const QString& id) = 0;
    virtual void cancel(const QString& id) = 0;
    virtual void release(const QString& id) = 0;  // lets a held job run
    // The last `bytes` of the job's stdout file ("" when the scheduler does not know it yet).
    QString logTail(const QString& id, qint64 bytes = 16384);

protected:
    // The job's stdout file on the host ("" when unknown); default: from status().
    virtual QString stdoutPathOf(const QString& id) { return status(id).stdoutPath; }
    // Runs and throws RemoteError (command + stderr) when the command fails.
    CommandResult runChecked(const QString& command, std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // Puts `text` into remotePath (executable) through a local temporary file and upload().
    void writeFile(const QString& remotePath, const QString& text);

private:
    std::shared_ptr<RemoteHost> m_host;
};

// "slurm" or "pbs" (torque wrappers count as pbs); throws RemoteError for others.
std::unique_ptr<Scheduler> makeScheduler(const QString& kind, std::shared_ptr<RemoteHost> host);

// A name the schedulers accept: letters, digits, '-', '_', '.', starting with a letter, at most 64 (Slurm) / 15
// (PBS Pro before 19: 15; we use 15 for PBS) characters; empty or all-invalid → "xrs-job".
QString sanitizeJobName(const QString& name, int maxLength = 64);

}  // namespace xrs::remote
