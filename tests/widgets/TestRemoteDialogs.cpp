// Cluster GUI (app/remote): the host profile editor round trip, the submit dialog's script preview against the
// scheduler code, submissions through the loopback Slurm fixture followed to "completed" / cancelled in the jobs
// table, open results, a connection test that fails while the event loop keeps running, and one against the sshd
// fixture answered through the GUI prompts (host key box, password dialog) from the worker thread. Completed jobs
// open their results by themselves, next to their inputs, exactly once (also across a restart of the panel).
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "SshTestSupport.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/remote/ClusterJobsModel.h"
#include "app/remote/ClusterJobsPanel.h"
#include "app/remote/HostProfileDialog.h"
#include "app/remote/JobResults.h"
#include "app/remote/SubmitDialog.h"
#include "io/StackWriter.h"
#include "remote/LocalHost.h"
#include "remote/Scheduler.h"
#include "widgets/ComparisonView.h"
#include "widgets/ImageView.h"
#include "widgets/OrthoSliceView.h"

using namespace xrs;
using namespace xrs::app;
using namespace xrs::remote;

namespace {

template <typename W>
W* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<W*>(QString::fromLatin1(name));
    if (!w) qFatal("no child widget %s", name);
    return w;
}

// One Slurm profile on this machine, written as the list file both profile readers use.
void writeClusterProfile(const QString& file, const QString& workDir, const QString& engine)
{
    QJsonObject p{{"name", "loop"},
                  {"host", "local"},
                  {"scheduler", "slurm"},
                  {"workDirectory", workDir},
                  {"environment", QJsonArray{"export XRS_TEST_MARK=1"}},
                  {"engineCommand", engine},
                  {"resources", QJsonObject{{"wallTime", "00:05:00"}}}};
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{"version", 1}, {"profiles", QJsonArray{p}}}).toJson());
}

QString clusterUnavailable()
{
    if (qEnvironmentVariable("SLURM_CONF").isEmpty()) return QStringLiteral("SLURM_CONF is not set (no test cluster)");
    const QString dir = qEnvironmentVariable("XRS_TEST_CLUSTER_DIR");
    if (QFile why(dir + QStringLiteral("/unavailable.txt")); !dir.isEmpty() && why.open(QIODevice::ReadOnly))
        return QString::fromUtf8(why.readAll()).trimmed();
    const CommandResult r = LocalHost().run(QStringLiteral("sinfo -h -N -o %t"), std::chrono::seconds(10));
    return r.ok() ? QString() : QStringLiteral("sinfo failed: ") + QString::fromUtf8(r.err).trimmed();
}

// Stands in for xrs on the cluster: prints its arguments (the log tail shows them), then writes the -o file as a copy
// of its input — for a manifest, of the ground truth next to it (a perfect "fusion").
void writeFakeEngine(const QString& file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "echo \"$@\"\n"
        "shift 2\n"
        "in= out=\n"
        "while [ $# -gt 0 ]; do\n"
        "  case $1 in\n"
        "    -o|--output) out=$2; shift 2 ;;\n"
        "    -*) shift 2 ;;\n"
        "    *) [ -z \"$in\" ] && in=$1; shift ;;\n"
        "  esac\n"
        "done\n"
        "case $in in *.json) in=$(dirname \"$in\")/ground_truth.tif ;; esac\n"
        "cp \"$in\" \"$out\"\n");
}

ImageStack ramp(std::int64_t frames, std::int64_t size, float scale)
{
    ImageStack s(Shape{frames, size, size});
    for (std::int64_t f = 0; f < frames; ++f)
        for (std::int64_t r = 0; r < size; ++r)
            for (std::int64_t c = 0; c < size; ++c)
                s.at(f, r, c) = scale * float(f + 1) * float(r + 2 * c) / float(size);
    return s;
}

// A synth-like video folder: LR 4 frames 8×8, HR 2 frames 32×32, ground truth 4 frames 32×32, manifest with times.
void writeVideoFolder(const QString& dir)
{
    QDir().mkpath(dir);
    const auto path = [&](const char* name) { return std::filesystem::path(QDir(dir).filePath(name).toStdString()); };
    io::writeStack(path("lr.tif"), ramp(4, 8, 1.0f));
    io::writeStack(path("hr.tif"), ramp(2, 32, 2.0f));
    io::writeStack(path("ground_truth.tif"), ramp(4, 32, 3.0f));
    QFile m(QDir(dir).filePath(QStringLiteral("manifest.json")));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(QJsonDocument(
                QJsonObject{
                    {"files", QJsonObject{{"lr", "lr.tif"}, {"hr", "hr.tif"}, {"ground_truth", "ground_truth.tif"}}},
                    {"lr_times", QJsonArray{0, 1, 2, 3}},
                    {"hr_times", QJsonArray{0, 3}}})
                .toJson());
}

}  // namespace

class TestRemoteDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // preferences and results folders
    void profileDialogRoundTrip();
    void submitPreviewMatchesSchedulerScripts();
    void submitThroughSlurmCompletesInJobsTable();
    void cancelAndOpenResultsActions();
    void resultLayoutsPerJobKind();
    void completedJobsOpenTheirResultsOnce();
    void connectionTestReportsErrorWithoutFreezing();
    void connectionTestAsksThroughGuiPrompts();
    void keyboardInteractiveRoundsThroughGuiPrompts();
    void looksOfSubmitDialogAndJobsTable();
    void submitOverSshStagesInputs();
};

