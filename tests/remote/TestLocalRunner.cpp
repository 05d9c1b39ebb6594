// Tests for remote/LocalRunner and remote/Job with real subprocesses (bash scripts and the built xrs CLI).
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"
#include "remote/Job.h"
#include "remote/LocalRunner.h"

using xrs::remote::Job;
using xrs::remote::JobState;
using xrs::remote::LocalRunner;

class TestLocalRunner : public QObject {
    Q_OBJECT

private:
    // Runs the job to a final state (or the timeout) and returns what became of it.
    static Job runToEnd(LocalRunner& runner, Job job, int timeoutMs = 30000)
    {
        QSignalSpy finished(&runner, &LocalRunner::finished);
        const QString id = runner.submit(std::move(job));
        QElapsedTimer t;
        t.start();
        while (!runner.job(id)->isFinished() && t.elapsed() < timeoutMs) finished.wait(200);
        return *runner.job(id);
    }

    static Job bash(const QString& script) { return Job::command(QStringLiteral("script"), "bash", {"-c", script}); }

private slots:
    void completesWithProgressAndOutput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalRunner runner;
        QList<double> fractions;
        QStringList messages;
        connect(&runner, &LocalRunner::progress, this, [&](const QString&, double f, const QString& m) {
            fractions.append(f);
            messages.append(m);
        });
        QStringList logged;
        connect(&runner, &LocalRunner::logLine, this, [&](const QString&, const QString& line) { logged.append(line); });

        Job job = bash(QStringLiteral("echo starting; "
                                      "echo 'XRS-PROGRESS 0.25 reading input' >&2; "
                                      "echo 'XRS-PROGRESS 0.5 half way there' >&2; "
                                      "echo 'a warning' >&2; "
                                      "printf 'XRS-PROGRESS 1 done' >&2; "  // no final newline: must still count
                                      "echo result > out.txt"));
        job.workingDirectory = dir.path();
        job.expectedOutputs = {QStringLiteral("out.txt")};
        const Job done = runToEnd(runner, job);

