// app/remote/HostProfileDialog: host profile list editor with a threaded connection test.
#include "HostProfileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "GuiHosts.h"
#include "remote/ClusterProfile.h"
#include "remote/ssh/SshHost.h"

namespace xrs::app {

using remote::HostProfile;

HostProfileDialog::HostProfileDialog(const QString& file, QWidget* parent)
    : QDialog(parent), m_file(remote::clusterProfilesFile(file))
{
    setWindowTitle(tr("Host Profiles"));
    m_list = new QListWidget(this);
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* import = new QPushButton(tr("Import ~/.ssh/config"), this);
    m_test = new QPushButton(tr("Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));

    auto line = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    auto spin = [this](const char* name, int lo, int hi) {
        auto* s = new QSpinBox(this);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(lo, hi);
        return s;
    };
    m_name = line("name");
    m_host = line("host");
    m_port = spin("port", 1, 65535);
    m_user = line("user");
    m_jump = line("jumpHost");
    m_identity = line("identityFile");
    m_scheduler = new QComboBox(this);
    m_scheduler->setObjectName(QStringLiteral("scheduler"));
    for (auto k : {remote::SchedulerKind::Local, remote::SchedulerKind::Slurm, remote::SchedulerKind::Pbs})
        m_scheduler->addItem(remote::schedulerName(k));
    m_workDir = line("workDirectory");
    m_environment = new QPlainTextEdit(this);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setPlaceholderText(tr("one shell line each, e.g. module load cuda"));
    m_environment->setMaximumHeight(80);
    m_engine = line("engineCommand");
    m_partition = line("partition");
    m_account = line("account");
    m_nodes = spin("nodes", 1, 100000);
    m_gpus = spin("gpusPerNode", 0, 64);
    m_cpus = spin("cpusPerTask", 0, 4096);
    m_memory = line("memory");
    m_wallTime = line("wallTime");
    m_wallTime->setPlaceholderText(tr("HH:MM:SS"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Jump host"), m_jump);
    form->addRow(tr("Identity file"), m_identity);
    form->addRow(tr("Scheduler"), m_scheduler);
    form->addRow(tr("Work directory"), m_workDir);
    form->addRow(tr("Environment"), m_environment);
    form->addRow(tr("Engine command"), m_engine);
    form->addRow(tr("Partition / queue"), m_partition);
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Nodes"), m_nodes);
    form->addRow(tr("GPUs per node"), m_gpus);
    form->addRow(tr("CPUs per task"), m_cpus);
    form->addRow(tr("Memory"), m_memory);
    form->addRow(tr("Wall time"), m_wallTime);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(import);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_test, 0, Qt::AlignLeft);
    right->addWidget(m_status);
    auto* top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &HostProfileDialog::showProfile);
    connect(add, &QPushButton::clicked, this, &HostProfileDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &HostProfileDialog::removeProfile);
    connect(import, &QPushButton::clicked, this, [this] { importSshConfig(remote::defaultSshConfigFile()); });
    connect(m_test, &QPushButton::clicked, this, &HostProfileDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (auto* item = m_list->currentItem()) item->setText(text);
    });
    connect(&m_watcher, &QFutureWatcher<TestResult>::finished, this, &HostProfileDialog::testFinished);
    load();
}

HostProfileDialog::~HostProfileDialog()
{
    waitDropping(this, [this] { return m_watcher.isRunning(); });
}

QList<HostProfile> HostProfileDialog::profiles()
{
    commitForm();
    return m_profiles;
}

void HostProfileDialog::setProfiles(const QList<HostProfile>& profiles)
{
    m_shown = -1;
    m_profiles = profiles;
    m_list->clear();
    for (const auto& p : m_profiles) m_list->addItem(p.name);
    m_list->setCurrentRow(m_profiles.isEmpty() ? -1 : 0);
    if (m_profiles.isEmpty()) showProfile(-1);
}

void HostProfileDialog::selectProfile(int row)
{
    m_list->setCurrentRow(row);
}

int HostProfileDialog::currentRow() const
{
    return m_list->currentRow();
}

bool HostProfileDialog::load()
{
    try {
        setProfiles(remote::loadHostProfiles(m_file));
        setStatus(tr("%n profile(s) from %1", nullptr, int(m_profiles.size())).arg(m_file), false);
        return true;
    } catch (const std::exception& e) {
        setProfiles({});
        setStatus(QString::fromUtf8(e.what()), true);
        return false;
    }
}

bool HostProfileDialog::save()
{
    try {
        remote::saveHostProfiles(m_file, profiles());
        setStatus(tr("Saved %1").arg(m_file), false);
        return true;
    } catch (const std::exception& e) {
        setStatus(QString::fromUtf8(e.what()), true);
        return false;
    }
}

void HostProfileDialog::importSshConfig(const QString& file)
{
    commitForm();
    int added = 0;
    for (const HostProfile& p : remote::importSshConfig(file)) {
        const bool known =
            std::any_of(m_profiles.begin(), m_profiles.end(), [&](const HostProfile& q) { return q.name == p.name; });
        if (known) continue;
        m_profiles << p;
        m_list->addItem(p.name);
        ++added;
    }
    setStatus(tr("Imported %n host(s) from %1", nullptr, added).arg(file), false);
}

void HostProfileDialog::showProfile(int row)
{
    commitForm();
    m_shown = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    const HostProfile p = valid ? m_profiles[row] : HostProfile{};
    m_filling = true;
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_user->setText(p.user);
    m_jump->setText(p.jumpHost);
    m_identity->setText(p.identityFile);
    m_scheduler->setCurrentText(remote::schedulerName(p.scheduler));
    m_workDir->setText(p.workDirectory);
    m_environment->setPlainText(p.environment.join(u'\n'));
    m_engine->setText(p.engineCommand);
    m_partition->setText(p.resources.partition);
    m_account->setText(p.resources.account);
    m_nodes->setValue(p.resources.nodes);
    m_gpus->setValue(p.resources.gpusPerNode);
    m_cpus->setValue(p.resources.cpusPerTask);
    m_memory->setText(p.resources.memory);
    m_wallTime->setText(p.resources.wallTime);
    m_filling = false;
    m_test->setEnabled(valid && !isTesting());
}

void HostProfileDialog::commitForm()
{
    if (m_filling || m_shown < 0 || m_shown >= m_profiles.size()) return;
    HostProfile& p = m_profiles[m_shown];
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.user = m_user->text().trimmed();
    p.jumpHost = m_jump->text().trimmed();
    p.identityFile = m_identity->text().trimmed();
    p.scheduler = remote::parseSchedulerKind(m_scheduler->currentText()).value_or(remote::SchedulerKind::Local);
    p.workDirectory = m_workDir->text().trimmed();
    p.environment.clear();
    for (const QString& l : m_environment->toPlainText().split(u'\n'))
        if (!l.trimmed().isEmpty()) p.environment << l;
    p.engineCommand = m_engine->text().trimmed();
    p.resources.partition = m_partition->text().trimmed();
    p.resources.account = m_account->text().trimmed();
    p.resources.nodes = m_nodes->value();
    p.resources.gpusPerNode = m_gpus->value();
    p.resources.cpusPerTask = m_cpus->value();
    p.resources.memory = m_memory->text().trimmed();
    p.resources.wallTime = m_wallTime->text().trimmed();
}

void HostProfileDialog::addProfile()
{
    commitForm();
    HostProfile p;
    p.name = tr("new-host");
    m_profiles << p;
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
}

void HostProfileDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0) return;
    m_shown = -1;  // the form's values belong to the removed profile
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    showProfile(m_list->currentRow());
}

void HostProfileDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QString());
}

QString HostProfileDialog::statusText() const
{
    return m_status->text();
}

void HostProfileDialog::testConnection()
{
    commitForm();
    const int row = m_list->currentRow();
    if (row < 0 || isTesting()) return;
    const HostProfile profile = m_profiles[row];
    const remote::SshCallbacks callbacks = m_ownCallbacks ? m_callbacks : guiSshCallbacks(this);
    const auto tune = m_tune;
    m_test->setEnabled(false);
    setStatus(tr("Connecting to %1…").arg(profile.describe()), false);
    // The connection blocks: it runs on the pool; questions come back here through the callbacks.
    m_watcher.setFuture(QtConcurrent::run([profile, callbacks, tune]() -> TestResult {
        try {
            QElapsedTimer clock;
            clock.start();
            remote::SshHost host(profile, callbacks, tune);
            host.connect();
            const qint64 connectMs = clock.elapsed();
            clock.restart();
            const remote::CommandResult r = host.run(QStringLiteral("true"), std::chrono::seconds(20));
            const qint64 roundTrip = clock.elapsed();
            if (!r.ok())
                return {false, tr("Connected to %1, but a command failed (status %2): %3")
                                   .arg(host.describe())
                                   .arg(r.exitStatus)
                                   .arg(QString::fromUtf8(r.err).trimmed())};
            return {true, tr("OK: %1 — connected in %2 ms, command round trip %3 ms")
                              .arg(host.describe())
                              .arg(connectMs)
                              .arg(roundTrip)};
        } catch (const std::exception& e) {
            return {false, QString::fromUtf8(e.what())};
        }
    }));
}

void HostProfileDialog::testFinished()
{
    const TestResult r = m_watcher.result();
    setStatus(r.message, !r.ok);
    m_test->setEnabled(m_list->currentRow() >= 0);
    emit connectionTested(r.ok, r.message);
}

}  // namespace xrs::app