void TestRemoteDialogs::profileDialogRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hosts.json"));
    HostProfile first;
    first.name = QStringLiteral("first");
    first.host = QStringLiteral("a.example.org");
    {
        HostProfileDialog dialog(file);
        QCOMPARE(dialog.profiles().size(), 0);  // no file yet: an empty list
        dialog.setProfiles({first, HostProfile{.name = QStringLiteral("second")}});
        dialog.selectProfile(1);
        child<QLineEdit>(dialog, "host")->setText(QStringLiteral("login.cluster.example"));
        child<QSpinBox>(dialog, "port")->setValue(2222);
        child<QLineEdit>(dialog, "user")->setText(QStringLiteral("alice"));
        child<QLineEdit>(dialog, "jumpHost")->setText(QStringLiteral("bob@gw:22"));
        child<QComboBox>(dialog, "scheduler")->setCurrentText(QStringLiteral("pbs"));
        child<QLineEdit>(dialog, "workDirectory")->setText(QStringLiteral("/scratch/alice/xrs jobs"));
        child<QPlainTextEdit>(dialog, "environment")
            ->setPlainText(QStringLiteral("module load cuda\n\nmodule load xrs"));
        child<QLineEdit>(dialog, "engineCommand")->setText(QStringLiteral("apptainer exec xrs.sif xrs"));
        child<QLineEdit>(dialog, "partition")->setText(QStringLiteral("gpu"));
        child<QSpinBox>(dialog, "nodes")->setValue(2);
        child<QSpinBox>(dialog, "gpusPerNode")->setValue(4);
        child<QSpinBox>(dialog, "cpusPerTask")->setValue(16);
        child<QLineEdit>(dialog, "memory")->setText(QStringLiteral("64G"));
        child<QLineEdit>(dialog, "wallTime")->setText(QStringLiteral("02:00:00"));
        dialog.selectProfile(0);  // switching commits the form
        QVERIFY2(dialog.save(), qPrintable(dialog.statusText()));
    }
    const QList<HostProfile> saved = loadHostProfiles(file);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved[0], first);
    const HostProfile& s = saved[1];
    QCOMPARE(s.host, QStringLiteral("login.cluster.example"));
    QCOMPARE(s.port, 2222);
    QCOMPARE(s.user, QStringLiteral("alice"));
    QCOMPARE(s.jumpHost, QStringLiteral("bob@gw:22"));
    QCOMPARE(s.scheduler, SchedulerKind::Pbs);
    QCOMPARE(s.workDirectory, QStringLiteral("/scratch/alice/xrs jobs"));
    QCOMPARE(s.environment, (QStringList{"module load cuda", "module load xrs"}));
    QCOMPARE(s.engineCommand, QStringLiteral("apptainer exec xrs.sif xrs"));
    QCOMPARE(s.resources.partition, QStringLiteral("gpu"));
    QCOMPARE(s.resources.nodes, 2);
    QCOMPARE(s.resources.gpusPerNode, 4);
    QCOMPARE(s.resources.cpusPerTask, 16);
    QCOMPARE(s.resources.memory, QStringLiteral("64G"));
    QCOMPARE(s.resources.wallTime, QStringLiteral("02:00:00"));

    // Reloaded in a new dialog: the same list; the form shows what was saved.
    HostProfileDialog again(file);
    QCOMPARE(again.profiles(), saved);
    again.selectProfile(1);
    QCOMPARE(child<QSpinBox>(again, "gpusPerNode")->value(), 4);
    QCOMPARE(child<QComboBox>(again, "scheduler")->currentText(), QStringLiteral("pbs"));

    // Import from an ssh config adds its aliases.
    const QString config = dir.filePath(QStringLiteral("ssh_config"));
    QFile cf(config);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("Host polaris\n  HostName polaris.alcf.example\n  User carol\n  Port 2200\n");
    cf.close();
    again.importSshConfig(config);
    const QList<HostProfile> withImport = again.profiles();
    QCOMPARE(withImport.size(), 3);
    QCOMPARE(withImport[2].name, QStringLiteral("polaris"));
    QCOMPARE(withImport[2].host, QStringLiteral("polaris.alcf.example"));
    QCOMPARE(withImport[2].port, 2200);
}

void TestRemoteDialogs::submitPreviewMatchesSchedulerScripts()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hosts.json"));
    writeClusterProfile(file, dir.filePath(QStringLiteral("work")), QStringLiteral("xrs"));
    SubmitDialog dialog(file, dir.filePath(QStringLiteral("jobs.sqlite")));
    child<QComboBox>(dialog, "host")->setCurrentText(QStringLiteral("loop"));
    QCOMPARE(dialog.profile().name, QStringLiteral("loop"));
    auto* kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("recon")));

    const QString hostileName = QStringLiteral("scan'; rm -rf ~ #$(id)");
    const QString input = dir.filePath(QStringLiteral("my scan's `x` $HOME.h5"));
    child<QLineEdit>(dialog, "jobName")->setText(hostileName);
    child<QLineEdit>(dialog, "inputs")->setText(input);
    child<QLineEdit>(dialog, "output")->setText(dir.filePath(QStringLiteral("out.tif")));
    child<QLineEdit>(dialog, "arguments")->setText(QStringLiteral("--center 31.5"));
    child<QSpinBox>(dialog, "rows")->setValue(16);
    child<QSpinBox>(dialog, "arrayTasks")->setValue(4);

    // The scheduler code's scripts for the same values, computed here from the profile list.
    const ClusterProfile profile = loadClusterProfiles(file).back();
    QCOMPARE(profile.name, QStringLiteral("loop"));
    ReconSplit split;
    split.input = input;
    split.partsDir = dialog.remoteDir() + QStringLiteral("/parts");
    split.output = dialog.remoteDir() + QStringLiteral("/out.tif");
    split.rows = 16;
    split.tasks = 4;
    split.reconArgs = {QStringLiteral("--center"), QStringLiteral("31.5")};
    ScriptSet expected = reconScripts(profile, profile.resources, hostileName, split);
    QString preview = dialog.previewText();
    QVERIFY(preview.startsWith(expected.main));
    QVERIFY(!expected.merge.isEmpty());
    QVERIFY(preview.endsWith(expected.merge));

    // The hostile input path is one single-quoted word ('\'' for its quote); the name only reaches the directives
    // sanitised.
    QString quoted = input;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    QVERIFY2(preview.contains(u'\'' + quoted + u'\''), qPrintable(preview));
    QVERIFY(!preview.contains(QStringLiteral("rm -rf")));
    QVERIFY(!preview.contains(QStringLiteral("$(id)")));
    QVERIFY(dialog.remoteDir().contains(sanitizeJobName(hostileName)));

    // A resource change updates the preview to the scheduler's script for the new values.
    child<QSpinBox>(dialog, "gpusPerNode")->setValue(2);
    child<QLineEdit>(dialog, "partition")->setText(QStringLiteral("gpu"));
    ClusterResources res = profile.resources;
    res.gpusPerNode = 2;
    res.partition = QStringLiteral("gpu");
    expected = reconScripts(profile, res, hostileName, split);
    preview = dialog.previewText();
    QVERIFY(preview.startsWith(expected.main));
    QVERIFY(preview.contains(QStringLiteral("gpu")));

    // Denoise: one script, the options (split like a command line, double quotes group) quoted for the shell.
    kind->setCurrentIndex(kind->findData(QStringLiteral("denoise")));
    child<QLineEdit>(dialog, "arguments")->setText(QStringLiteral("\"a b.tif\" -o \"c;d.tif\""));
    QCOMPARE(dialog.previewText(),
             denoiseScript(profile, res, hostileName,
                           {QStringLiteral("a b.tif"), QStringLiteral("-o"), QStringLiteral("c;d.tif")}));
    QVERIFY(dialog.previewText().contains(QStringLiteral("'c;d.tif'")));
}

