#pragma once
// remote/PbsScheduler: PBS Pro (and Torque-style wrappers) through qsub, `qstat -f -F json -x ID` (PBS Pro ≥ 18.1)
// with a text `qstat -f [-x] ID` fallback, qdel and qrls. States B E F H M Q R S T U W X (and Torque's C) are
// normalised; a finished job's Exit_status decides completed / failed / cancelled / timed out. A queued job's position
// comes from `qstat -f -F json QUEUE` (see queuePosition).
#include "Scheduler.h"

namespace xrs::remote {

class PbsScheduler final : public Scheduler {
public:
    using Scheduler::Scheduler;
    QString kind() const override { return QStringLiteral("pbs"); }
    QString submit(const QString& script, const SubmitOptions& options) override;
    SchedulerStatus status(const QString& id) override;
    void cancel(const QString& id) override;
    void release(const QString& id) override;

    // One state letter with the job's Exit_status (when it has one) → JobState.
    static JobState mapState(const QString& letter, std::optional<int> exitStatus);
    // `qstat -f -F json` output (first job in "Jobs"); nullopt when it is not that JSON.
    static std::optional<SchedulerStatus> parseJson(const QByteArray& out);
    // `qstat -f` text ("Job Id: …" then "key = value" lines, tab-continued values); nullopt without a job_state.
    static std::optional<SchedulerStatus> parseText(const QByteArray& out);
    // Where job `id` stands among the queued (Q) jobs of its queue in `qstat -f -F json` output of several jobs
    // (1 = next): by the scheduler's estimated start time when every one of them has one, else by Priority (higher
    // first), then qtime (earlier first), then job number. PBS's real order also weighs its sort formula and fair
    // share, so this is an estimate. nullopt when the job is not queued there (running, held, unknown).
    static std::optional<int> queuePosition(const QByteArray& jobsJson, const QString& id);
};

}  // namespace xrs::remote
