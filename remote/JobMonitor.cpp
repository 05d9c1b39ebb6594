// remote/JobMonitor: polling with back-off, state updates, one-time output fetch.
#include "JobMonitor.h"

#include <QDir>
#include <QFileInfo>

#include "ShellQuote.h"

namespace xrs::remote {

JobMonitor::JobMonitor(QString storePath, SchedulerFactory factory, QObject* parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_factory(std::move(factory))
{
}

JobMonitor::~JobMonitor()
{
    stop();
}

void JobMonitor::setIntervals(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    std::lock_guard lock(m_mutex);
    m_first = std::max(std::chrono::milliseconds(1), first);
    m_longest = std::max(m_first, longest);
}

void JobMonitor::start()
{
    if (m_thread.joinable()) return;
    m_thread = std::jthread([this](std::stop_token stop) {
        // The store's connection belongs to this thread.
        JobStore store(m_storePath);
        while (!stop.stop_requested()) {
            try {
                poll(store, false);
            } catch (const std::exception& e) {
                emit problem(QString(), QString::fromUtf8(e.what()));
            }
            // Short sleeps: stop() answers quickly; poll() itself decides which jobs are due.
            for (int i = 0; i < 10 && !stop.stop_requested(); ++i)
                std::this_thread::sleep_for(
                    std::min<std::chrono::milliseconds>(m_first / 4, std::chrono::milliseconds(100)));
        }
    });
}

void JobMonitor::stop()
{
    if (!m_thread.joinable()) return;
    m_thread.request_stop();
    m_thread.join();
    m_thread = {};
    // Schedulers were made on the worker; a new start (or pollOnce) makes new ones.
    std::lock_guard lock(m_mutex);
    m_schedulers.clear();
}

int JobMonitor::pollOnce(bool force)
{
    JobStore store(m_storePath);
    return poll(store, force);
}

int JobMonitor::poll(JobStore& store, bool force)
{
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    int active = 0;
    for (StoredJob& job : store.active()) {
        ++active;
        Timing& t = m_timing[job.job.id];
        if (!force && t.interval.count() > 0 && now < t.due) continue;
        const QString id = job.job.id;
        try {
            pollJob(store, std::move(job));
        } catch (const std::exception& e) {
            // The host may be unreachable for a while: try again later, not at once.
            t.interval = std::min(m_longest, std::max(m_first, t.interval * 2));
            t.due = now + t.interval;
            emit problem(id, QString::fromUtf8(e.what()));
        }
    }
    return active;
}

Scheduler& JobMonitor::schedulerFor(const StoredJob& job)
{
    const QString key = job.host + u'\n' + job.scheduler;
    auto& s = m_schedulers[key];
    if (!s) s = m_factory(job.host, job.scheduler);
    if (!s) throw RemoteError("no scheduler for host '" + job.host.toStdString() + "'");
    return *s;
}

void JobMonitor::pollJob(JobStore& store, StoredJob job)
{
    Scheduler& scheduler = schedulerFor(job);
    Job& j = job.job;
    const QString id = j.id;
    if (!j.isFinished()) {
        std::vector<TaskState> parts;
        std::vector<SchedulerStatus> statuses;
        for (const QString& sid : job.schedulerIds) {
            statuses.push_back(scheduler.status(sid));
            parts.push_back({statuses.back().state, statuses.back().backendState});
        }
        SchedulerStatus s = aggregateTasks(parts);
        // Where it waits and why: the first scheduler job that says (the main job before its merge job).
        for (const SchedulerStatus& st : statuses) {
            if (!s.queuePosition && st.state == JobState::Queued) s.queuePosition = st.queuePosition;
            if (s.reason.isEmpty()) s.reason = st.reason;
        }
        if (s.state != JobState::Queued) s.queuePosition.reset();
        // A scheduler job pending on a dependency that failed would wait for ever: the job has failed.
        if (s.state == JobState::Running && std::any_of(parts.begin(), parts.end(), [](const TaskState& p) {
                return p.state == JobState::Failed || p.state == JobState::Cancelled || p.state == JobState::TimedOut;
            })) {
            s.state = JobState::Failed;
            for (const auto& p : parts)
                if (p.state == JobState::Cancelled || p.state == JobState::TimedOut) s.state = p.state;
        }
        if (job.schedulerIds.size() > 1) {
            // "4: 2 tasks: 2 COMPLETED; 5: RUNNING" — each scheduler job in its own words.
            QStringList words;
            for (std::size_t i = 0; i < statuses.size(); ++i)
                words << job.schedulerIds[int(i)] + QStringLiteral(": ") + statuses[i].backendState;
            s.backendState = words.join(QStringLiteral("; "));
        }
        if (isFinal(s.state) && s.state != JobState::Completed) {
            for (std::size_t i = 0; i < statuses.size(); ++i) {
                if (isFinal(statuses[i].state)) continue;
                try {
                    scheduler.cancel(job.schedulerIds[int(i)]);
                } catch (const RemoteError&) {
                    // Already gone: nothing to stop.
                }
            }
            for (const auto& st : statuses)
                if (st.exitCode && *st.exitCode != 0 && !j.exitCode) j.exitCode = st.exitCode;
            if (j.error.isEmpty()) {
                j.error = QStringLiteral("%1 on %2 (%3)").arg(jobStateName(s.state), job.host, s.backendState);
                const QString tail = scheduler.logTail(job.schedulerIds.front(), 4096).trimmed();
                if (!tail.isEmpty())
                    for (const QString& line : tail.split(u'\n')) j.appendLog(line);
            }
        } else if (s.state == JobState::Completed) {
            j.exitCode = 0;
            j.progress = 1.0;
        }
        if (s.state == JobState::Running && !j.started.isValid()) j.started = QDateTime::currentDateTimeUtc();
        if (isFinal(s.state) && !j.finished.isValid()) j.finished = QDateTime::currentDateTimeUtc();
        j.state = s.state;
        j.backendState = s.backendState;
        if (s.queuePosition)
            j.message = QStringLiteral("position %1 in the queue").arg(*s.queuePosition);
        else if (!s.reason.isEmpty())
            j.message = s.reason;

        Timing& t = m_timing[id];
        const QString seen = jobStateName(s.state) + u'|' + s.backendState;
        if (seen != t.lastState) {
            t.interval = m_first;
            t.lastState = seen;
        } else {
            t.interval = std::min(m_longest, t.interval * 2);
        }
        t.due = std::chrono::steady_clock::now() + t.interval;
        store.put(job);
        emit jobUpdated(id, j.stateName(), j.backendState);
        emit queuePositionChanged(id, s.queuePosition.value_or(0));
    }
    if (j.state == JobState::Completed && !job.fetched) fetch(store, job, scheduler);
    if (!job.needsMonitoring()) m_timing.erase(id);
}

void JobMonitor::fetch(JobStore& store, StoredJob& job, Scheduler& scheduler)
{
    RemoteHost& host = scheduler.host();
    QDir().mkpath(job.localDir);
    for (const QString& file : job.fetchFiles) {
        const QString remote = job.remoteDir + u'/' + file;
        const QString local = QDir(job.localDir).filePath(file);
        // Complete from an earlier (interrupted) fetch: same size as the remote file.
        if (QFileInfo local_(local); local_.isFile()) {
            const CommandResult size = host.run(QStringLiteral("stat -c %s -- ") + shellQuote(remote));
            if (size.ok() && QString::fromUtf8(size.out).trimmed().toLongLong() == local_.size()) continue;
        }
        QDir().mkpath(QFileInfo(local).absolutePath());
        host.download(remote, local);
    }
    if (m_verify) {
        QString why;
        if (!m_verify(job, &why)) {
            // Tried again later (a re-download replaces files of the wrong size), less often each time.
            Timing& t = m_timing[job.job.id];
            t.interval = std::min(m_longest, std::max(m_first, t.interval * 2));
            t.due = std::chrono::steady_clock::now() + t.interval;
            emit problem(job.job.id, QStringLiteral("fetched outputs did not verify: ") + why);
            return;
        }
    }
    job.job.message = QStringLiteral("outputs fetched to ") + job.localDir;
    if (store.commitFetched(job)) {
        job.fetched = true;
        emit jobFetched(job.job.id);
    }
}

StoredJob submitScriptSet(Scheduler& scheduler, JobStore& store, StoredJob job, const QString& mainScript,
                          const QString& mergeScript, bool hold)
{
    job.scheduler = scheduler.kind();
    job.job.state = JobState::Queued;
    SubmitOptions options;
    options.workDir = job.remoteDir;
    options.scriptName = QStringLiteral("job.sh");
    options.hold = hold;
    job.schedulerIds = {scheduler.submit(mainScript, options)};
    job.job.backendState = QStringLiteral("submitted");
    store.put(job);  // saved before the merge: a crash now still leaves the main job tracked
    if (!mergeScript.isEmpty()) {
        SubmitOptions merge;
        merge.workDir = job.remoteDir;
        merge.scriptName = QStringLiteral("merge.sh");
        merge.afterOk = job.schedulerIds.front();
        job.schedulerIds << scheduler.submit(mergeScript, merge);
        store.put(job);
    }
    return job;
}

}  // namespace xrs::remote