void TestRemoteDialogs::submitThroughSlurmCompletesInJobsTable()
{
    if (const QString why = clusterUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hosts.json"));
    const QString store = dir.filePath(QStringLiteral("jobs.sqlite"));
    // The engine command is a stand-in that echoes its arguments and writes its -o file: the job runs the real
    // script through Slurm, succeeds at once and its output comes back.
    const QString engine = dir.filePath(QStringLiteral("fake-xrs.sh"));
    writeFakeEngine(engine);
    writeClusterProfile(file, dir.filePath(QStringLiteral("work")), QStringLiteral("sh ") + engine);
    QFile input(dir.filePath(QStringLiteral("in.raw")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("raw bytes");
    input.close();

    ClusterJobsPanel panel(store, [](const QString&, const QString& scheduler) {
        return makeScheduler(scheduler, std::make_shared<LocalHost>());
    });
    panel.monitor().setIntervals(std::chrono::milliseconds(200), std::chrono::milliseconds(1000));
    SubmitDialog dialog(file, store);
    child<QComboBox>(dialog, "host")->setCurrentText(QStringLiteral("loop"));
    auto* kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("denoise")));
    child<QLineEdit>(dialog, "jobName")->setText(QStringLiteral("gui denoise"));
    child<QLineEdit>(dialog, "arguments")->setText(input.fileName() + QStringLiteral(" -o out.raw"));
    child<QLineEdit>(dialog, "inputs")->setText(input.fileName());
    panel.setAutoOpen(false);  // no image: verified as a plain file, opened by nobody

    QSignalSpy submitted(&dialog, &SubmitDialog::submitted);
    QSignalSpy failed(&dialog, &SubmitDialog::submitFailed);
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(submitted.size() + failed.size() == 1, 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QString id = submitted[0][0].toString();

    panel.model()->refresh();
    const int row = panel.model()->rowOf(id);
    QVERIFY(row >= 0);
    auto* model = panel.model();
    QCOMPARE(model->data(model->index(row, ClusterJobsModel::HostColumn)).toString(), QStringLiteral("loop"));
    QVERIFY(!model->data(model->index(row, ClusterJobsModel::SchedulerIdColumn)).toString().isEmpty());

    panel.monitor().start();
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(model->rowOf(id), ClusterJobsModel::StateColumn)).toString(),
                              QStringLiteral("completed (fetched)"), 60000);
    panel.monitor().stop();
    // Options that name -o themselves: as typed; the output came back to the default results folder of the job.
    const auto stored = JobStore(store).get(id);
    QVERIFY(stored);
    QCOMPARE(stored->job.arguments, (QStringList{"denoise", input.fileName(), "-o", "out.raw"}));
    QCOMPARE(stored->fetchFiles, QStringList{QStringLiteral("out.raw")});
    QFile fetched(QDir(stored->localDir).filePath(QStringLiteral("out.raw")));
    QVERIFY(fetched.open(QIODevice::ReadOnly));
    QCOMPARE(fetched.readAll(), QByteArray("raw bytes"));

    // The log tail comes back through the scheduler: the engine command echoed its arguments.
    panel.selectJob(id);
    QSignalSpy log(&panel, &ClusterJobsPanel::logTailReady);
    panel.showLogTail();
    QTRY_VERIFY_WITH_TIMEOUT(!log.isEmpty(), 20000);
    QVERIFY2(
        log[0][1].toString().contains(QStringLiteral("denoise ") + input.fileName() + QStringLiteral(" -o out.raw")),
        qPrintable(log[0][1].toString()));
}

