// The job monitor against the loopback Slurm of the ctest fixture: stopped part-way (after downloading a job's
// output but before recording it) and restarted in-process, and the `xrs remote monitor` process killed with SIGKILL
// and started again — every job stays tracked and every output is fetched exactly once.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#include <sys/stat.h>

#include "ClusterTestSupport.h"
#include "TestSupport.h"
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
};

QTEST_GUILESS_MAIN(TestSlurmMonitor)
#include "TestSlurmMonitor.moc"
