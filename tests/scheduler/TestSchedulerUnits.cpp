// Tests for the scheduler parts that need no cluster: job scripts and their quoting (run through /bin/sh), PBS Pro
// qstat JSON / text parsing against recorded samples of every state, Slurm squeue / scontrol parsing, task
// aggregation, the SQLite job store across re-opens, and LocalHost commands and copies.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>

#include "TestSupport.h"
#include "remote/JobScript.h"
#include "remote/JobStore.h"
#include "remote/LocalHost.h"
#include "remote/PbsScheduler.h"
#include "remote/ShellQuote.h"
#include "remote/SlurmScheduler.h"

using namespace xrs::remote;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

QString pbsFixture(const QString& name)
{
    return QStringLiteral(XRS_SCHEDULER_FIXTURES "/pbs/") + name;
}

// Every kind of shell metacharacter; `marker` is the file a broken quote would create.
QString nasty(const QString& marker, const QString& stem)
{
    return stem +
           QStringLiteral(" it's \"q\" $HOME ; touch %1 ; $(touch %1) `touch %1` \\ & | > <\nline2 *").arg(marker);
}

// Runs `script` with /bin/sh in `dir` and the given environment additions; returns the exit code.
int runSh(const QString& script, const QString& dir, const QStringList& env, QString* output)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env) e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(e);
    p.setProgram(QStringLiteral("/bin/sh"));
    p.setArguments({QStringLiteral("-c"), script});
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    p.waitForFinished(30000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

}  // namespace

class TestSchedulerUnits : public QObject {
    Q_OBJECT

private slots:
    void sanitizesJobNames()
    {
        QCOMPARE(sanitizeJobName(QStringLiteral("my recon; $(rm -rf /)")), QStringLiteral("my_recon_rm_-rf"));
        QCOMPARE(sanitizeJobName(QStringLiteral("42 scans")), QStringLiteral("scans"));
        QCOMPARE(sanitizeJobName(QStringLiteral("`;'\"")), QStringLiteral("xrs-job"));
        QCOMPARE(sanitizeJobName(QStringLiteral("abcdefghijklmnopqrstuvwxyz"), 15), QStringLiteral("abcdefghijklmno"));
    }

    void directivesFromResources()
    {
        ClusterResources r;
        r.partition = QStringLiteral("debug");
        r.account = QStringLiteral("XrayStudio");
        r.nodes = 2;
        r.gpusPerNode = 4;
        r.cpusPerTask = 8;
        r.memory = QStringLiteral("64G");
        r.wallTime = QStringLiteral("01:30:00");
        const QString slurm = directives(ScriptKind::Slurm, QStringLiteral("my job"), r, 3, true);
        for (const char* line :
             {"#SBATCH --job-name=my_job", "#SBATCH --partition=debug", "#SBATCH --account=XrayStudio",
              "#SBATCH --nodes=2", "#SBATCH --gpus-per-node=4", "#SBATCH --ntasks-per-node=4",
              "#SBATCH --cpus-per-task=8", "#SBATCH --mem=64G", "#SBATCH --time=01:30:00", "#SBATCH --array=0-2"})
            QVERIFY2(slurm.split(u'\n').contains(QString::fromLatin1(line)), line);
        const QString pbs = directives(ScriptKind::Pbs, QStringLiteral("my job"), r, 3, true);
        for (const char* line :
             {"#PBS -N my_job", "#PBS -q debug", "#PBS -A XrayStudio", "#PBS -l select=2:ncpus=32:ngpus=4:mem=64gb",
              "#PBS -l place=scatter", "#PBS -l walltime=01:30:00", "#PBS -J 0-2"})
            QVERIFY2(pbs.split(u'\n').contains(QString::fromLatin1(line)), line);
        // Directive lines are parsed without a shell: anything that could split them is refused.
        r.partition = QStringLiteral("debug --wrap=evil");
        QVERIFY_THROWS_EXCEPTION(RemoteError, directives(ScriptKind::Slurm, QStringLiteral("x"), r));
        r.partition = QStringLiteral("debug\n#SBATCH --x");
        QVERIFY_THROWS_EXCEPTION(RemoteError, directives(ScriptKind::Pbs, QStringLiteral("x"), r));
    }