void TestRemoteDialogs::cancelAndOpenResultsActions()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("jobs.sqlite"));
    ClusterJobsPanel panel(store, [](const QString&, const QString& scheduler) {
        return makeScheduler(scheduler, std::make_shared<LocalHost>());
    });
    // Open results: a job stored as fetched hands its files (absolute, in its local folder) to the main window.
    {
        StoredJob done;
        done.job = Job::xrs(QStringLiteral("recon"), QStringLiteral("done"), {QStringLiteral("recon")});
        done.job.state = JobState::Completed;
        done.host = QStringLiteral("loop");
        done.scheduler = QStringLiteral("slurm");
        done.localDir = dir.path();
        done.fetchFiles = {QStringLiteral("recon.tif")};
        done.fetched = true;
        JobStore(store).put(done);
        panel.model()->refresh();
        panel.selectJob(done.job.id);
        QSignalSpy open(&panel, &ClusterJobsPanel::openResultsRequested);
        panel.openResults();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][0].toStringList(), QStringList{dir.filePath(QStringLiteral("recon.tif"))});
    }

    if (const QString why = clusterUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
    const QString file = dir.filePath(QStringLiteral("hosts.json"));
    // A job that would run for a minute: the engine command sleeps (its arguments follow the script's own).
    writeClusterProfile(file, dir.filePath(QStringLiteral("work")), QStringLiteral("sh -c 'sleep 60' sleeper"));
    SubmitDialog dialog(file, store);
    child<QComboBox>(dialog, "host")->setCurrentText(QStringLiteral("loop"));
    auto* kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("train")));
    QSignalSpy submitted(&dialog, &SubmitDialog::submitted);
    QSignalSpy failed(&dialog, &SubmitDialog::submitFailed);
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(submitted.size() + failed.size() == 1, 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QString id = submitted[0][0].toString();
    panel.model()->refresh();
    panel.selectJob(id);
    panel.cancelSelected();
    auto* model = panel.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(model->rowOf(id), ClusterJobsModel::StateColumn)).toString(),
                              QStringLiteral("cancelled"), 30000);
}

void TestRemoteDialogs::connectionTestReportsErrorWithoutFreezing()
{
    QTemporaryDir dir;
    // A server that accepts and never says a word: the SSH banner never comes, so the attempt runs into its time-out.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (auto* s = silent.nextPendingConnection()) held << s;
    });

    HostProfile p;
    p.name = QStringLiteral("silent");
    p.host = QStringLiteral("127.0.0.1");
    p.port = silent.serverPort();
    p.user = QStringLiteral("nobody");
    HostProfileDialog dialog(dir.filePath(QStringLiteral("hosts.json")));
    dialog.setProfiles({p});
    dialog.setSshCallbacks({});  // no prompts in a test
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    dialog.setSshTune([knownHosts](SshOptions& o) {
        o.connectTimeout = std::chrono::seconds(2);
        o.parseConfig = false;
        o.useAgent = false;
        o.knownHostsFile = knownHosts;
    });

    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start(20);
    QSignalSpy tested(&dialog, &HostProfileDialog::connectionTested);
    QElapsedTimer clock;
    clock.start();
    dialog.testConnection();
    QVERIFY(dialog.isTesting());
    QVERIFY(tested.wait(30000));
    const qint64 ms = clock.elapsed();
    QCOMPARE(tested[0][0].toBool(), false);
    const QString message = tested[0][1].toString();
    QVERIFY(!message.isEmpty());
    QCOMPARE(dialog.statusText(), message);
    // The GUI thread kept ticking while the worker waited (at least half the ticks the elapsed time allows).
    qInfo("silent server: %lld ms, %d ticks, error: %s", ms, ticks, qPrintable(message));
    QVERIFY(ms >= 1000);
    QVERIFY(ticks >= ms / 20 / 2);

    // A closed port: refused at once, the exact error shown.
    const quint16 port = silent.serverPort();
    silent.close();
    qDeleteAll(held);
    p.port = port;
    dialog.setProfiles({p});
    tested.clear();
    dialog.testConnection();
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested[0][0].toBool(), false);
    qInfo("closed port: %s", qPrintable(tested[0][1].toString()));
    QCOMPARE(dialog.statusText(), tested[0][1].toString());
}

void TestRemoteDialogs::connectionTestAsksThroughGuiPrompts()
{
    const test::SshdFixture fx = test::SshdFixture::load();
    if (!fx.skipReason.isEmpty()) QSKIP(qPrintable(fx.skipReason));
    QTemporaryDir dir;
    HostProfile p;
    p.name = QStringLiteral("fixture");
    p.host = QStringLiteral("127.0.0.1");
    p.port = fx.port;
    p.user = QStringLiteral("xrspw");  // password login
    HostProfileDialog dialog(dir.filePath(QStringLiteral("hosts.json")));
    dialog.setProfiles({p});
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));  // empty: the key is unknown
    dialog.setSshTune([&fx, knownHosts](SshOptions& o) {
        o.knownHostsFile = knownHosts;
        o.configFile = fx.dir + QStringLiteral("/ssh_config");
        o.useAgent = false;
        o.identityFiles = {fx.key(QStringLiteral("id_other"))};
        o.connectTimeout = std::chrono::seconds(10);
    });

    // Closed while the worker waits for the host key answer: the question is dropped (refused), nothing hangs.
    {
        auto closing = std::make_unique<HostProfileDialog>(dir.filePath(QStringLiteral("other.json")));
        closing->setProfiles({p});
        closing->setSshTune([&fx, knownHosts](SshOptions& o) {
            o.knownHostsFile = knownHosts;
            o.configFile = fx.dir + QStringLiteral("/ssh_config");
            o.useAgent = false;
        });
        closing->testConnection();
        QThread::msleep(300);  // the worker reaches the host key question meanwhile
        QElapsedTimer clock;
        clock.start();
        closing.reset();
        qInfo("dialog closed during the host key question in %lld ms", clock.elapsed());
    }

    // A person at the GUI: accepts the host key once and types the password into whatever asks for it.
    QStringList asked;
    QTimer person;
    connect(&person, &QTimer::timeout, this, [&] {
        QWidget* w = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(w)) {
            asked << box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text() == QStringLiteral("Accept Once")) b->click();
        } else if (auto* input = qobject_cast<QInputDialog*>(w)) {
            asked << input->labelText();
            input->setTextValue(test::kSshPassword);
            input->accept();
        }
    });
    person.start(50);
    QSignalSpy tested(&dialog, &HostProfileDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(40000));
    qInfo("prompts: %s | result: %s", qPrintable(asked.join(QStringLiteral(" | "))),
          qPrintable(tested[0][1].toString()));
    QVERIFY2(tested[0][0].toBool(), qPrintable(tested[0][1].toString()));
    QVERIFY(tested[0][1].toString().startsWith(QStringLiteral("OK: ")));
    QVERIFY(tested[0][1].toString().contains(QStringLiteral(" ms")));
    QVERIFY(asked.size() >= 2);
    QVERIFY(asked[0].contains(QStringLiteral("SHA256:")));
    QVERIFY(asked[1].contains(QStringLiteral("xrspw")));
    // Accepted once: nothing written to known_hosts.
    QVERIFY(!QFileInfo(knownHosts).exists() || QFileInfo(knownHosts).size() == 0);
}

