// The job monitor against the loopback Slurm of the ctest fixture: stopped part-way (after downloading a job's
// output but before recording it) and restarted in-process, and the `xrs remote monitor` process killed with SIGKILL
// and started again — every job stays tracked and every output is fetched exactly once; polling backs off; a failing
// split recon; `xrs remote` (hosts, submit, monitor, status) end to end.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

#include <sys/stat.h>

#include "ClusterTestSupport.h"
#include "TestSupport.h"
#include "io/StackSource.h"
#include "remote/JobMonitor.h"
#include "remote/JobScript.h"
#include "remote/JobStore.h"
#include "remote/ShellQuote.h"
#include "remote/SlurmScheduler.h"

using namespace xrs::remote;
using xrs::test::CountingHost;
using xrs::test::plainScript;
using xrs::test::waitFor;

namespace {

// Submits n jobs (job i sleeps 1+i s, then writes out.txt "payload-i") into the store; returns their ids.
QStringList submitJobs(const std::shared_ptr<RemoteHost>& host, const QString& storePath, const QDir& dir, int n)
{
    JobStore store(storePath);
    SlurmScheduler slurm(host);
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        StoredJob job;
        job.job = Job::command(QStringLiteral("job %1").arg(i), QStringLiteral("sh"), {});
        job.host = QStringLiteral("local");
        job.remoteDir = dir.filePath(QStringLiteral("remote %1").arg(i));
        job.localDir = dir.filePath(QStringLiteral("local %1").arg(i));
        job.fetchFiles = {QStringLiteral("out.txt")};
        const QString body = QStringLiteral("sleep %1\necho payload-%2 > out.txt").arg(1 + i).arg(i);
        job = submitScriptSet(slurm, store, job, plainScript(QStringLiteral("xrs-mon-%1").arg(i), body));
        ids << job.job.id;
    }
    return ids;
}