    void templatesNeedEveryValue()
    {
        QVERIFY_THROWS_EXCEPTION(RemoteError, renderTemplate(QStringLiteral("a {{MISSING}} b"), {}));
        QCOMPARE(renderTemplate(QStringLiteral("{{A}}-{{B}}{{A}}"), {{"A", "1"}, {"B", "$x"}}),
                 QStringLiteral("1-$x1"));
        QVERIFY_THROWS_EXCEPTION(RemoteError, jobTemplate(QStringLiteral("no-such.sh")));
    }

    // The generated scripts, run by /bin/sh with a recorder in place of xrs: every value arrives as one intact
    // argument and no metacharacter runs as a command.
    void reconScriptQuotingSurvivesTheShell_data()
    {
        QTest::addColumn<QString>("scheduler");
        QTest::addColumn<QString>("taskVariable");
        QTest::newRow("slurm") << QStringLiteral("slurm") << QStringLiteral("SLURM_ARRAY_TASK_ID");
        QTest::newRow("pbs") << QStringLiteral("pbs") << QStringLiteral("PBS_ARRAY_INDEX");
    }
    void reconScriptQuotingSurvivesTheShell()
    {
        QFETCH(QString, scheduler);
        QFETCH(QString, taskVariable);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QDir dir(tmp.path());
        const QString marker = dir.filePath(QStringLiteral("MARKER"));
        const QString argsFile = dir.filePath(QStringLiteral("args.bin"));
        // The recorder (its own path has a space and a quote) writes its arguments NUL-separated.
        const QString recorder = dir.filePath(QStringLiteral("rec 'xrs'"));
        {
            QFile f(recorder);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done >> \"$XRS_ARGS_FILE\"\n");
        }
        QFile::setPermissions(recorder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        ClusterProfile profile;
        profile.scheduler = scheduler;
        profile.engineCommand = shellQuote(recorder);
        profile.environment = {QStringLiteral("export XRS_SETUP_RAN=yes")};
        ReconSplit split;
        split.input = dir.filePath(nasty(marker, QStringLiteral("in")));
        split.partsDir = dir.filePath(nasty(marker, QStringLiteral("parts")));
        split.output = dir.filePath(nasty(marker, QStringLiteral("out")) + QStringLiteral(".tif"));
        split.rows = 10;
        split.tasks = 3;
        split.reconArgs = {QStringLiteral("--center"), QStringLiteral("31.5"), nasty(marker, QStringLiteral("arg"))};
        const ScriptSet set = reconScripts(profile, {}, nasty(marker, QStringLiteral("name")), split);

        // Task 2 of 3 over 10 rows: rows 6:10.
        QString output;
        QCOMPARE(runSh(set.main, dir.path(),
                       {taskVariable + QStringLiteral("=2"), QStringLiteral("XRS_ARGS_FILE=") + argsFile}, &output),
                 0);
        QVERIFY2(!QFile::exists(marker), qPrintable(output));
        QStringList got = QString::fromUtf8(readFile(argsFile)).split(QChar(0), Qt::SkipEmptyParts);
        const QStringList wantTask{QStringLiteral("--progress=lines"),
                                   QStringLiteral("recon"),
                                   split.input,
                                   QStringLiteral("--rows"),
                                   QStringLiteral("6:10"),
                                   QStringLiteral("--center-rows"),  // every task finds an automatic centre alike
                                   QStringLiteral("0:10"),
                                   QStringLiteral("-o"),
                                   split.partsDir + QStringLiteral("/part_2.tif"),
                                   QStringLiteral("--center"),
                                   QStringLiteral("31.5"),
                                   split.reconArgs.back()};
        QCOMPARE(got, wantTask);
        QVERIFY(QFileInfo(split.partsDir).isDir());  // made by the task

        QFile::remove(argsFile);
        QCOMPARE(runSh(set.merge, dir.path(), {QStringLiteral("XRS_ARGS_FILE=") + argsFile}, &output), 0);
        QVERIFY2(!QFile::exists(marker), qPrintable(output));
        got = QString::fromUtf8(readFile(argsFile)).split(QChar(0), Qt::SkipEmptyParts);
        QCOMPARE(got, (QStringList{QStringLiteral("--progress=lines"), QStringLiteral("convert"), split.partsDir,
                                   split.output}));
        // The job name became a valid scheduler name; the header is the scheduler's.
        QVERIFY(set.main.contains(scheduler == u"slurm" ? QStringLiteral("#SBATCH --job-name=name_it_s_q_HOME_touch")
                                                        : QStringLiteral("#PBS -N name_it_s_q_HO")));
        QVERIFY(set.main.contains(QStringLiteral("export XRS_SETUP_RAN=yes")));
    }