void TestRemoteDialogs::keyboardInteractiveRoundsThroughGuiPrompts()
{
    const test::SshdFixture fx = test::SshdFixture::load();
    if (!fx.skipReason.isEmpty()) QSKIP(qPrintable(fx.skipReason));
    QTemporaryDir dir;
    // xrsmfa: publickey AND keyboard-interactive through the fixture's own PAM service — a password round, then a
    // one-time-code round (pam_stress's "STRESS Password:").
    HostProfile p;
    p.name = QStringLiteral("mfa");
    p.host = QStringLiteral("127.0.0.1");
    p.port = fx.port;
    p.user = QStringLiteral("xrsmfa");
    HostProfileDialog dialog(dir.filePath(QStringLiteral("hosts.json")));
    dialog.setProfiles({p});
    dialog.setSshTune([&fx](SshOptions& o) {
        o = fx.options(QStringLiteral("xrsmfa"), {fx.key(QStringLiteral("id_plain"))});  // the fixture's known hosts
    });

    // The person answers each prompt the GUI shows: the password, then a code; `cancelAt` ≥ 0 cancels that prompt.
    QStringList asked;
    int cancelAt = -1;
    QTimer person;
    connect(&person, &QTimer::timeout, this, [&] {
        auto* input = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!input) return;
        asked << input->labelText();
        if (asked.size() - 1 == cancelAt) {
            input->reject();
            return;
        }
        input->setTextValue(asked.size() == 1 ? test::kSshPassword : QStringLiteral("123456"));
        input->accept();
    });
    person.start(30);
    QSignalSpy tested(&dialog, &HostProfileDialog::connectionTested);
    dialog.testConnection();
    QVERIFY(tested.wait(40000));
    qInfo("prompts: %s | result: %s", qPrintable(asked.join(QStringLiteral(" | "))),
          qPrintable(tested[0][1].toString()));
    QVERIFY2(tested[0][0].toBool(), qPrintable(tested[0][1].toString()));
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked[0].contains(QStringLiteral("Password")), qPrintable(asked[0]));
    QVERIFY2(asked[1].contains(QStringLiteral("STRESS")), qPrintable(asked[1]));

    // Cancelling the second round refuses the login cleanly: a failure with a reason, soon, no prompt left open.
    for (int at : {1, 0}) {
        asked.clear();
        cancelAt = at;
        tested.clear();
        QElapsedTimer clock;
        clock.start();
        dialog.testConnection();
        QVERIFY(tested.wait(40000));
        qInfo("cancelled prompt %d after %lld ms: %s", at, clock.elapsed(), qPrintable(tested[0][1].toString()));
        QCOMPARE(tested[0][0].toBool(), false);
        QVERIFY(!tested[0][1].toString().isEmpty());
        QCOMPARE(asked.size(), at + 1);  // nothing asked after the cancelled prompt
        QVERIFY(clock.elapsed() < 20000);
        QVERIFY(!dialog.isTesting());
        QVERIFY(!QApplication::activeModalWidget());
    }
}

