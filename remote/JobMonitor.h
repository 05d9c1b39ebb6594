#pragma once
// remote/JobMonitor: keeps the job store's cluster jobs up to date. Polls each active job's scheduler with back-off
// (2 s after a change, doubling to 30 s while nothing changes), stores the new state, and when a job completes pulls
// its outputs back (RemoteHost::download, then an optional verification hook) and records it fetched in one
// transaction — a file already complete here is not downloaded again, and a job stored as fetched is never fetched
// again, so a monitor killed at any point and restarted fetches every job's outputs exactly once.
// A job that fails part-way (one of its scheduler jobs failed) has its remaining scheduler jobs cancelled.
// Runs on its own worker thread (start/stop) or one poll at a time in the caller's thread (pollOnce).
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "JobStore.h"
#include "Scheduler.h"

namespace xrs::remote {

class JobMonitor : public QObject {
    Q_OBJECT
public:
    // The scheduler for a stored job's host profile and scheduler kind (called once per pair, from the poll thread).
    using SchedulerFactory = std::function<std::unique_ptr<Scheduler>(const QString& host, const QString& scheduler)>;
    // Checks fetched outputs (in job.localDir); false with *why keeps the job unfetched and reports it.
    using Verifier = std::function<bool(const StoredJob& job, QString* why)>;

    JobMonitor(QString storePath, SchedulerFactory factory, QObject* parent = nullptr);
    ~JobMonitor() override;  // stops the worker

    void setIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    void setVerifier(Verifier verifier) { m_verify = std::move(verifier); }

    void start();  // polls on a worker thread until stop()
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Polls every job that is due (all of them when `force`), in the caller's thread. Returns how many jobs still need
    // monitoring.
    int pollOnce(bool force = false);

signals:
    // Emitted from the polling thread (connect with a queued connection into GUI code).
    void jobUpdated(const QString& id, const QString& state, const QString& backendState);
    void jobFetched(const QString& id);
    // After each poll of a job: where it waits in its scheduler's queue (1 = next), 0 when it does not (any more) or
    // the scheduler does not say. Not stored: it changes with every other job.
    void queuePositionChanged(const QString& id, int position);
    void problem(const QString& id, const QString& message);

private:
    struct Timing {
        std::chrono::steady_clock::time_point due;
        std::chrono::milliseconds interval{};
        QString lastState;
    };
    int poll(JobStore& store, bool force);
    void pollJob(JobStore& store, StoredJob job);
    void fetch(JobStore& store, StoredJob& job, Scheduler& scheduler);
    Scheduler& schedulerFor(const StoredJob& job);

    QString m_storePath;
    SchedulerFactory m_factory;
    Verifier m_verify;
    std::chrono::milliseconds m_first{2000}, m_longest{30000};
    std::mutex m_mutex;  // one poll at a time (worker vs pollOnce)
    std::map<QString, std::unique_ptr<Scheduler>> m_schedulers;
    std::map<QString, Timing> m_timing;
    std::jthread m_thread;
};

// Submits a script set (main job, then the merge job after it: afterok) into remoteDir and returns the stored job
// (saved in `store`) with its scheduler ids. `hold` submits the main job held.
StoredJob submitScriptSet(Scheduler& scheduler, JobStore& store, StoredJob job, const QString& mainScript,
                          const QString& mergeScript = {}, bool hold = false);

}  // namespace xrs::remote
