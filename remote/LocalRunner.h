#pragma once
// remote/LocalRunner: runs Jobs on this machine as QProcess subprocesses, driven by the event loop (never blocks).
// Owns the jobs it was given and their processes. Parses the xrs CLI's machine-readable stderr:
//   XRS-PROGRESS <fraction> <message>   → progress (not logged)
//   xrs: error: <reason>                → the job's error line (also logged)
// every other stdout/stderr line goes to the job's log. A job is Completed only when it exits with code 0 and every
// expected output exists. Cancel sends SIGTERM to the job's process group, then SIGKILL after a grace period.
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

#include "Job.h"

class QProcess;

namespace xrs::remote {

class LocalRunner : public QObject {
    Q_OBJECT
public:
    explicit LocalRunner(QObject* parent = nullptr);
    ~LocalRunner() override;  // kills jobs still running

    // Takes the job (a fresh id when it has none), queues it and starts it when a slot is free. Returns the id.
    QString submit(Job job);
    // Adds a job that ran before (a restored session's history) as it is: never started. A job that was not finished
    // becomes Unknown. Returns the id.
    QString addRecord(Job job);
    // Queued jobs are cancelled at once; running ones are stopped (terminate, then kill after the grace period).
    void cancel(const QString& id);

    std::optional<Job> job(const QString& id) const;
    QStringList jobIds() const;  // in submission order
    int runningCount() const;

    // How many jobs run at once (default 1: jobs are heavy and use every core themselves).
    void setMaxParallel(int n);
    int maxParallel() const { return m_maxParallel; }
    // Time between terminate and kill on cancel or time-out.
    void setCancelGraceMs(int ms) { m_graceMs = ms; }
    int cancelGraceMs() const { return m_graceMs; }

signals:
    void jobAdded(const QString& id);
    void jobChanged(const QString& id);  // state, progress or error changed
    void progress(const QString& id, double fraction, const QString& message);
    void logLine(const QString& id, const QString& line);
    void finished(const QString& id);  // reached a final state

private:
    struct Entry {
        Job job;
        QProcess* process = nullptr;  // Qt child of the runner while running; deleteLater'd when done
        QByteArray stdoutTail;        // bytes after the last line end
        QByteArray stderrTail;
        bool cancelRequested = false;
        bool timedOut = false;
    };

    void startQueued();
    void start(Entry& entry);
    void stop(Entry& entry);
    void drain(const QString& id, bool fromStderr, bool flush);
    void handleLine(Entry& entry, const QString& line, bool fromStderr);
    void finish(const QString& id, int exitCode, bool crashed);
    void failToStart(const QString& id, const QString& reason);
    void complete(Entry& entry, JobState state);
    Entry* find(const QString& id);
    const Entry* find(const QString& id) const;

    std::map<QString, Entry> m_entries;  // node-based: references stay valid while others are added
    QStringList m_order;
    int m_maxParallel = 1;
    int m_graceMs = 3000;
};

}  // namespace xrs::remote