void TestRemoteDialogs::looksOfSubmitDialogAndJobsTable()
{
    // Both as a person sees them (XRS_SCREENSHOT_DIR set: PNGs saved there for a look).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hosts.json"));
    const QString store = dir.filePath(QStringLiteral("jobs.sqlite"));
    writeClusterProfile(file, QStringLiteral("/scratch/alice/xrs-jobs"), QStringLiteral("xrs"));
    const QString shots = qEnvironmentVariable("XRS_SCREENSHOT_DIR");

    SubmitDialog dialog(file, store);
    child<QComboBox>(dialog, "host")->setCurrentText(QStringLiteral("loop"));
    auto* kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("fuse")));
    child<QLineEdit>(dialog, "inputs")->setText(QStringLiteral("/data/beamtime/video/manifest.json"));
    child<QLineEdit>(dialog, "output")->setText(QStringLiteral("/data/beamtime/results/fused.tif"));
    child<QLineEdit>(dialog, "arguments")->setText(QStringLiteral("--preset paper --tile 64"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(
        dialog.previewText().contains(QStringLiteral("fuse /data/beamtime/video/manifest.json --preset paper "
                                                     "--tile 64 -o fused.tif")));
    // The preview shows the whole script without a horizontal scroll bar at the dialog's size.
    auto* preview = child<QPlainTextEdit>(dialog, "preview");
    if (!shots.isEmpty()) dialog.grab().save(QDir(shots).filePath(QStringLiteral("submit-dialog.png")));
    qInfo("submit dialog %dx%d, preview %dx%d", dialog.width(), dialog.height(), preview->width(), preview->height());

    // The jobs table with one job in each state.
    const auto put = [&](const QString& title, JobState state, bool fetched, const QString& backend) {
        StoredJob j;
        j.job = Job::xrs(QStringLiteral("fuse"), title, {QStringLiteral("fuse")});
        j.job.state = state;
        j.job.backendState = backend;
        j.job.created = QDateTime::currentDateTimeUtc().addSecs(-600);
        if (state != JobState::Queued) j.job.started = j.job.created.addSecs(60);
        if (isFinal(state)) j.job.finished = j.job.started.addSecs(300);
        j.host = QStringLiteral("polaris");
        j.scheduler = QStringLiteral("pbs");
        j.schedulerIds = {QStringLiteral("%1.polaris-pbs-01").arg(4100 + int(state))};
        j.fetched = fetched;
        j.opened = fetched;
        JobStore(store).put(j);
        return j.job.id;
    };
    put(QStringLiteral("fusion, beamtime 42"), JobState::Completed, true, QStringLiteral("F"));
    put(QStringLiteral("denoise scan 7"), JobState::Failed, false, QStringLiteral("F"));
    put(QStringLiteral("recon scan 8"), JobState::Running, false, QStringLiteral("R"));
    const QString queued = put(QStringLiteral("recon scan 9"), JobState::Queued, false, QStringLiteral("Q"));
    ClusterJobsPanel panel(store, [](const QString&, const QString& scheduler) {
        return makeScheduler(scheduler, std::make_shared<LocalHost>());
    });
    panel.model()->refresh();
    panel.model()->setQueuePosition(queued, 3);
    panel.resize(900, 240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectJob(queued);
    const auto* model = panel.model();
    QCOMPARE(model->data(model->index(model->rowOf(queued), ClusterJobsModel::QueueColumn)).toInt(), 3);
    // Every column's title fits its column.
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(panel.view()->columnWidth(c) >= panel.view()->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }
    if (!shots.isEmpty()) panel.grab().save(QDir(shots).filePath(QStringLiteral("cluster-jobs.png")));

    // In the window: Cluster → Cluster Jobs shows the dock (over the default store of this test's data location).
    MainWindow w;
    w.setDialogsEnabled(false);
    w.resize(1200, 800);
    w.show();
    QAction* jobs = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("Cluster &Jobs")) jobs = a;
    QVERIFY(jobs);
    jobs->trigger();
    auto* dock = w.findChild<QWidget*>(QStringLiteral("ClusterJobsDock"));
    QVERIFY(dock && dock->isVisible());
    auto* windowPanel = w.findChild<ClusterJobsPanel*>();
    QVERIFY(windowPanel);
    if (windowPanel->model()->rowCount() == 0)  // an empty table says how to fill it
        QVERIFY2(windowPanel->statusText().contains(QStringLiteral("Submit")), qPrintable(windowPanel->statusText()));
    if (!shots.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.grab().save(QDir(shots).filePath(QStringLiteral("window-cluster-dock.png")));
    }
}

void TestRemoteDialogs::submitOverSshStagesInputs()
{
    const test::SshdFixture fx = test::SshdFixture::load();
    if (!fx.skipReason.isEmpty()) QSKIP(qPrintable(fx.skipReason));
    if (const QString why = clusterUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
    QTemporaryDir dir;
    const QString remoteDir = fx.newRemoteDir();
    const QString input = dir.filePath(QStringLiteral("noisy scan.tif"));
    QFile in(input);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(QByteArray(4096, 'x'));
    in.close();

    // The fixture's sshd on this machine is the "cluster login node": the same Slurm, reached over SSH.
    HostProfile p;
    p.name = QStringLiteral("sshloop");
    p.host = QStringLiteral("127.0.0.1");
    p.port = fx.port;
    p.user = QStringLiteral("xrsssh");
    p.identityFile = fx.key(QStringLiteral("id_plain"));
    p.scheduler = SchedulerKind::Slurm;
    p.workDirectory = remoteDir;
    p.environment = {QStringLiteral("export SLURM_CONF=") + qEnvironmentVariable("SLURM_CONF")};
    p.engineCommand = QStringLiteral("echo");
    const QString file = dir.filePath(QStringLiteral("hosts.json"));
    saveHostProfiles(file, {p});

    SubmitDialog dialog(file, dir.filePath(QStringLiteral("jobs.sqlite")));
    child<QComboBox>(dialog, "host")->setCurrentText(QStringLiteral("sshloop"));
    QCOMPARE(dialog.profile().name, QStringLiteral("sshloop"));
    auto* kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("denoise")));
    child<QLineEdit>(dialog, "inputs")->setText(input);
    child<QLineEdit>(dialog, "arguments")->setText(QStringLiteral("\"noisy scan.tif\" -o clean.tif"));

    // The person accepts the unknown host key once (the user's own known_hosts stays untouched).
    QTimer person;
    connect(&person, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            for (QAbstractButton* b : box->buttons())
                if (b->text() == QStringLiteral("Accept Once")) b->click();
    });
    person.start(50);
    QSignalSpy submitted(&dialog, &SubmitDialog::submitted);
    QSignalSpy failed(&dialog, &SubmitDialog::submitFailed);
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(submitted.size() + failed.size() == 1, 40000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    // The input was copied into the job folder on the host, whole.
    const QString staged = dialog.remoteDir() + QStringLiteral("/noisy scan.tif");
    QVERIFY2(QFileInfo::exists(staged), qPrintable(staged));
    QCOMPARE(QFileInfo(staged).size(), qint64(4096));
    const auto job = JobStore(dir.filePath(QStringLiteral("jobs.sqlite"))).get(submitted[0][0].toString());
    QVERIFY(job);
    QCOMPARE(job->host, QStringLiteral("sshloop"));
    QCOMPARE(job->schedulerIds.size(), 1);
}

