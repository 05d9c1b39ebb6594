// bench_submit: submit-to-running latency on a Slurm reached through LocalHost (the loopback test cluster), median of
// N submissions of a short job: time in sbatch (SlurmScheduler::submit, script written + sbatch --parsable), and from
// submission until squeue says RUNNING. Uses $SLURM_CONF when set; otherwise starts scripts/test-cluster/slurm.sh in
// a temporary folder (root only) and stops it again. Prints figures; exits 0 with the reason when there is no cluster.
//   bench_submit [N]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

#include "remote/LocalHost.h"
#include "remote/ShellQuote.h"
#include "remote/SlurmScheduler.h"

using namespace xrs::remote;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}
}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    auto host = std::make_shared<LocalHost>();
    QTemporaryDir tmp;
    // munged runs as the munge user and slurmd execs scripts from here: the folder must be searchable.
    QFile::setPermissions(tmp.path(), QFile::permissions(tmp.path()) | QFile::ExeOther | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::ReadGroup);
    const QString script = QStringLiteral(XRS_SOURCE_DIR "/scripts/test-cluster/slurm.sh");
    const QString clusterDir = tmp.filePath(QStringLiteral("cluster"));
    bool started = false;
    if (qEnvironmentVariable("SLURM_CONF").isEmpty()) {
        const CommandResult r = host->run(shellJoin({script, QStringLiteral("start"), clusterDir}));
        if (!r.ok()) {
            std::printf("bench_submit: no cluster: %s\n", QString::fromUtf8(r.err).trimmed().toUtf8().constData());
            return 0;
        }
        qputenv("SLURM_CONF", (clusterDir + QStringLiteral("/slurm.conf")).toUtf8());
        started = true;
    }
    SlurmScheduler slurm(host);
    std::vector<double> submitMs, runningMs;
    try {
        for (int i = 0; i < n; ++i) {
            SubmitOptions o;
            o.workDir = tmp.filePath(QStringLiteral("jobs"));
            o.scriptName = QStringLiteral("job%1.sh").arg(i);
            QElapsedTimer t;
            t.start();
            const QString id = slurm.submit(
                QStringLiteral("#!/bin/sh\n#SBATCH --job-name=bench\n#SBATCH --output=/dev/null\nsleep 0.3\n"), o);
            submitMs.push_back(double(t.nsecsElapsed()) / 1e6);
            QString state;
            while (t.elapsed() < 60000) {
                state =
                    QString::fromUtf8(host->run(QStringLiteral("squeue -h -t all -j %1 -o %T").arg(id)).out).trimmed();
                if (state == u"RUNNING" || state == u"COMPLETING" || state == u"COMPLETED") break;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            runningMs.push_back(double(t.nsecsElapsed()) / 1e6);
            // Wait for the end, so every submission finds an idle node.
            while (state != u"COMPLETED" && state != u"FAILED" && t.elapsed() < 60000) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                state =
                    QString::fromUtf8(host->run(QStringLiteral("squeue -h -t all -j %1 -o %T").arg(id)).out).trimmed();
            }
        }
    } catch (const std::exception& e) {
        std::printf("bench_submit: %s\n", e.what());
    }
    if (!runningMs.empty()) {
        std::printf("bench_submit: %zu jobs on a loopback Slurm (%s)\n", runningMs.size(),
                    qgetenv("SLURM_CONF").constData());
        std::printf("  submit (write script + sbatch --parsable): median %.1f ms, min %.1f, max %.1f\n",
                    median(submitMs), *std::min_element(submitMs.begin(), submitMs.end()),
                    *std::max_element(submitMs.begin(), submitMs.end()));
        std::printf("  submit to RUNNING: median %.1f ms, min %.1f, max %.1f\n", median(runningMs),
                    *std::min_element(runningMs.begin(), runningMs.end()),
                    *std::max_element(runningMs.begin(), runningMs.end()));
    }
    if (started) host->run(shellJoin({script, QStringLiteral("stop"), clusterDir}));
    return 0;
}
