// app/remote/SubmitDialog: job submission form with a live script preview; submits on a worker thread.
#include "SubmitDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include "GuiHosts.h"
#include "JobResults.h"
#include "remote/JobMonitor.h"
#include "remote/ShellQuote.h"

namespace xrs::app {

using namespace remote;

SubmitDialog::SubmitDialog(const QString& profilesFile, const QString& storePath, QWidget* parent)
    : QDialog(parent),
      m_profilesFile(profilesFile),
      m_storePath(storePath.isEmpty() ? JobStore::defaultPath() : storePath),
      m_shortId(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
{
    setWindowTitle(tr("Submit Cluster Job"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    try {
        m_profiles = loadClusterProfiles(profilesFile);
    } catch (const std::exception& e) {
        m_status->setText(QString::fromUtf8(e.what()));
    }
    auto line = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textChanged, this, &SubmitDialog::updatePreview);
        return e;
    };
    auto spin = [this](const char* name, int lo, int hi, int value) {
        auto* s = new QSpinBox(this);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(lo, hi);
        s->setValue(value);
        connect(s, &QSpinBox::valueChanged, this, &SubmitDialog::updatePreview);
        return s;
    };
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("host"));
    for (const auto& p : m_profiles) m_host->addItem(p.name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    // Data: the CLI word; text: for people.
    m_kind->addItem(tr("Reconstruction"), QStringLiteral("recon"));
    m_kind->addItem(tr("Denoise"), QStringLiteral("denoise"));
    m_kind->addItem(tr("Train"), QStringLiteral("train"));
    m_kind->addItem(tr("Fuse"), QStringLiteral("fuse"));
    m_name = line("jobName");
    m_inputs = line("inputs");
    m_inputs->setPlaceholderText(tr("input file(s), separated by ;"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    m_output = line("output");
    m_args = line("arguments");
    m_args->setPlaceholderText(tr("further options, e.g. --center 31.5"));
    m_partition = line("partition");
    m_nodes = spin("nodes", 1, 100000, 1);
    m_gpus = spin("gpusPerNode", 0, 64, 0);
    m_cpus = spin("cpusPerTask", 0, 4096, 0);
    m_memory = line("memory");
    m_wallTime = line("wallTime");
    m_tasks = spin("arrayTasks", 1, 10000, 2);
    m_rows = spin("rows", 0, 1000000, 0);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setMinimumWidth(420);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));  // a script: columns line up

    auto* inputs = new QHBoxLayout;
    inputs->addWidget(m_inputs, 1);
    inputs->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Job"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Inputs"), inputs);
    form->addRow(tr("Output"), m_output);
    form->addRow(tr("Options"), m_args);
    form->addRow(tr("Partition / queue"), m_partition);
    form->addRow(tr("Nodes"), m_nodes);
    form->addRow(tr("GPUs per node"), m_gpus);
    form->addRow(tr("CPUs per task"), m_cpus);
    form->addRow(tr("Memory"), m_memory);
    form->addRow(tr("Wall time"), m_wallTime);
    form->addRow(tr("Array tasks"), m_tasks);
    form->addRow(tr("Detector rows"), m_rows);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_submit = buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    auto* top = new QHBoxLayout;
    top->addLayout(form, 0);  // the script gets the room beyond the form's own
    top->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Resources start at the profile's defaults whenever another profile is picked.
    auto fillResources = [this] {
        const ClusterResources r = profile().resources;
        m_partition->setText(r.partition);
        m_nodes->setValue(std::max(1, r.nodes));
        m_gpus->setValue(r.gpusPerNode);
        m_cpus->setValue(r.cpusPerTask);
        m_memory->setText(r.memory);
        m_wallTime->setText(r.wallTime);
        updatePreview();
    };
    connect(m_host, &QComboBox::currentIndexChanged, this, fillResources);
    // Only the fields the job kind uses: array tasks and detector rows split a reconstruction; training writes its
    // checkpoints where its options say.
    auto showKindRows = [this, form] {
        const QString k = kind();
        form->setRowVisible(m_tasks, k == u"recon");
        form->setRowVisible(m_rows, k == u"recon");
        form->setRowVisible(m_output, k != u"train");
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showKindRows);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SubmitDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Job Inputs"));
        if (!files.isEmpty()) m_inputs->setText(files.join(u';'));
    });
    connect(m_submit, &QPushButton::clicked, this, &SubmitDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SubmitDialog::submitFinished);
    fillResources();
    showKindRows();
    // Room for the script lines next to the form.
    resize(std::max(sizeHint().width(), 1000), sizeHint().height());
}