void TestRemoteDialogs::resultLayoutsPerJobKind()
{
    QTemporaryDir dir;
    const QString video = dir.filePath(QStringLiteral("video"));
    writeVideoFolder(video);
    const QString results = dir.filePath(QStringLiteral("results"));
    QDir().mkpath(results);
    QVERIFY(QFile::copy(QDir(video).filePath(QStringLiteral("ground_truth.tif")),
                        QDir(results).filePath(QStringLiteral("fused.tif"))));
    const auto fetchedJob = [&](const QString& kind, const QStringList& args, const QStringList& inputs,
                                const QString& file) {
        StoredJob j;
        j.job = Job::xrs(kind, kind + QStringLiteral(" job"), QStringList{kind} + args);
        j.job.inputs = inputs;
        j.job.state = JobState::Completed;
        j.localDir = results;
        j.fetchFiles = {file};
        j.fetched = true;
        return j;
    };

    // Fusion from a manifest staged by file name: the manifest's LR/HR/ground truth here, the fused output fetched.
    const QString manifest = QDir(video).filePath(QStringLiteral("manifest.json"));
    const StoredJob fuse =
        fetchedJob(QStringLiteral("fuse"), {"manifest.json", "--preset", "baseline", "-o", "fused.tif"},
                   {manifest, QDir(video).filePath(QStringLiteral("lr.tif"))}, "fused.tif");
    JobResults r = jobResults(fuse);
    QCOMPARE(r.layout, JobResults::Layout::Comparison);
    QCOMPARE(r.comparison.lr, QDir(video).filePath(QStringLiteral("lr.tif")));
    QCOMPARE(r.comparison.hr, QDir(video).filePath(QStringLiteral("hr.tif")));
    QCOMPARE(r.comparison.groundTruth, QDir(video).filePath(QStringLiteral("ground_truth.tif")));
    QCOMPARE(r.comparison.manifest, manifest);
    QCOMPARE(r.comparison.reconstructed, QDir(results).filePath(QStringLiteral("fused.tif")));
    // An LR stack with --hr: those inputs, no ground truth.
    const StoredJob plain = fetchedJob(
        QStringLiteral("fuse"), {"lr.tif", "--hr", "hr.tif", "--hr-step", "3", "-o", "fused.tif"},
        {QDir(video).filePath(QStringLiteral("lr.tif")), QDir(video).filePath(QStringLiteral("hr.tif"))}, "fused.tif");
    r = jobResults(plain);
    QCOMPARE(r.layout, JobResults::Layout::Comparison);
    QCOMPARE(r.comparison.hr, QDir(video).filePath(QStringLiteral("hr.tif")));
    QVERIFY(r.comparison.groundTruth.isEmpty());
    // Reconstruction → the volume; denoise → input and output side by side; an input not here → the output alone.
    r = jobResults(fetchedJob(QStringLiteral("recon"), {"scan.h5", "-o", "fused.tif"}, {}, "fused.tif"));
    QCOMPARE(r.layout, JobResults::Layout::Volume);
    QCOMPARE(r.volume, QDir(results).filePath(QStringLiteral("fused.tif")));
    const QString hr = QDir(video).filePath(QStringLiteral("hr.tif"));
    r = jobResults(
        fetchedJob(QStringLiteral("denoise"), {"hr.tif", "--splits", "2", "-o", "fused.tif"}, {hr}, "fused.tif"));
    QCOMPARE(r.layout, JobResults::Layout::SideBySide);
    QCOMPARE(r.files, (QStringList{hr, QDir(results).filePath(QStringLiteral("fused.tif"))}));
    r = jobResults(
        fetchedJob(QStringLiteral("denoise"), {"gone.h5", "-o", "fused.tif"}, {"/nonexistent/gone.h5"}, "fused.tif"));
    QCOMPARE(r.layout, JobResults::Layout::Panes);
    QVERIFY(!r.note.isEmpty());

    // The window shows them: the comparison with all five panes on the HR grid, the volume tab.
    MainWindow w;
    w.setDialogsEnabled(false);
    w.resize(1200, 800);
    w.show();
    QVERIFY(w.openJobResults(fuse));
    QVERIFY(w.comparisonView());
    QCOMPARE(w.comparisonView()->frameCount(), 4);
    QCOMPARE(w.comparisonView()->gridSize(), QSize(32, 32));
    QVERIFY(w.comparisonView()->view(widgets::ComparisonView::Pane::Hr));
    QVERIFY(w.comparisonView()->view(widgets::ComparisonView::Pane::GroundTruth));
    QVERIFY(w.comparisonView()->view(widgets::ComparisonView::Pane::Difference));
    QCOMPARE(w.comparisonView()->input().reconstructedName, QStringLiteral("fused"));
    QCOMPARE(w.comparisonView()->input().times.hrFrames(), 2);
    if (const QString shots = qEnvironmentVariable("XRS_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.renderPanes();
        w.grab().save(QDir(shots).filePath(QStringLiteral("fusion-results.png")));
    }
    QVERIFY(w.openJobResults(fetchedJob(QStringLiteral("recon"), {"scan.h5", "-o", "fused.tif"}, {}, "fused.tif")));
    QVERIFY(w.volumeView());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVolumeLoading(), 20000);  // read on a worker thread
    QVERIFY(!w.volumeView()->volume().empty());
    QVERIFY(w.lastError().isEmpty());
}