        QCOMPARE(done.stateName(), QStringLiteral("completed"));
        QCOMPARE(done.exitCode, std::optional<int>(0));
        QVERIFY(done.error.isEmpty());
        QCOMPARE(fractions, (QList<double>{0.25, 0.5, 1.0}));
        QCOMPARE(messages, (QStringList{"reading input", "half way there", "done"}));
        QCOMPARE(done.progress, 1.0);
        QCOMPARE(done.message, QStringLiteral("done"));
        QVERIFY(done.log.contains("starting"));
        QVERIFY(done.log.contains("a warning"));
        for (const auto& line : done.log) QVERIFY2(!line.startsWith("XRS-PROGRESS"), "progress lines are not log lines");
        QVERIFY2(done.log.front().startsWith("$ bash -c"), "the log starts with the command line");
        QVERIFY(logged.contains("a warning"));
        QVERIFY(done.started.isValid() && done.finished.isValid() && done.started <= done.finished);
    }

    void failureKeepsTheErrorLine()
    {
        LocalRunner runner;
        const Job done = runToEnd(runner, bash(QStringLiteral("echo 'XRS-PROGRESS 0.1 opening' >&2; "
                                                              "echo 'xrs: error: in.tif: page 3: truncated strip' >&2; "
                                                              "exit 2")));
        QCOMPARE(done.state, JobState::Failed);
        QCOMPARE(done.exitCode, std::optional<int>(2));
        QCOMPARE(done.error, QStringLiteral("xrs: error: in.tif: page 3: truncated strip"));
        QCOMPARE(done.progress, 0.1);
    }

    void failureWithoutErrorLineSaysExitCode()
    {
        LocalRunner runner;
        const Job done = runToEnd(runner, bash(QStringLiteral("exit 3")));
        QCOMPARE(done.state, JobState::Failed);
        QVERIFY2(done.error.contains('3'), qPrintable(done.error));
    }

    void crashIsAFailureNamingTheSignal()
    {
        LocalRunner runner;
        const Job done = runToEnd(runner, bash(QStringLiteral("kill -SEGV $$")));
        QCOMPARE(done.state, JobState::Failed);
        QVERIFY(!done.exitCode.has_value());
        QVERIFY2(done.error.contains("signal 11"), qPrintable(done.error));
    }

    void missingExpectedOutputFails()
    {
        QTemporaryDir dir;
        LocalRunner runner;
        Job job = bash(QStringLiteral("echo a > a.txt"));
        job.workingDirectory = dir.path();
        job.expectedOutputs = {QStringLiteral("a.txt"), dir.filePath(QStringLiteral("b.txt"))};
        const Job done = runToEnd(runner, job);
        QCOMPARE(done.state, JobState::Failed);
        QCOMPARE(done.exitCode, std::optional<int>(0));
        QVERIFY2(done.error.contains("b.txt"), qPrintable(done.error));
    }

    void programThatDoesNotExistFails()
    {
        LocalRunner runner;
        const Job done = runToEnd(runner, Job::command("nothing", "/nonexistent/program", {}));
        QCOMPARE(done.state, JobState::Failed);
        QVERIFY2(done.error.contains("/nonexistent/program"), qPrintable(done.error));
    }

    void cancelStopsQuickly()
    {
        LocalRunner runner;
        runner.setCancelGraceMs(1000);
        const QString id = runner.submit(bash(QStringLiteral("sleep 30")));
        QTRY_COMPARE_WITH_TIMEOUT(runner.job(id)->state, JobState::Running, 10000);
        QTest::qWait(100);  // let the shell start
        QElapsedTimer t;
        t.start();
        runner.cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(runner.job(id)->isFinished(), 5000);
        QCOMPARE(runner.job(id)->state, JobState::Cancelled);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }

    void cancelReachesChildrenOfScripts()
    {
        // SIGTERM to the group: a script ignoring TERM for itself still loses its child, then KILL ends it.
        LocalRunner runner;
        runner.setCancelGraceMs(500);
        const QString id = runner.submit(bash(QStringLiteral("trap '' TERM; sleep 30; sleep 30")));
        QTRY_COMPARE_WITH_TIMEOUT(runner.job(id)->state, JobState::Running, 10000);
        QTest::qWait(100);
        QElapsedTimer t;
        t.start();
        runner.cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(runner.job(id)->isFinished(), 5000);
        QCOMPARE(runner.job(id)->state, JobState::Cancelled);
        QVERIFY(t.elapsed() < 3000);
    }

    void queuedJobsRunOneAfterAnother()
    {
        LocalRunner runner;  // one at a time by default
        QSignalSpy finished(&runner, &LocalRunner::finished);
        const QString a = runner.submit(bash(QStringLiteral("sleep 0.3")));
        const QString b = runner.submit(bash(QStringLiteral("true")));
        QTRY_COMPARE_WITH_TIMEOUT(runner.job(a)->state, JobState::Running, 10000);
        QCOMPARE(runner.job(b)->state, JobState::Queued);
        runner.cancel(b);
        QCOMPARE(runner.job(b)->state, JobState::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(runner.job(a)->state, JobState::Completed, 10000);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(runner.jobIds(), (QStringList{a, b}));
    }

    void timeLimitGivesTimedOut()
    {
        LocalRunner runner;
        runner.setCancelGraceMs(500);
        Job job = bash(QStringLiteral("sleep 30"));
        job.timeLimitSeconds = 1;
        const Job done = runToEnd(runner, job, 10000);
        QCOMPARE(done.state, JobState::TimedOut);
    }

    void xrsJobsPutTheProgressFlagFirst()
    {
        const Job job = Job::xrs("demo", "Demo", {"demo", "/tmp/out"});
        QVERIFY(job.isXrs());
        QCOMPARE(job.effectiveArguments(), (QStringList{"--progress=lines", "demo", "/tmp/out"}));
        QCOMPARE(job.commandLine(), QStringLiteral("xrs --progress=lines demo /tmp/out"));
        QVERIFY(!job.id.isEmpty());
        QVERIFY(!job.id.startsWith('{'));
        QCOMPARE(job.state, JobState::Queued);
    }

    void xrsExecutableHonoursEnvironment()
    {
        qputenv("XRS_CLI", "/opt/xrs/bin/xrs");
        QCOMPARE(xrs::remote::xrsExecutable(), QStringLiteral("/opt/xrs/bin/xrs"));
        qunsetenv("XRS_CLI");
        QVERIFY(!xrs::remote::xrsExecutable().isEmpty());
    }

    void jsonRoundTrip()
    {
        Job job = Job::xrs("recon", "Reconstruct sample 7", {"recon", "in.h5", "-o", "out.tif"});
        job.inputs = {"in.h5"};
        job.expectedOutputs = {"out.tif"};
        job.workingDirectory = "/data/run 7";
        job.timeLimitSeconds = 3600;
        job.state = JobState::Failed;
        job.backendState = "exit 1";
        job.progress = 0.375;
        job.message = "filtering";
        job.exitCode = 1;
        job.error = "xrs: error: in.h5: /exchange/data: missing";
        job.log = {"line one", "line \"two\" ü"};
        job.started = job.created.addSecs(5);
        job.finished = job.started.addMSecs(1234);

        const QByteArray text = QJsonDocument(job.toJson()).toJson();
        const Job back = Job::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(back.id, job.id);
        QCOMPARE(back.arguments, job.arguments);
        QCOMPARE(back.exitCode, job.exitCode);
        QCOMPARE(back.finished, job.finished);
        QVERIFY(back == job);

        // A job that never ran has no exit code and no times; unknown states read as Unknown.
        QJsonObject o = Job::xrs("demo", "d", {}).toJson();
        const Job fresh = Job::fromJson(o);
        QVERIFY(!fresh.exitCode.has_value());
        QVERIFY(!fresh.started.isValid());
        o["state"] = "PENDING?";
        QCOMPARE(Job::fromJson(o).state, JobState::Unknown);
        QCOMPARE(xrs::remote::parseJobState("timed-out"), std::optional<JobState>(JobState::TimedOut));
    }

    void xrsVersionThroughTheRunner()
    {
        const QString cli = QStringLiteral(XRS_CLI_PATH);
        if (!QFileInfo(cli).isExecutable()) QSKIP(qPrintable("the xrs CLI is not built: " + cli));
        qputenv("XRS_CLI", cli.toLocal8Bit());
        LocalRunner runner;
        const Job done = runToEnd(runner, Job::xrs("version", "xrs --version", {"--version"}));
        qunsetenv("XRS_CLI");
        QVERIFY2(done.state == JobState::Completed, qPrintable(done.error + "\n" + done.log.join('\n')));
        QVERIFY2(done.log.join('\n').contains(QRegularExpression("\\d+\\.\\d+\\.\\d+")), qPrintable(done.log.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestLocalRunner)
#include "TestLocalRunner.moc"