// Every job completed, fetched, with its own payload here.
void verifyAllFetched(const QString& storePath, const QStringList& ids)
{
    JobStore store(storePath);
    QCOMPARE(int(store.all().size()), int(ids.size()));
    for (int i = 0; i < ids.size(); ++i) {
        const StoredJob j = *store.get(ids[i]);
        QCOMPARE(j.job.state, JobState::Completed);
        QVERIFY(j.fetched);
        QFile f(QDir(j.localDir).filePath(QStringLiteral("out.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed(), QStringLiteral("payload-%1").arg(i).toUtf8());
    }
}

ino_t inodeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

}  // namespace

class TestSlurmMonitor : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        if (const QString why = xrs::test::clusterUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
        QVERIFY(m_tmp.isValid());
    }

    // Three jobs; the first monitor fetches one, "dies" after downloading the second but before recording it (its
    // verification hook refuses), and is stopped; a new monitor on the re-opened store finishes the rest. Every
    // output is downloaded exactly once and every job stays tracked.
    void monitorRestartFetchesEachOutputOnce()
    {
        const QDir dir(m_tmp.filePath(QStringLiteral("monitor")));
        QVERIFY(QDir().mkpath(dir.path()));
        const QString storePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        auto host = std::make_shared<CountingHost>();
        const QStringList ids = submitJobs(host, storePath, dir, 3);
        const auto factory = [host](const QString&, const QString&) { return std::make_unique<SlurmScheduler>(host); };
        std::atomic<int> refused{0};
        {
            JobMonitor first(storePath, factory);
            first.setIntervals(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
            first.setVerifier([&](const StoredJob& j, QString* why) {
                if (j.job.id != ids[1]) return true;
                ++refused;
                *why = QStringLiteral("simulated crash before the fetch was recorded");
                return false;
            });
            first.start();
            QVERIFY(waitFor([&] { return refused > 0; }, 30000));
            // Killed here: the second job's file is down, its fetch unrecorded; the third may still be running.
        }
        {
            JobStore store(storePath);
            QCOMPARE(int(store.all().size()), 3);
            QVERIFY(!store.get(ids[1])->fetched);
        }
        JobMonitor second(storePath, factory);
        second.setIntervals(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
        second.start();
        QVERIFY(waitFor([&] { return JobStore(storePath).active().empty(); }, 40000));
        second.stop();
        JobMonitor(storePath, factory).pollOnce(true);  // a third look changes nothing

        verifyAllFetched(storePath, ids);
        const auto downloads = host->downloads();
        QCOMPARE(int(downloads.size()), 3);
        for (const auto& [file, n] : downloads) QVERIFY2(n == 1, qPrintable(file + QStringLiteral(": %1").arg(n)));
    }

    // The `xrs remote monitor` process is killed (SIGKILL) right after it fetched the first job; a new one finishes.
    // The first output is not fetched again (same file, same inode) and every job ends fetched.
    void monitorProcessKilledAndRestarted()
    {
        const QDir dir(m_tmp.filePath(QStringLiteral("killed")));
        QVERIFY(QDir().mkpath(dir.path()));
        const QString storePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        const QString hosts = dir.filePath(QStringLiteral("hosts.json"));
        {
            const QJsonObject local{
                {"name", "local"}, {"host", "local"}, {"scheduler", "slurm"}, {"workDirectory", dir.path()}};
            QFile f(hosts);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject{{"version", 1}, {"profiles", QJsonArray{local}}}).toJson());
        }
        const QStringList ids = submitJobs(std::make_shared<LocalHost>(), storePath, dir, 3);
        const QStringList monitorArgs{QStringLiteral("remote"),
                                      QStringLiteral("--store"),
                                      storePath,
                                      QStringLiteral("--hosts"),
                                      hosts,
                                      QStringLiteral("monitor"),
                                      QStringLiteral("--interval-ms"),
                                      QStringLiteral("100")};
        QProcess first;
        first.start(QStringLiteral(XRS_CLI_PATH), monitorArgs);
        QVERIFY(first.waitForStarted());
        QString firstOut;
        QVERIFY(waitFor(
            [&] {
                first.waitForReadyRead(50);
                firstOut += QString::fromUtf8(first.readAllStandardOutput());
                return firstOut.contains(QStringLiteral("fetched to"));
            },
            30000, 10));
        first.kill();  // SIGKILL: no clean-up of any kind
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(firstOut.count(QStringLiteral("fetched to")), 1);
        const QString fetchedId = firstOut.section(QStringLiteral("\tfetched to"), 0, 0).section(u'\n', -1);
        QCOMPARE(fetchedId, ids[0]);
        const QString firstFile = dir.filePath(QStringLiteral("local 0/out.txt"));
        const ino_t inode = inodeOf(firstFile);
        QVERIFY(inode != 0);

        const auto second = xrs::test::runXrs(monitorArgs, 60000);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        // Only the other two were fetched by the second monitor.
        QCOMPARE(second.out.count(QStringLiteral("fetched to")), 2);
        QVERIFY(!second.out.contains(ids[0] + QStringLiteral("\tfetched to")));
        QCOMPARE(inodeOf(firstFile), inode);
        verifyAllFetched(storePath, ids);
    }

    // A job that stays the same is asked about less and less often (first interval doubling up to the longest); a
    // change brings the short interval back.
    void pollingBacksOff()
    {
        const QDir dir(m_tmp.filePath(QStringLiteral("backoff")));
        QVERIFY(QDir().mkpath(dir.path()));
        const QString storePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        auto host = std::make_shared<CountingHost>();
        SlurmScheduler slurm(host);
        StoredJob job;
        job.job = Job::command(QStringLiteral("held"), QStringLiteral("sh"), {});
        job.host = QStringLiteral("local");
        job.remoteDir = dir.filePath(QStringLiteral("remote"));
        {
            JobStore store(storePath);
            job = submitScriptSet(slurm, store, job, plainScript(QStringLiteral("xrs-held"), QStringLiteral("sleep 1")),
                                  {}, true);
        }
        JobMonitor monitor(storePath,
                           [host](const QString&, const QString&) { return std::make_unique<SlurmScheduler>(host); });
        monitor.setIntervals(std::chrono::milliseconds(50), std::chrono::milliseconds(400));
        const QString query = QStringLiteral("squeue -h -t all -j");
        const auto pollFor = [&](int ms) {
            const int before = host->commandsWith(query);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms) {
                monitor.pollOnce();
                QThread::msleep(5);
            }
            return host->commandsWith(query) - before;
        };
        // Held for 2 s: 50, 100, 200, 400, 400 … ms apart — about 8 polls, where a fixed 50 ms would make 40.
        const int heldPolls = pollFor(2000);
        qInfo("held job, 2 s: %d polls", heldPolls);
        QVERIFY2(heldPolls >= 3 && heldPolls <= 10, qPrintable(QString::number(heldPolls)));
        slurm.release(job.schedulerIds.front());
        // Running, then completed: each change polls at 50 ms again.
        QVERIFY(waitFor(
            [&] {
                pollFor(100);
                return JobStore(storePath).get(job.job.id)->job.state == JobState::Completed;
            },
            20000, 1));
    }

    // A split recon whose tasks fail (the input is not there): the job is failed with the task's error from its log,
    // and the merge job, which would wait for ever on its afterok dependency, is cancelled.
    void failedTaskFailsTheJobAndCancelsTheMerge()
    {
        const QDir dir(m_tmp.filePath(QStringLiteral("failing")));
        QVERIFY(QDir().mkpath(dir.path()));
        const QString storePath = dir.filePath(QStringLiteral("jobs.sqlite"));
        auto host = std::make_shared<LocalHost>();
        ClusterProfile profile;
        profile.engineCommand = shellQuote(QStringLiteral(XRS_CLI_PATH));
        ReconSplit split;
        split.input = dir.filePath(QStringLiteral("missing scan.h5"));
        split.partsDir = dir.filePath(QStringLiteral("remote/parts"));
        split.output = dir.filePath(QStringLiteral("remote/rec.tif"));
        split.rows = 4;
        split.tasks = 2;
        const ScriptSet scripts = reconScripts(profile, {}, QStringLiteral("failing"), split);
        StoredJob job;
        job.job = Job::xrs(QStringLiteral("recon"), QStringLiteral("failing"), {});
        job.host = QStringLiteral("local");
        job.remoteDir = dir.filePath(QStringLiteral("remote"));
        job.localDir = dir.filePath(QStringLiteral("local"));
        job.fetchFiles = {QStringLiteral("rec.tif")};
        SlurmScheduler slurm(host);
        {
            JobStore store(storePath);
            job = submitScriptSet(slurm, store, job, scripts.main, scripts.merge);
        }
        JobMonitor monitor(storePath,
                           [host](const QString&, const QString&) { return std::make_unique<SlurmScheduler>(host); });
        QVERIFY(waitFor(
            [&] {
                monitor.pollOnce(true);
                return JobStore(storePath).active().empty();
            },
            40000, 200));
        const StoredJob done = *JobStore(storePath).get(job.job.id);
        QCOMPARE(done.job.state, JobState::Failed);
        QVERIFY(!done.fetched);
        QVERIFY2(done.job.log.join(u'\n').contains(QStringLiteral("xrs: error:")),
                 qPrintable(done.job.log.join(u'\n')));
        QVERIFY2(done.job.log.join(u'\n').contains(QStringLiteral("missing scan.h5")),
                 qPrintable(done.job.log.join(u'\n')));
        QCOMPARE(slurm.status(done.schedulerIds[1]).state, JobState::Cancelled);
        qInfo("failed job: %s — %s", qPrintable(done.job.backendState), qPrintable(done.job.error));
    }

    // `xrs remote` → xrs-remote: submit a split recon to the local profile, monitor until fetched, status as JSON.
    void cliEndToEnd()
    {
        const QDir dir(m_tmp.filePath(QStringLiteral("cli")));
        QVERIFY(QDir().mkpath(dir.path()));
        const QString scan = dir.filePath(QStringLiteral("ct.h5"));
        auto r = xrs::test::runXrs({QStringLiteral("sample"), QStringLiteral("ct"), scan, QStringLiteral("--cols"),
                                    QStringLiteral("32"), QStringLiteral("--rows"), QStringLiteral("4"),
                                    QStringLiteral("--angles"), QStringLiteral("45")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject local{{"name", "local"},
                                {"host", "local"},
                                {"scheduler", "slurm"},
                                {"workDirectory", dir.filePath(QStringLiteral("jobs"))},
                                {"engineCommand", shellQuote(QStringLiteral(XRS_CLI_PATH))}};
        const QString hosts = dir.filePath(QStringLiteral("hosts.json"));
        QFile hf(hosts);
        QVERIFY(hf.open(QIODevice::WriteOnly));
        hf.write(QJsonDocument(QJsonObject{{"version", 1}, {"profiles", QJsonArray{local}}}).toJson());
        hf.close();
        const QStringList base{QStringLiteral("remote"), QStringLiteral("--store"),
                               dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--hosts"), hosts};
        r = xrs::test::runXrs(base + QStringList{QStringLiteral("hosts")});
        QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("local\tlocal\tslurm")), qPrintable(r.out + r.err));
        const QString out = dir.filePath(QStringLiteral("result/rec.tif"));
        r = xrs::test::runXrs(base + QStringList{QStringLiteral("submit"), QStringLiteral("--name"),
                                                 QStringLiteral("cli recon"), QStringLiteral("recon"), scan, out,
                                                 QStringLiteral("--"), QStringLiteral("--center"),
                                                 QStringLiteral("15.5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString id = r.out.section(u'\t', 0, 0);
        r = xrs::test::runXrs(
            base + QStringList{QStringLiteral("monitor"), QStringLiteral("--interval-ms"), QStringLiteral("200")},
            60000);
        QVERIFY2(r.exitCode == 0 && r.out.contains(id + QStringLiteral("\tfetched to")), qPrintable(r.out + r.err));
        const auto stack = xrs::io::openStack(xrs::test::toPath(out))->readAll();
        QCOMPARE(stack.frames(), std::int64_t(4));
        r = xrs::test::runXrs(base + QStringList{QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonArray jobs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].toObject().value("state").toString(), QStringLiteral("completed"));
        QVERIFY(jobs[0].toObject().value("fetched").toBool());
        r = xrs::test::runXrs(base + QStringList{QStringLiteral("log"), id});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("wrote")), qPrintable(r.out + r.err));
        // denoise / fuse: a relative -o file written in the job folder comes back to --fetch-to. The engine command of
        // this profile is a stand-in that copies its input to its output (arguments: --progress=lines fuse IN -o OUT).
        QJsonObject copier = local;
        copier["name"] = "copier";
        copier["engineCommand"] = "sh -c 'cp \"$3\" \"$5\"' copier";
        QVERIFY(hf.open(QIODevice::WriteOnly));
        hf.write(QJsonDocument(QJsonObject{{"version", 1}, {"profiles", QJsonArray{local, copier}}}).toJson());
        hf.close();
        const QString back = dir.filePath(QStringLiteral("fused here"));
        r = xrs::test::runXrs(base + QStringList{QStringLiteral("submit"), QStringLiteral("--host"),
                                                 QStringLiteral("copier"), QStringLiteral("fuse"),
                                                 QStringLiteral("--fetch-to"), back, QStringLiteral("--"), out,
                                                 QStringLiteral("-o"), QStringLiteral("fused.tif")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString fuseId = r.out.section(u'\t', 0, 0);
        r = xrs::test::runXrs(
            base + QStringList{QStringLiteral("monitor"), QStringLiteral("--interval-ms"), QStringLiteral("200")},
            60000);
        QVERIFY2(r.exitCode == 0 && r.out.contains(fuseId + QStringLiteral("\tfetched to ") + back),
                 qPrintable(r.out + r.err));
        const auto fused = xrs::io::openStack(xrs::test::toPath(back + QStringLiteral("/fused.tif")))->readAll();
        QCOMPARE(xrs::test::maxAbsDiff(fused, stack), 0.0);

        // Bad use is a usage message and exit 2, not a crash.
        r = xrs::test::runXrs(base + QStringList{QStringLiteral("submit"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSlurmMonitor)
#include "TestSlurmMonitor.moc"