    void trainScripts()
    {
        ClusterProfile profile;
        ClusterResources r;
        r.nodes = 2;
        r.gpusPerNode = 4;
        r.cpusPerTask = 8;
        const QString slurm =
            trainScript(profile, r, QStringLiteral("train"), {QStringLiteral("--epochs"), QStringLiteral("3")});
        QVERIFY(slurm.contains(QStringLiteral("#SBATCH --ntasks-per-node=4")));
        QVERIFY(slurm.contains(QStringLiteral("scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1")));
        QVERIFY(slurm.contains(QStringLiteral("srun --ntasks=\"$WORLD_SIZE\" --ntasks-per-node=4")));
        QVERIFY(slurm.contains(QStringLiteral("xrs --progress=lines train --epochs 3")));
        profile.scheduler = QStringLiteral("pbs");
        const QString pbs = trainScript(profile, r, QStringLiteral("train"), {});
        QVERIFY(pbs.contains(QStringLiteral("#PBS -l select=2:ncpus=32:ngpus=4")));
        QVERIFY(pbs.contains(QStringLiteral("mpiexec -n \"$WORLD_SIZE\" --ppn 4")));
        QVERIFY(pbs.contains(QStringLiteral("PMI_RANK")));
        QVERIFY(pbs.contains(QStringLiteral("NCCL_")));
        const QString denoise =
            denoiseScript(profile, {}, QStringLiteral("dn"),
                          {QStringLiteral("in put.tif"), QStringLiteral("-o"), QStringLiteral("o.tif")});
        QVERIFY(denoise.contains(QStringLiteral("cd \"${PBS_O_WORKDIR:-.}\"")));
        QVERIFY(denoise.contains(QStringLiteral("xrs --progress=lines denoise 'in put.tif' -o o.tif")));
        // Fusion inference: the same single-command job, on both schedulers.
        ClusterResources gpu;
        gpu.gpusPerNode = 1;
        const QString fusePbs =
            fuseScript(profile, gpu, QStringLiteral("fu"),
                       {QStringLiteral("run 1/manifest.json"), QStringLiteral("--checkpoint"),
                        QStringLiteral("net_g_$x.pth"), QStringLiteral("-o"), QStringLiteral("f.tif")});
        QVERIFY(fusePbs.contains(QStringLiteral("ngpus=1")));
        QVERIFY(fusePbs.contains(
            QStringLiteral("xrs --progress=lines fuse 'run 1/manifest.json' --checkpoint 'net_g_$x.pth' -o f.tif")));
        profile.scheduler = QStringLiteral("slurm");
        const QString fuseSlurm = fuseScript(profile, gpu, QStringLiteral("fu"), {QStringLiteral("m.json")});
        QVERIFY(fuseSlurm.contains(QStringLiteral("#SBATCH")));
        QVERIFY(fuseSlurm.contains(QStringLiteral("xrs --progress=lines fuse m.json")));
        QVERIFY_THROWS_EXCEPTION(RemoteError,
                                 engineScript(profile, gpu, QStringLiteral("x"), QStringLiteral("rm"), {}));
    }

