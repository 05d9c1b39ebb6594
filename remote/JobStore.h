#pragma once
// remote/JobStore: jobs submitted to clusters survive restarts — one SQLite file (Qt SQL) holding each job's JSON
// with its host, scheduler, scheduler ids, folders and the fetched and opened flags. One connection per JobStore
// object; use an object from one thread only (the monitor's worker opens its own). Several connections and processes
// may share the file (SQLite locking, busy time-out).
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "Job.h"

namespace xrs::remote {

struct StoredJob {
    Job job;
    QString host;              // host profile name
    QString scheduler;         // "slurm", "pbs"
    QStringList schedulerIds;  // the job's scheduler jobs in order (array job, then its merge job)
    QString remoteDir;         // the job's folder on the host
    QString localDir;          // where its outputs come back
    QStringList fetchFiles;    // files under remoteDir to pull back when it completes
    bool fetched = false;      // outputs are here (set once, with the completed state)
    bool opened = false;       // its results were shown after the fetch (set once, so they open once per job)

    // Still needs the monitor: not final yet, or completed with outputs not yet fetched.
    bool needsMonitoring() const { return !job.isFinished() || (job.state == JobState::Completed && !fetched); }
};

class JobStore {
public:
    // path empty: <AppDataLocation>/jobs.sqlite. Creates the file and table when missing; throws RemoteError when the
    // database cannot be opened.
    explicit JobStore(const QString& path = {});
    ~JobStore();
    JobStore(const JobStore&) = delete;
    JobStore& operator=(const JobStore&) = delete;

    static QString defaultPath();
    QString path() const { return m_path; }

    void put(const StoredJob& job);  // insert or replace (by job.id)
    std::optional<StoredJob> get(const QString& id) const;
    std::vector<StoredJob> all() const;     // oldest first
    std::vector<StoredJob> active() const;  // needsMonitoring()
    void remove(const QString& id);
    // Stores `job` as fetched in one transaction, only when it was not fetched before: true when this call did it.
    // The monitor fetches, then calls this; a second monitor (or a restart) finding it fetched does nothing.
    bool commitFetched(const StoredJob& job);
    // Marks a fetched job's results as opened, only when they were not before: true when this call did it (the one
    // caller that gets true opens them; restarts and other windows get false).
    bool commitOpened(const QString& id);
    // Fetched jobs whose results were never opened (e.g. fetched by a monitor that stopped before it could open them).
    std::vector<StoredJob> fetchedNotOpened() const;

private:
    QString m_path;
    QString m_connection;
};

}  // namespace xrs::remote