SubmitDialog::~SubmitDialog()
{
    waitDropping(this, [this] { return m_watcher.isRunning(); });
}

ClusterProfile SubmitDialog::profile() const
{
    const int i = m_host->currentIndex();
    return i >= 0 && i < int(m_profiles.size()) ? m_profiles[size_t(i)] : ClusterProfile{};
}

ClusterResources SubmitDialog::resources() const
{
    ClusterResources r = profile().resources;
    r.partition = m_partition->text().trimmed();
    r.nodes = m_nodes->value();
    r.gpusPerNode = m_gpus->value();
    r.cpusPerTask = m_cpus->value();
    r.memory = m_memory->text().trimmed();
    r.wallTime = m_wallTime->text().trimmed();
    return r;
}

QString SubmitDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString SubmitDialog::jobName() const
{
    const QString n = m_name->text().trimmed();
    return n.isEmpty() ? QStringLiteral("xrs-") + kind() : n;
}

QString SubmitDialog::remoteDir() const
{
    const ClusterProfile p = profile();
    return (p.workDirectory.isEmpty() ? QStringLiteral("xrs-jobs") : p.workDirectory) + u'/' +
           sanitizeJobName(jobName()) + u'-' + m_shortId;
}

QStringList SubmitDialog::extraArguments() const
{
    return QProcess::splitCommand(m_args->text());
}

QStringList SubmitDialog::engineArguments() const
{
    const QStringList extra = extraArguments();
    if (!outputArgument(extra).isEmpty()) return extra;
    QStringList args;
    const QStringList inputs = m_inputs->text().split(u';', Qt::SkipEmptyParts);
    if (!inputs.isEmpty() && inputArgument(QStringList{kind()} + extra).isEmpty()) {
        const QString in = inputs.front().trimmed();
        args << (profile().host == u"local" ? QFileInfo(in).absoluteFilePath() : QFileInfo(in).fileName());
    }
    args << extra;
    if (const QString out = m_output->text().trimmed(); !out.isEmpty())
        args << QStringLiteral("-o") << QFileInfo(out).fileName();
    return args;
}

ReconSplit SubmitDialog::reconSplit() const
{
    const QStringList inputs = m_inputs->text().split(u';', Qt::SkipEmptyParts);
    ReconSplit split;
    QString input = inputs.value(0).trimmed();
    // Local hosts read the input where it is; remote hosts get a copy in the job folder.
    split.input = profile().host == u"local" ? QFileInfo(input).absoluteFilePath()
                                             : remoteDir() + u'/' + QFileInfo(input).fileName();
    split.partsDir = remoteDir() + QStringLiteral("/parts");
    split.output = remoteDir() + u'/' + QFileInfo(m_output->text().trimmed()).fileName();
    split.rows = m_rows->value();
    split.tasks = std::min(m_tasks->value(), std::max(1, split.rows));
    split.reconArgs = extraArguments();
    return split;
}

ScriptSet SubmitDialog::scripts() const
{
    const QString k = kind();
    ScriptSet s;
    if (k == u"recon") {
        if (m_inputs->text().trimmed().isEmpty()) throw RemoteError(tr("Give the scan to reconstruct.").toStdString());
        if (m_output->text().trimmed().isEmpty()) throw RemoteError(tr("Give the output file.").toStdString());
        if (m_rows->value() < 1)
            throw RemoteError(tr("Give the scan's detector rows (split over the array tasks).").toStdString());
        s = reconScripts(profile(), resources(), jobName(), reconSplit());
    } else if (k == u"train") {
        s.main = trainScript(profile(), resources(), jobName(), extraArguments());
    } else if (k == u"denoise") {
        s.main = denoiseScript(profile(), resources(), jobName(), engineArguments());
    } else {
        s.main = fuseScript(profile(), resources(), jobName(), engineArguments());
    }
    return s;
}

QString SubmitDialog::previewText() const
{
    return m_preview->toPlainText();
}

void SubmitDialog::updatePreview()
{
    if (!m_preview) return;  // still building the form
    try {
        const ScriptSet s = scripts();
        QString text = s.main;
        if (!s.merge.isEmpty()) text += tr("\n# ---- merge job (after all tasks succeed) ----\n") + s.merge;
        m_preview->setPlainText(text);
        m_submit->setEnabled(!isSubmitting());
        if (!isSubmitting()) m_status->clear();
    } catch (const std::exception& e) {
        m_preview->setPlainText(QString());
        m_status->setText(QString::fromUtf8(e.what()));
        m_submit->setEnabled(false);
    }
}