    // The Slurm training script's launch line with stand-in srun/scontrol: each rank gets RANK, LOCAL_RANK,
    // WORLD_SIZE and MASTER_ADDR from the first node.
    void trainRanksGetTheirEnvironment()
    {
        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        const auto write = [&](const QString& name, const QByteArray& text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        // srun: runs the command once per rank (2 nodes × 2 GPUs), like Slurm would on the nodes.
        write(QStringLiteral("srun"),
              "#!/bin/sh\nshift 2\nfor r in 0 1 2 3; do SLURM_PROCID=$r SLURM_LOCALID=$((r % 2)) \"$@\"; done\n");
        write(QStringLiteral("scontrol"), "#!/bin/sh\nprintf 'node-a\\nnode-b\\n'\n");
        write(QStringLiteral("fake-xrs"),
              "#!/bin/sh\necho \"rank=$RANK local=$LOCAL_RANK world=$WORLD_SIZE master=$MASTER_ADDR args=$*\"\n");
        ClusterProfile profile;
        profile.engineCommand = shellQuote(dir.filePath(QStringLiteral("fake-xrs")));
        ClusterResources r;
        r.nodes = 2;
        r.gpusPerNode = 2;
        const QString script = trainScript(profile, r, QStringLiteral("t"), {QStringLiteral("a b")});
        QString output;
        QCOMPARE(runSh(script, dir.path(),
                       {QStringLiteral("PATH=") + dir.path() + QStringLiteral(":/usr/bin:/bin"),
                        QStringLiteral("SLURM_JOB_NODELIST=node-[a-b]"), QStringLiteral("SLURM_JOB_NUM_NODES=2")},
                       &output),
                 0);
        const QStringList lines = output.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[3], QStringLiteral("rank=3 local=1 world=4 master=node-a args=--progress=lines train a b"));
    }