void TestRemoteDialogs::completedJobsOpenTheirResultsOnce()
{
    if (const QString why = clusterUnavailable(); !why.isEmpty()) QSKIP(qPrintable(why));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hosts.json"));
    const QString store = dir.filePath(QStringLiteral("jobs.sqlite"));
    const QString engine = dir.filePath(QStringLiteral("fake-xrs.sh"));
    writeFakeEngine(engine);
    writeClusterProfile(file, dir.filePath(QStringLiteral("work")), QStringLiteral("sh ") + engine);
    const QString video = dir.filePath(QStringLiteral("video"));
    writeVideoFolder(video);
    const QString results = dir.filePath(QStringLiteral("results"));
    const auto factory = [](const QString&, const QString& scheduler) {
        return makeScheduler(scheduler, std::make_shared<LocalHost>());
    };

    MainWindow w;
    w.setDialogsEnabled(false);
    w.resize(1200, 800);
    w.show();
    QStringList opened;  // job ids, in the order they were opened
    auto panel = std::make_unique<ClusterJobsPanel>(store, factory);
    panel->setAutoOpen(true);
    panel->monitor().setIntervals(std::chrono::milliseconds(200), std::chrono::milliseconds(1000));
    const auto follow = [&](ClusterJobsPanel* p) {
        connect(p, &ClusterJobsPanel::jobResultsRequested, &w, [&](const StoredJob& job) {
            opened << job.job.id;
            QVERIFY(w.openJobResults(job));
        });
    };
    follow(panel.get());

    // A fusion job over the manifest and a denoise job over the HR stack, outputs named in Output.
    const auto submit = [&](const QString& kind, const QString& inputs, const QString& output) -> QString {
        SubmitDialog dialog(file, store);
        child<QComboBox>(dialog, "host")->setCurrentText(QStringLiteral("loop"));
        auto* k = child<QComboBox>(dialog, "kind");
        k->setCurrentIndex(k->findData(kind));
        child<QLineEdit>(dialog, "inputs")->setText(inputs);
        child<QLineEdit>(dialog, "output")->setText(output);
        QSignalSpy submitted(&dialog, &SubmitDialog::submitted);
        QSignalSpy failed(&dialog, &SubmitDialog::submitFailed);
        dialog.submit();
        if (!QTest::qWaitFor([&] { return submitted.size() + failed.size() == 1; }, 30000)) return {};
        if (!failed.isEmpty()) qWarning("submit failed: %s", qPrintable(failed[0][0].toString()));
        return submitted.isEmpty() ? QString() : submitted[0][0].toString();
    };
    QVERIFY(!ClusterJobsPanel::hasPendingWork(store));  // no store yet: nothing to follow at start-up
    const QString fuse = submit(QStringLiteral("fuse"), QDir(video).filePath(QStringLiteral("manifest.json")),
                                QDir(results).filePath(QStringLiteral("fused.tif")));
    QVERIFY(!fuse.isEmpty());
    const QString denoise = submit(QStringLiteral("denoise"), QDir(video).filePath(QStringLiteral("hr.tif")),
                                   QDir(results).filePath(QStringLiteral("clean.tif")));
    QVERIFY(!denoise.isEmpty());
    const auto fuseJob = JobStore(store).get(fuse);
    QVERIFY(fuseJob);
    QCOMPARE(fuseJob->job.arguments,
             (QStringList{"fuse", QDir(video).filePath(QStringLiteral("manifest.json")), "-o", "fused.tif"}));
    QCOMPARE(fuseJob->localDir, results);
    QCOMPARE(fuseJob->fetchFiles, QStringList{QStringLiteral("fused.tif")});

    QVERIFY(ClusterJobsPanel::hasPendingWork(store));  // a window starting now would follow them
    QElapsedTimer clock;
    clock.start();
    panel->model()->refresh();
    panel->monitor().start();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 60000);
    qInfo("both jobs completed, fetched and opened in %lld ms", clock.elapsed());
    QVERIFY(opened.contains(fuse) && opened.contains(denoise));
    // The fusion output in the comparison layout next to its inputs; the denoise input and output in two panes.
    QVERIFY(w.comparisonView());
    QCOMPARE(w.comparisonView()->frameCount(), 4);
    QCOMPARE(w.comparisonView()->input().reconstructedName, QStringLiteral("fused"));
    QVERIFY(w.comparisonView()->view(widgets::ComparisonView::Pane::GroundTruth));
    // The fake fusion copied the ground truth: the difference pane has nothing to show but zeros.
    const ImageStack& fused = w.comparisonView()->input().reconstructed;
    const ImageStack& truth = w.comparisonView()->input().groundTruth;
    QCOMPARE(fused.shape(), truth.shape());
    double worst = 0.0;
    for (std::int64_t f = 0; f < fused.frames(); ++f)
        for (std::int64_t r = 0; r < fused.rows(); ++r)
            for (std::int64_t c = 0; c < fused.cols(); ++c)
                worst = std::max(worst, double(std::abs(fused.at(f, r, c) - truth.at(f, r, c))));
    QCOMPARE(worst, 0.0);
    QCOMPARE(w.panes().size(), 2);
    QCOMPARE(w.panes()[0]->title(), QStringLiteral("hr.tif"));
    QCOMPARE(w.panes()[1]->title(), QStringLiteral("clean.tif"));
    // Linked: a frame step or a zoom in one pane happens in the other.
    widgets::ImageView *in = w.panes()[0]->view(), *out = w.panes()[1]->view();
    in->setFrame(1);
    QCOMPARE(out->currentFrame(), 1);
    out->zoomOneToOne();
    QCOMPARE(in->viewState(), out->viewState());
    QCOMPARE(in->viewState().zoom, 1.0);
    for (const QString& id : {fuse, denoise}) {
        const auto j = JobStore(store).get(id);
        QVERIFY(j && j->fetched && j->opened);
    }

    QVERIFY(!ClusterJobsPanel::hasPendingWork(store));
    // More polls open nothing again; nor does a new panel and monitor over the same store (an app restart).
    QTest::qWait(1500);
    QCOMPARE(opened.size(), 2);
    panel.reset();
    panel = std::make_unique<ClusterJobsPanel>(store, factory);
    follow(panel.get());
    panel->monitor().setIntervals(std::chrono::milliseconds(200), std::chrono::milliseconds(1000));
    panel->monitor().start();
    panel->fetchSelected();  // a forced poll of everything
    QTest::qWait(1500);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(w.panes().size(), 2);
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
}

QTEST_MAIN(TestRemoteDialogs)
#include "TestRemoteDialogs.moc"
