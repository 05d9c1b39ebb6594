#pragma once
// remote/SlurmScheduler: Slurm through its commands on the host — sbatch --parsable, squeue -h -t all (with a
// `scontrol -o show job` fallback for jobs squeue no longer lists), scancel, scontrol release. Array jobs ("ID_[0-1]",
// "ID_0") are aggregated over their tasks.
#include "Scheduler.h"

namespace xrs::remote {

class SlurmScheduler final : public Scheduler {
public:
    using Scheduler::Scheduler;
    QString kind() const override { return QStringLiteral("slurm"); }
    QString submit(const QString& script, const SubmitOptions& options) override;
    SchedulerStatus status(const QString& id) override;
    void cancel(const QString& id) override;
    void release(const QString& id) override;

    // Parsers (public for tests against recorded output).
    static JobState mapState(const QString& word);  // "PENDING" → Queued, "CANCELLED by 0" → Cancelled, …
    // Lines of `squeue -h -t all -o %i|%T|%r` → per task states; *reason gets the first task's reason.
    static std::vector<TaskState> parseSqueue(const QByteArray& out, QString* reason = nullptr);
    // Lines of `scontrol -o show job ID` (one per task) → status with exit code and StdOut.
    static SchedulerStatus parseScontrol(const QByteArray& out);

protected:
    QString stdoutPathOf(const QString& id) override;
};

}  // namespace xrs::remote