    void pbsJsonEveryState_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("letter");
        QTest::addColumn<int>("exitCode");  // -1000: none
        const int none = -1000;
        QTest::newRow("B array begun") << "B"
                                       << "running"
                                       << "B" << none;
        QTest::newRow("E exiting") << "E"
                                   << "running"
                                   << "E" << none;
        QTest::newRow("F exit 0") << "F-ok"
                                  << "completed"
                                  << "F" << 0;
        QTest::newRow("F exit 1") << "F-fail"
                                  << "failed"
                                  << "F" << 1;
        QTest::newRow("F walltime") << "F-walltime"
                                    << "timed-out"
                                    << "F" << -29;
        QTest::newRow("F qdel while running") << "F-qdel"
                                              << "cancelled"
                                              << "F" << 271;
        QTest::newRow("F deleted before run") << "F-deleted"
                                              << "cancelled"
                                              << "F" << none;
        QTest::newRow("H held") << "H"
                                << "queued"
                                << "H" << none;
        QTest::newRow("M moved") << "M"
                                 << "unknown"
                                 << "M" << none;
        QTest::newRow("Q queued") << "Q"
                                  << "queued"
                                  << "Q" << none;
        QTest::newRow("R running") << "R"
                                   << "running"
                                   << "R" << none;
        QTest::newRow("S suspended") << "S"
                                     << "running"
                                     << "S" << none;
        QTest::newRow("T transit") << "T"
                                   << "queued"
                                   << "T" << none;
        QTest::newRow("U user busy") << "U"
                                     << "running"
                                     << "U" << none;
        QTest::newRow("W waiting") << "W"
                                   << "queued"
                                   << "W" << none;
        QTest::newRow("X subjob done") << "X"
                                       << "completed"
                                       << "X" << 0;
    }
    void pbsJsonEveryState()
    {
        QFETCH(QString, file);
        QFETCH(QString, state);
        QFETCH(QString, letter);
        QFETCH(int, exitCode);
        const QByteArray json = readFile(pbsFixture(QStringLiteral("qstat-json-%1.json").arg(file)));
        QVERIFY(!json.isEmpty());
        const auto s = PbsScheduler::parseJson(json);
        QVERIFY(s);
        QCOMPARE(jobStateName(s->state), state);
        QVERIFY2(s->backendState.startsWith(letter), qPrintable(s->backendState));
        QCOMPARE(s->exitCode.value_or(-1000), exitCode);
        QVERIFY(s->stdoutPath.startsWith(QStringLiteral("/home/alice/xrs-jobs/recon-1/xrs-recon.o")));
        if (letter == u"B") {
            QCOMPARE(s->tasks, 2);
            QVERIFY(s->backendState.contains(QStringLiteral("Running:1")));
        }
        if (letter == u"Q") QVERIFY(s->reason.contains(QStringLiteral("Insufficient amount of resource")));
    }

    void pbsTextFallback()
    {
        auto s = PbsScheduler::parseText(readFile(pbsFixture(QStringLiteral("qstat-f-F-fail.txt"))));
        QVERIFY(s);
        QCOMPARE(s->state, JobState::Failed);
        QCOMPARE(s->exitCode, std::optional<int>(1));
        // Long values continue on tab-indented lines.
        QCOMPARE(s->stdoutPath, QStringLiteral("/home/alice/xrs-jobs/recon 1/xrs-recon.o113"));
        QVERIFY(s->reason.endsWith(QStringLiteral("and failed")));
        s = PbsScheduler::parseText(readFile(pbsFixture(QStringLiteral("qstat-f-torque-wrapper-R.txt"))));
        QVERIFY(s);
        QCOMPARE(s->state, JobState::Running);
        QCOMPARE(s->backendState, QStringLiteral("R"));
        // Not the format: no status at all rather than a wrong one.
        QVERIFY(!PbsScheduler::parseJson("qstat: Unknown Job Id 999.server"));
        QVERIFY(!PbsScheduler::parseJson(R"({"timestamp":1,"Jobs":{}})"));
        QVERIFY(!PbsScheduler::parseText("qstat: Unknown Job Id 999.server\n"));
        QCOMPARE(PbsScheduler::mapState(QStringLiteral("C"), std::nullopt), JobState::Completed);  // Torque
    }

    void slurmParsers()
    {
        QString reason;
        auto tasks = SlurmScheduler::parseSqueue(
            "7_[2-5,9%2]|PENDING|JobHeldUser\n7_0|RUNNING|None\n7_1|COMPLETED|None\n", &reason);
        QCOMPARE(int(tasks.size()), 7);
        QCOMPARE(reason, QStringLiteral("JobHeldUser"));
        SchedulerStatus s = aggregateTasks(tasks);
        QCOMPARE(s.state, JobState::Running);
        QCOMPARE(s.backendState, QStringLiteral("7 tasks: 1 COMPLETED, 5 PENDING, 1 RUNNING"));
        QCOMPARE(SlurmScheduler::mapState(QStringLiteral("CANCELLED by 0")), JobState::Cancelled);
        QCOMPARE(SlurmScheduler::mapState(QStringLiteral("TIMEOUT")), JobState::TimedOut);
        QCOMPARE(SlurmScheduler::mapState(QStringLiteral("OUT_OF_MEMORY")), JobState::Failed);
        QCOMPARE(SlurmScheduler::mapState(QStringLiteral("SOMETHING_NEW")), JobState::Unknown);

        const QByteArray scontrol =
            "JobId=12 ArrayJobId=11 ArrayTaskId=1 JobName=x UserId=root(0) JobState=FAILED Reason=NonZeroExitCode "
            "Dependency=(null) ExitCode=3:0 RunTime=00:00:01 StdErr=/w/my dir/x_11_1.out StdIn=/dev/null "
            "StdOut=/w/my dir/x_11_1.out Power=\n"
            "JobId=11 ArrayJobId=11 ArrayTaskId=0 JobName=x UserId=root(0) JobState=COMPLETED Reason=None "
            "ExitCode=0:0 StdOut=/w/my dir/x_11_0.out Power=\n";
        s = SlurmScheduler::parseScontrol(scontrol);
        QCOMPARE(s.state, JobState::Failed);
        QCOMPARE(s.exitCode, std::optional<int>(3));
        QCOMPARE(s.stdoutPath, QStringLiteral("/w/my dir/x_11_1.out"));
        QCOMPARE(s.reason, QStringLiteral("NonZeroExitCode"));
    }

    void aggregation()
    {
        using S = JobState;
        const auto agg = [](std::initializer_list<S> states) {
            std::vector<TaskState> t;
            for (S s : states) t.push_back({s, jobStateName(s)});
            return aggregateTasks(t).state;
        };
        QCOMPARE(agg({S::Completed, S::Completed}), S::Completed);
        QCOMPARE(agg({S::Completed, S::Failed, S::Cancelled}), S::Failed);
        QCOMPARE(agg({S::Completed, S::TimedOut, S::Cancelled}), S::TimedOut);
        QCOMPARE(agg({S::Cancelled, S::Completed}), S::Cancelled);
        QCOMPARE(agg({S::Queued, S::Queued}), S::Queued);
        QCOMPARE(agg({S::Completed, S::Queued}), S::Running);
        QCOMPARE(agg({S::Running, S::Queued}), S::Running);
        QCOMPARE(agg({}), S::Unknown);
    }

    void jobStorePersistsAcrossReopen()
    {
        QTemporaryDir tmp;
        const QString path = QDir(tmp.path()).filePath(QStringLiteral("sub dir/jobs.sqlite"));
        StoredJob a;
        a.job = Job::xrs(QStringLiteral("recon"), QStringLiteral("scan 1"),
                         {QStringLiteral("recon"), QStringLiteral("in.h5")});
        a.job.state = JobState::Running;
        a.job.backendState = QStringLiteral("RUNNING");
        a.job.appendLog(QStringLiteral("line with 'quotes' and \"more\""));
        a.host = QStringLiteral("polaris");
        a.scheduler = QStringLiteral("pbs");
        a.schedulerIds = {QStringLiteral("123[].server"), QStringLiteral("124.server")};
        a.remoteDir = QStringLiteral("/home/a/xrs jobs/1");
        a.localDir = tmp.path();
        a.fetchFiles = {QStringLiteral("rec.tif")};
        StoredJob b = a;
        b.job = Job::xrs(QStringLiteral("denoise"), QStringLiteral("d"), {});
        b.job.state = JobState::Failed;
        {
            JobStore store(path);
            store.put(a);
            store.put(b);
        }
        JobStore store(path);
        const auto all = store.all();
        QCOMPARE(int(all.size()), 2);
        QCOMPARE(all[0].job, a.job);
        QCOMPARE(all[0].schedulerIds, a.schedulerIds);
        QCOMPARE(all[0].remoteDir, a.remoteDir);
        QCOMPARE(all[0].fetchFiles, a.fetchFiles);
        QCOMPARE(all[1].job.id, b.job.id);
        QCOMPARE(int(store.active().size()), 1);  // b failed: nothing more to do

        a.job.state = JobState::Completed;
        store.put(a);
        QCOMPARE(int(store.active().size()), 1);  // completed, not fetched yet
        QVERIFY(store.commitFetched(a));
        QVERIFY(!store.commitFetched(a));  // exactly once
        QVERIFY(store.get(a.job.id)->fetched);
        QCOMPARE(int(store.active().size()), 0);
        store.put(a);  // a stale copy cannot un-fetch it
        QVERIFY(store.get(a.job.id)->fetched);
        // A second connection (another process, the monitor's thread) sees the same rows.
        JobStore other(path);
        QCOMPARE(int(other.all().size()), 2);

        // Opened once: only a fetched job, only by the first caller of either connection; a stale copy keeps it.
        QVERIFY(!store.commitOpened(b.job.id));  // not fetched
        QCOMPARE(int(store.fetchedNotOpened().size()), 1);
        QVERIFY(other.commitOpened(a.job.id));
        QVERIFY(!store.commitOpened(a.job.id));
        QVERIFY(store.fetchedNotOpened().empty());
        store.put(a);  // a.opened is false in this copy
        QVERIFY(store.get(a.job.id)->opened);
    }

    void jobStoreFromBeforeTheOpenedFlag()
    {
        // A store written before the opened column: its fetched jobs count as opened (they must not all open at the
        // next start); unfetched ones will open when fetched.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("old.sqlite"));
        QProcess sqlite;
        const QString schema = QStringLiteral(
            "CREATE TABLE jobs (id TEXT PRIMARY KEY, job TEXT NOT NULL, host TEXT NOT NULL, scheduler TEXT NOT NULL, "
            "scheduler_ids TEXT NOT NULL, fetched INTEGER NOT NULL DEFAULT 0, meta TEXT NOT NULL, created TEXT NOT "
            "NULL, updated TEXT NOT NULL);"
            "INSERT INTO jobs VALUES ('a', '{\"id\":\"a\",\"state\":\"completed\"}', 'h', 'slurm', '[\"1\"]', 1, "
            "'{}', '2026-01-01', '2026-01-01');"
            "INSERT INTO jobs VALUES ('b', '{\"id\":\"b\",\"state\":\"completed\"}', 'h', 'slurm', '[\"2\"]', 0, "
            "'{}', '2026-01-02', '2026-01-02');");
        if (QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")}).isEmpty())
            QSKIP("no /usr/bin/python3 to write an old store");
        sqlite.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); "
                            "c.commit()"),
             path, schema});
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.exitCode(), 0);
        JobStore store(path);
        QVERIFY(store.get(QStringLiteral("a"))->opened);
        QVERIFY(!store.get(QStringLiteral("b"))->opened);
        QVERIFY(store.fetchedNotOpened().empty());
        JobStore again(path);  // the column is there now: nothing changes
        QVERIFY(again.get(QStringLiteral("a"))->opened);
    }

    void pbsQueuePositions()
    {
        // Several jobs of two queues: prod holds 300 R, 301 Q (prio 0, 10:00), 302 Q (prio 10, 10:05), 303 H,
        // 304 Q (prio 0, 10:02), array 305[] Q (prio 0, 10:00); debug holds 306 Q.
        const QByteArray plain = readFile(pbsFixture(QStringLiteral("qstat-json-queue.json")));
        QVERIFY(!plain.isEmpty());
        const QString server = QStringLiteral(".polaris-pbs-01.hsn.cm.polaris.alcf.anl.gov");
        const auto at = [&](const QByteArray& json, const QString& number) {
            return PbsScheduler::queuePosition(json, number + server).value_or(-1);
        };
        QCOMPARE(at(plain, "302"), 1);  // highest priority
        QCOMPARE(at(plain, "301"), 2);  // earliest qtime; ties with 305[] broken by the job number
        QCOMPARE(at(plain, "305[]"), 3);
        QCOMPARE(at(plain, "304"), 4);
        QCOMPARE(at(plain, "306"), 1);   // its own queue
        QCOMPARE(at(plain, "300"), -1);  // running
        QCOMPARE(at(plain, "303"), -1);  // held: waits for a person, not for the queue
        QCOMPARE(at(plain, "999"), -1);
        QCOMPARE(PbsScheduler::queuePosition(plain, QStringLiteral("304")), std::optional<int>(4));  // short id
        // With the scheduler's own estimates, start times decide.
        const QByteArray estimated = readFile(pbsFixture(QStringLiteral("qstat-json-queue-estimated.json")));
        QCOMPARE(at(estimated, "304"), 1);
        QCOMPARE(at(estimated, "302"), 2);
        QCOMPARE(at(estimated, "301"), 3);
        QCOMPARE(at(estimated, "305[]"), 4);
        QCOMPARE(at(estimated, "306"), 1);
        QVERIFY(!PbsScheduler::queuePosition("qstat: Unknown queue", QStringLiteral("1")));
    }

    void localHostRunsAndCopies()
    {
        LocalHost host;
        CommandResult r = host.run(QStringLiteral("echo out; echo err >&2; exit 3"));
        QCOMPARE(r.exitStatus, 3);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("err\n"));
        QElapsedTimer t;
        t.start();
        r = host.run(QStringLiteral("sleep 20 & sleep 20"), std::chrono::milliseconds(300));
        QCOMPARE(r.exitStatus, -1);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(r.err.contains("timed out"));

        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        QByteArray data(3 << 20, Qt::Uninitialized);
        for (int i = 0; i < data.size(); ++i) data[i] = char((i * 7919) >> 3);
        const QString src = dir.filePath(QStringLiteral("src file.bin"));
        QFile s(src);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(data);
        s.close();
        // An interrupted transfer left the first megabyte: it is resumed, not restarted.
        const QString dst = dir.filePath(QStringLiteral("a/b/dst.bin"));
        QDir().mkpath(dir.filePath(QStringLiteral("a/b")));
        QFile part(dst + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(data.left(1 << 20));
        part.close();
        qint64 firstDone = -1, lastDone = -1;
        host.download(src, dst, [&](qint64 done, qint64 total) {
            if (firstDone < 0) firstDone = done;
            lastDone = done;
            QCOMPARE(total, qint64(data.size()));
        });
        QCOMPARE(readFile(dst), data);
        QVERIFY(!QFile::exists(dst + QStringLiteral(".part")));
        QVERIFY(firstDone > (1 << 20));  // started after the resumed part
        QCOMPARE(lastDone, qint64(data.size()));
        std::stop_source stop;
        stop.request_stop();
        QVERIFY_THROWS_EXCEPTION(RemoteError,
                                 host.upload(src, dir.filePath(QStringLiteral("c.bin")), {}, stop.get_token()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.bin"))));
        QVERIFY_THROWS_EXCEPTION(RemoteError, host.download(dir.filePath(QStringLiteral("missing")), dst));
    }
};

QTEST_GUILESS_MAIN(TestSchedulerUnits)
#include "TestSchedulerUnits.moc"
