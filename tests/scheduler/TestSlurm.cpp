// Tests against a real single-node Slurm on loopback (scripts/test-cluster/slurm.sh, started by the ctest fixture
// scheduler_cluster_start; SLURM_CONF points at it), driven through LocalHost like a cluster login node:
// a tiny `xrs recon` split over two array tasks plus an afterok merge job equals a local run, PENDING → RUNNING →
// COMPLETED seen; queue positions of jobs waiting behind one that holds the whole node (submit order, then priority
// order, gone once they run); cancelling a held (pending) and a running job; the Torque qsub/qstat/qdel/qrls wrappers
// through PbsScheduler. (The monitor and `xrs remote` end to end are in TestSlurmMonitor.)
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "ClusterTestSupport.h"
#include "TestSupport.h"
#include "io/StackSource.h"
#include "remote/JobMonitor.h"
#include "remote/JobScript.h"
#include "remote/JobStore.h"
#include "remote/LocalHost.h"
#include "remote/PbsScheduler.h"
#include "remote/ShellQuote.h"
#include "remote/SlurmScheduler.h"

using namespace xrs::remote;

using xrs::test::plainScript;
using xrs::test::waitFor;

class TestSlurm : public QObject {
    Q_OBJECT

    std::shared_ptr<LocalHost> m_host = std::make_shared<LocalHost>();
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        if (const QString why = xrs::test::clusterUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
        QVERIFY(m_tmp.isValid());
    }

