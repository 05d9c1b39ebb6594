// app/JobsPanel: job list with progress bars.
#include "JobsPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

#include "remote/LocalRunner.h"

namespace xrs::app {

namespace {
enum Column { TitleColumn, StateColumn, ProgressColumn, MessageColumn };
constexpr int kIdRole = Qt::UserRole;
}  // namespace

JobsPanel::JobsPanel(remote::LocalRunner& runner, QWidget* parent) : QWidget(parent), m_runner(runner)
{
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Job"), tr("State"), tr("Progress"), tr("Message")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(TitleColumn, 200);
    m_tree->setColumnWidth(StateColumn, 90);
    m_tree->setColumnWidth(ProgressColumn, 140);

    m_cancel = new QPushButton(tr("Cancel Job"), this);
    m_cancel->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(&m_runner, &remote::LocalRunner::jobAdded, this, &JobsPanel::addJob);
    connect(&m_runner, &remote::LocalRunner::jobChanged, this, &JobsPanel::updateJob);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &JobsPanel::updateCancelButton);
    for (const auto& id : m_runner.jobIds()) addJob(id);
}

void JobsPanel::addJob(const QString& id)
{
    if (m_items.contains(id)) {
        updateJob(id);
        return;
    }
    auto* item = new QTreeWidgetItem(m_tree);
    item->setData(TitleColumn, kIdRole, id);
    auto* bar = new QProgressBar(m_tree);
    bar->setRange(0, 1000);
    bar->setTextVisible(true);
    bar->setFormat(QStringLiteral("%p%"));
    m_tree->setItemWidget(item, ProgressColumn, bar);
    m_items.insert(id, item);
    updateJob(id);
}

void JobsPanel::updateJob(const QString& id)
{
    QTreeWidgetItem* item = m_items.value(id);
    const auto job = m_runner.job(id);
    if (!item || !job) return;
    item->setText(TitleColumn, job->title);
    item->setToolTip(TitleColumn, job->commandLine());
    item->setText(StateColumn, job->stateDisplayName());
    item->setToolTip(StateColumn, job->backendState);
    const QString message = job->state == remote::JobState::Failed || job->state == remote::JobState::TimedOut
                                ? job->error
                                : job->message;
    item->setText(MessageColumn, message);
    item->setToolTip(MessageColumn, message);
    if (auto* bar = qobject_cast<QProgressBar*>(m_tree->itemWidget(item, ProgressColumn))) {
        bar->setValue(int(std::lround(job->progress * 1000.0)));
    }
    updateCancelButton();
}

void JobsPanel::cancelSelected()
{
    for (auto* item : m_tree->selectedItems()) m_runner.cancel(item->data(TitleColumn, kIdRole).toString());
}

void JobsPanel::updateCancelButton()
{
    bool cancellable = false;
    for (auto* item : m_tree->selectedItems()) {
        const auto job = m_runner.job(item->data(TitleColumn, kIdRole).toString());
        cancellable = cancellable || (job && !job->isFinished());
    }
    m_cancel->setEnabled(cancellable);
}

}  // namespace xrs::app