StoredJob SubmitDialog::storedJob() const
{
    const ClusterProfile p = profile();
    StoredJob stored;
    stored.host = p.name;
    stored.scheduler = p.scheduler;
    stored.remoteDir = remoteDir();
    const QString k = kind();
    if (k == u"recon") {
        const ReconSplit split = reconSplit();
        const QFileInfo output(m_output->text().trimmed());
        stored.job = Job::xrs(
            k, jobName(),
            QStringList{QStringLiteral("recon"), split.input, QStringLiteral("-o"), split.output} + split.reconArgs);
        stored.job.inputs = m_inputs->text().split(u';', Qt::SkipEmptyParts);
        stored.localDir = output.absolutePath();
        stored.fetchFiles = {output.fileName()};
        stored.job.expectedOutputs = {output.absoluteFilePath()};
    } else if (k == u"train") {
        stored.job = Job::xrs(k, jobName(), QStringList{k} + extraArguments());
        stored.job.inputs = m_inputs->text().split(u';', Qt::SkipEmptyParts);
    } else {
        stored.job = Job::xrs(k, jobName(), QStringList{k} + engineArguments());
        stored.job.inputs = m_inputs->text().split(u';', Qt::SkipEmptyParts);
        // The output, written relative to the job folder, comes back to Output's folder (else a results folder of
        // this job under the application data).
        const QString out = outputArgument(stored.job.arguments);
        if (!out.isEmpty() && QFileInfo(out).isRelative() && !out.endsWith(u'/')) {
            const QString local = m_output->text().trimmed();
            stored.localDir =
                local.isEmpty()
                    ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("cluster-results/") + QFileInfo(stored.remoteDir).fileName())
                    : QFileInfo(local).absolutePath();
            stored.fetchFiles = {out};
            stored.job.expectedOutputs = {QDir(stored.localDir).absoluteFilePath(out)};
        }
    }
    return stored;
}

void SubmitDialog::submit()
{
    if (isSubmitting()) return;
    ScriptSet s;
    try {
        s = scripts();
    } catch (const std::exception& e) {
        m_status->setText(QString::fromUtf8(e.what()));
        emit submitFailed(m_status->text());
        return;
    }
    const StoredJob stored = storedJob();
    // Remote hosts get a copy of every input in the job folder (recon reads it there; other jobs name them in their
    // options by file name, as they start in the job folder). This machine reads them where they are.
    std::vector<std::pair<QString, QString>> staging;
    if (profile().host != u"local") {
        for (const QString& in : m_inputs->text().split(u';', Qt::SkipEmptyParts))
            staging.emplace_back(in.trimmed(), stored.remoteDir + u'/' + QFileInfo(in.trimmed()).fileName());
    }
    const QString profilesFile = m_profilesFile, storePath = m_storePath;
    QPointer<QWidget> asker(this);
    m_submit->setEnabled(false);
    m_status->setText(tr("Submitting to %1…").arg(stored.host));
    m_watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        try {
            auto host = openProfileHost(profilesFile, stored.host, asker.data());
            if (!staging.empty()) {
                const CommandResult made = host->run(QStringLiteral("mkdir -p -- ") + shellQuote(stored.remoteDir));
                if (!made.ok())
                    throw RemoteError("cannot make " + stored.remoteDir.toStdString() + " on " +
                                      host->describe().toStdString() + ": " + made.err.trimmed().toStdString());
                for (const auto& [from, to] : staging) host->upload(from, to);
            }
            auto scheduler = makeScheduler(stored.scheduler, host);
            JobStore store(storePath);  // this thread's own connection
            const StoredJob done = submitScriptSet(*scheduler, store, stored, s.main, s.merge);
            return {done.job.id, {}};
        } catch (const std::exception& e) {
            return {{}, QString::fromUtf8(e.what())};
        }
    }));
}

void SubmitDialog::submitFinished()
{
    const Outcome r = m_watcher.result();
    m_submit->setEnabled(true);
    if (r.error.isEmpty()) {
        m_status->setText(tr("Submitted job %1").arg(r.jobId));
        emit submitted(r.jobId);
    } else {
        m_status->setText(r.error);
        emit submitFailed(r.error);
    }
}

}  // namespace xrs::app