    void splitReconOverArrayTasksEqualsLocal()
    {
        const QDir dir(m_tmp.filePath(QStringLiteral("recon job")));
        QVERIFY(QDir().mkpath(dir.path()));
        const QString scan = dir.filePath(QStringLiteral("ct.h5"));
        auto r = xrs::test::runXrs({QStringLiteral("sample"), QStringLiteral("ct"), scan, QStringLiteral("--cols"),
                                    QStringLiteral("64"), QStringLiteral("--rows"), QStringLiteral("8"),
                                    QStringLiteral("--angles"), QStringLiteral("90")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The axis once, from the whole scan; both runs use that number (tasks would otherwise find it per range).
        r = xrs::test::runXrs(
            {QStringLiteral("recon"), scan, QStringLiteral("-o"), dir.filePath(QStringLiteral("auto.tif"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto m = QRegularExpression(QStringLiteral("center used: ([0-9.]+)")).match(r.out);
        QVERIFY(m.hasMatch());
        const QString center = m.captured(1);
        const QString local = dir.filePath(QStringLiteral("local.tif"));
        r = xrs::test::runXrs(
            {QStringLiteral("recon"), scan, QStringLiteral("-o"), local, QStringLiteral("--center"), center});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        ClusterProfile profile;
        profile.engineCommand = shellQuote(QStringLiteral(XRS_CLI_PATH));
        StoredJob job;
        job.job = Job::xrs(QStringLiteral("recon"), QStringLiteral("split recon"), {});
        job.host = QStringLiteral("local");
        job.remoteDir = dir.filePath(QStringLiteral("remote side"));
        job.localDir = dir.filePath(QStringLiteral("fetched"));
        job.fetchFiles = {QStringLiteral("rec.tif")};
        ReconSplit split;
        split.input = scan;
        split.partsDir = job.remoteDir + QStringLiteral("/parts");
        split.output = job.remoteDir + QStringLiteral("/rec.tif");
        split.rows = 8;
        split.tasks = 2;
        split.reconArgs = {QStringLiteral("--center"), center};
        const ScriptSet scripts = reconScripts(profile, {}, QStringLiteral("xrs split recon"), split);

        const QString storePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        JobStore store(storePath);
        SlurmScheduler slurm(m_host);
        // Held, so the pending state is seen for sure; released once it was.
        job = submitScriptSet(slurm, store, job, scripts.main, scripts.merge, true);
        QCOMPARE(job.schedulerIds.size(), 2);
        const QString arrayId = job.schedulerIds.front();

        JobMonitor monitor(storePath,
                           [this](const QString&, const QString&) { return std::make_unique<SlurmScheduler>(m_host); });
        int fetchedSignals = 0;
        connect(
            &monitor, &JobMonitor::jobFetched, this, [&] { ++fetchedSignals; }, Qt::DirectConnection);
        QStringList seen;  // the array job's states as they changed
        std::optional<int> heldPosition;
        bool released = false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            const SchedulerStatus s = slurm.status(arrayId);
            const QString word = jobStateName(s.state) + QStringLiteral(" (") + s.backendState + u')';
            if (seen.isEmpty() || seen.back() != word) seen << word;
            if (!released && s.state == JobState::Queued) {
                QVERIFY2(s.reason.contains(QStringLiteral("Held")), qPrintable(s.reason));
                heldPosition = s.queuePosition;
                slurm.release(arrayId);
                released = true;
            }
            monitor.pollOnce(true);
            if (store.get(job.job.id)->fetched) break;
            QThread::msleep(100);
        }
        qInfo("array job %s states seen: %s", qPrintable(arrayId), qPrintable(seen.join(QStringLiteral(" → "))));
        const StoredJob done = *store.get(job.job.id);
        QVERIFY2(done.fetched, qPrintable(done.job.stateName() + QStringLiteral(": ") + done.job.backendState + u' ' +
                                          done.job.error));
        QCOMPARE(done.job.state, JobState::Completed);
        QCOMPARE(fetchedSignals, 1);
        QVERIFY(heldPosition.has_value());
        QStringList states;
        for (const QString& w : seen)
            if (states.isEmpty() || states.back() != w.section(u' ', 0, 0)) states << w.section(u' ', 0, 0);
        QCOMPARE(states,
                 (QStringList{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("completed")}));
        QVERIFY(seen.front().contains(QStringLiteral("PENDING")));
        QVERIFY(seen.back().contains(QStringLiteral("2 COMPLETED")));
        // Every task logged its part.
        QVERIFY(slurm.logTail(arrayId).contains(QStringLiteral("wrote")));

        const auto fetched =
            xrs::io::openStack(xrs::test::toPath(dir.filePath(QStringLiteral("fetched/rec.tif"))))->readAll();
        const auto reference = xrs::io::openStack(xrs::test::toPath(local))->readAll();
        QCOMPARE(fetched.frames(), std::int64_t(8));
        QCOMPARE(fetched.cols(), reference.cols());
        const double diff = xrs::test::maxAbsDiff(fetched, reference);
        qInfo("split over 2 tasks + merge vs local recon: max |diff| = %g", diff);
        QVERIFY(diff <= 1e-6);
    }

    void queuePositionsWhileTheNodeIsFull()
    {
        const QString work = m_tmp.filePath(QStringLiteral("queue"));
        SlurmScheduler slurm(m_host);
        SubmitOptions options;
        options.workDir = work;
        // A job with the whole node (--exclusive: every CPU) keeps the next ones pending for real.
        options.scriptName = QStringLiteral("blocker.sh");
        const QString blocker =
            slurm.submit(QStringLiteral("#!/bin/sh\n#SBATCH --job-name=xrs-blocker\n#SBATCH --exclusive\n"
                                        "#SBATCH --output=%x_%j.out\nsleep 60\n"),
                         options);
        // Whatever happens below, the node is freed for the next tests.
        QStringList all{blocker};
        const auto cleanup = qScopeGuard([&] {
            for (const QString& id : all) m_host->run(QStringLiteral("scancel ") + id);
        });
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(blocker).state, JobState::Running, 15000);
        QVERIFY(!slurm.status(blocker).queuePosition);
        QStringList waiting;
        for (const char* name : {"first", "second"}) {
            options.scriptName = QLatin1String(name) + QStringLiteral(".sh");
            waiting << slurm.submit(
                plainScript(QStringLiteral("xrs-") + QLatin1String(name), QStringLiteral("sleep 1")), options);
        }
        all << waiting;
        // Submit order (equal priority): 1, 2.
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(waiting[0]).queuePosition, std::optional<int>(1), 10000);
        SchedulerStatus second = slurm.status(waiting[1]);
        QCOMPARE(second.state, JobState::Queued);
        QCOMPARE(second.queuePosition, std::optional<int>(2));
        qInfo("pending behind the full node: %s at 1, %s at 2 (reason: %s)", qPrintable(waiting[0]),
              qPrintable(waiting[1]), qPrintable(second.reason));
        // Priority order: the second job raised above the first (root may set priorities) changes places.
        const CommandResult first = m_host->run(QStringLiteral("squeue -h -j %1 -o %Q").arg(waiting[0]));
        QVERIFY2(first.ok(), first.err.constData());
        const qint64 above = QString::fromUtf8(first.out).trimmed().toLongLong() + 1;
        const CommandResult raised =
            m_host->run(QStringLiteral("scontrol update JobId=%1 Priority=%2").arg(waiting[1]).arg(above));
        QVERIFY2(raised.ok(), raised.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(waiting[1]).queuePosition, std::optional<int>(1), 10000);
        QCOMPARE(slurm.status(waiting[0]).queuePosition, std::optional<int>(2));
        // The monitor's message says where a waiting job stands.
        {
            const QString storePath = m_tmp.filePath(QStringLiteral("queue.sqlite"));
            JobStore store(storePath);
            StoredJob job;
            job.job = Job::xrs(QStringLiteral("denoise"), QStringLiteral("waiting"), {});
            job.host = QStringLiteral("local");
            job.scheduler = QStringLiteral("slurm");
            job.schedulerIds = {waiting[0]};
            store.put(job);
            JobMonitor monitor(
                storePath, [this](const QString&, const QString&) { return std::make_unique<SlurmScheduler>(m_host); });
            QList<int> positions;
            connect(
                &monitor, &JobMonitor::queuePositionChanged, this,
                [&](const QString& id, int position) {
                    if (id == job.job.id) positions << position;
                },
                Qt::DirectConnection);
            monitor.pollOnce(true);
            QCOMPARE(positions, QList<int>{2});
            QCOMPARE(store.get(job.job.id)->job.message, QStringLiteral("position 2 in the queue"));
            QCOMPARE(store.get(job.job.id)->job.state, JobState::Queued);
        }
        // Once the node is free both run: no positions any more.
        slurm.cancel(blocker);
        for (const QString& id : waiting) {
            QVERIFY(waitFor([&] { return slurm.status(id).state != JobState::Queued; }, 20000));
            const SchedulerStatus s = slurm.status(id);
            QVERIFY2(!s.queuePosition, qPrintable(id + QStringLiteral(": ") + s.backendState));
        }
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(waiting[1]).state, JobState::Completed, 20000);
    }

    void cancelPendingAndRunning()
    {
        const QString work = m_tmp.filePath(QStringLiteral("cancel"));
        SlurmScheduler slurm(m_host);
        SubmitOptions held;
        held.workDir = work;
        held.scriptName = QStringLiteral("held.sh");
        held.hold = true;
        const QString pending = slurm.submit(plainScript(QStringLiteral("xrs-held"), QStringLiteral("sleep 30")), held);
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(pending).state, JobState::Queued, 10000);
        slurm.cancel(pending);
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(pending).state, JobState::Cancelled, 10000);
        QCOMPARE(slurm.status(pending).backendState, QStringLiteral("CANCELLED"));

        SubmitOptions plain;
        plain.workDir = work;
        plain.scriptName = QStringLiteral("long.sh");
        const QString running =
            slurm.submit(plainScript(QStringLiteral("xrs-long"), QStringLiteral("echo started; sleep 60")), plain);
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(running).state, JobState::Running, 15000);
        // RUNNING comes before the script's first line; wait for it so the log check below is not a race.
        QTRY_VERIFY_WITH_TIMEOUT(slurm.logTail(running).contains(QStringLiteral("started")), 15000);
        QElapsedTimer t;
        t.start();
        slurm.cancel(running);
        QTRY_COMPARE_WITH_TIMEOUT(slurm.status(running).state, JobState::Cancelled, 15000);
        qInfo("running job cancelled in %lld ms", t.elapsed());
        QVERIFY(slurm.logTail(running).contains(QStringLiteral("started")));
        // An id nobody knows is unknown, not an error.
        QCOMPARE(slurm.status(QStringLiteral("999999")).state, JobState::Unknown);
    }

    // slurm-wlm-torque's qsub/qstat/qdel/qrls stand in for PBS: the text fallback of PbsScheduler reads them.
    void torqueWrappers()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("qsub")).isEmpty())
            QSKIP("no qsub (apt-get install slurm-wlm-torque)");
        const QString work = m_tmp.filePath(QStringLiteral("torque"));
        PbsScheduler pbs(m_host);
        SubmitOptions options;
        options.workDir = work;
        options.scriptName = QStringLiteral("short.sh");
        options.hold = true;
        const QString id =
            pbs.submit(QStringLiteral("#!/bin/sh\n#PBS -N xrs-torque\necho hello from pbs\nsleep 2\n"), options);
        QStringList letters;
        const auto track = [&](JobState want, int ms) {
            return waitFor(
                [&] {
                    const SchedulerStatus s = pbs.status(id);
                    if (letters.isEmpty() || letters.back() != s.backendState) letters << s.backendState;
                    return s.state == want;
                },
                ms);
        };
        QVERIFY(track(JobState::Queued, 10000));
        pbs.release(id);
        QVERIFY(track(JobState::Running, 10000));
        QVERIFY(track(JobState::Completed, 20000));
        qInfo("qstat states seen for %s: %s", qPrintable(id), qPrintable(letters.join(QStringLiteral(" → "))));
        QCOMPARE(letters, (QStringList{QStringLiteral("Q"), QStringLiteral("R"), QStringLiteral("C")}));

        options.hold = false;
        options.scriptName = QStringLiteral("long.sh");
        const QString longId = pbs.submit(QStringLiteral("#!/bin/sh\n#PBS -N xrs-torque-long\nsleep 60\n"), options);
        QTRY_COMPARE_WITH_TIMEOUT(pbs.status(longId).state, JobState::Running, 15000);
        pbs.cancel(longId);
        // The wrapper shows every ended job as C; Slurm underneath knows it was cancelled.
        QTRY_COMPARE_WITH_TIMEOUT(pbs.status(longId).backendState, QStringLiteral("C"), 15000);
        QCOMPARE(SlurmScheduler(m_host).status(longId).state, JobState::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSlurm)
#include "TestSlurm.moc"
