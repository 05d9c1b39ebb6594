// app/runs/RunMenu: Run menu, job submission from the forms and opening what the jobs produced.
#include "RunMenu.h"
#include "app/session/SessionUi.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

#include "DenoiseForm.h"
#include "FuseForm.h"
#include "ReconForm.h"
#include "TrainForm.h"
#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "app/VolumeLoader.h"
#include "widgets/ImageView.h"

namespace xrs::app {

namespace {

// The value after `option` in an argument list (empty when absent).
QString optionValue(const QStringList& args, const QString& option)
{
    const qsizetype i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

// The checkpoint a training run wrote: its "wrote FILE" line, else the newest net_g_*.pth in its folder.
QString trainedCheckpoint(const remote::Job& job)
{
    for (auto it = job.log.crbegin(); it != job.log.crend(); ++it)
        if (it->startsWith(QLatin1String("wrote ")) && it->endsWith(QLatin1String(".pth"))) return it->mid(6).trimmed();
    QString newest;
    QDateTime newestTime;
    QDirIterator files(optionValue(job.arguments, QStringLiteral("-o")), {QStringLiteral("net_g_*.pth")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo f(files.next());
        if (newest.isEmpty() || f.lastModified() > newestTime) {
            newest = f.filePath();
            newestTime = f.lastModified();
        }
    }
    return newest;
}

}  // namespace

RunMenu::RunMenu(MainWindow& window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("runMenu"));
    m_menu = new QMenu(tr("&Run"), window.menuBar());
    m_menu->setObjectName(QStringLiteral("RunMenu"));
    window.menuBar()->addMenu(m_menu);
    m_menu->addAction(tr("&Reconstruct CT…"), this, [this] { showForm(reconForm()); })
        ->setStatusTip(tr("Filtered backprojection of a scan, with a try-centre sweep"));
    m_menu->addAction(tr("&Fuse (SWIN-XVR)…"), this, [this] { showForm(fuseForm()); })
        ->setStatusTip(tr("HR frames for every LR frame from LR and sparse HR videos"));
    m_menu->addAction(tr("&Denoise (Noise2Inverse)…"), this, [this] { showForm(denoiseForm()); })
        ->setStatusTip(tr("Self-supervised denoising of a reconstruction (trains, then denoises)"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Train Fusion Model…"), this, [this] { showForm(trainForm()); })
        ->setStatusTip(tr("Train SWIN-XVR on an LR video and its ground truth"));
    connect(&window.runner(), &remote::LocalRunner::finished, this, &RunMenu::onFinished);
}

template <class Form>
Form* RunMenu::form(QPointer<Form>& slot)
{
    if (!slot) {
        slot = new Form(&m_window);
        RunForm* base = slot;
        connect(slot, &RunForm::runRequested, this, [this, base](const remote::Job& job) { submit(job, base); });
        bindUndo(m_window, slot);  // parameter changes go on the window's undo stack (Edit → Undo)
    }
    return slot;
}

ReconForm* RunMenu::reconForm()
{
    return form(m_recon);
}
FuseForm* RunMenu::fuseForm()
{
    return form(m_fuse);
}
DenoiseForm* RunMenu::denoiseForm()
{
    return form(m_denoise);
}
TrainForm* RunMenu::trainForm()
{
    return form(m_train);
}

void RunMenu::showForm(RunForm* form)
{
    form->show();
    form->raise();
    form->activateWindow();
}

QString RunMenu::submit(const remote::Job& job, RunForm* form)
{
    const QString id = m_window.runner().submit(job);
    m_jobs.insert(id, form);
    m_window.appendLog(tr("Started \u201c%1\u201d: %2").arg(job.title, job.commandLine()));
    if (form && job.kind != u"try-center")
        form->setStatus(tr("Running \u201c%1\u201d (see the Jobs dock)").arg(job.title));
    return id;
}

void RunMenu::onFinished(const QString& id)
{
    if (!m_jobs.contains(id)) return;
    const QPointer<RunForm> form = m_jobs.take(id);
    const auto job = m_window.runner().job(id);
    if (!job) return;
    if (auto* recon = qobject_cast<ReconForm*>(form.data()); recon && job->kind == u"try-center")
        recon->setSweepRunning(false);
    bool ok = job->state == remote::JobState::Completed;
    if (ok) {
        ok = openResults(*job, form);
        if (form && job->kind != u"try-center") form->setStatus(tr("\u201c%1\u201d completed").arg(job->title));
    } else if (form) {
        form->setStatus(tr("\u201c%1\u201d %2: %3").arg(job->title, job->stateName(), job->error));
    }
    emit runFinished(id, ok);
}

bool RunMenu::openResults(const remote::Job& job, RunForm* form)
{
    const QString output = optionValue(job.arguments, QStringLiteral("-o"));
    if (job.kind == u"try-center") {
        auto* recon = qobject_cast<ReconForm*>(form);
        return recon && !job.expectedOutputs.isEmpty() && recon->showTryCenters(job.expectedOutputs.front());
    }
    if (job.kind == u"recon") {
        bool ok = m_window.openFile(output);
        if (ok) {
            // The middle slice: the top and bottom ones are often empty.
            widgets::ImageView* view = m_window.panes().last()->view();
            view->setFrame(view->frameCount() / 2);
            view->autoWindowLevel();
        }
        // The Volume tab reads the whole volume into memory (on a worker thread: the GUI goes on): up to the
        // preference runs/autoVolumeMiB, by default half of this machine's memory; larger ones stay in the pane,
        // which reads slice by slice.
        const qint64 limitMiB =
            QSettings()
                .value(QStringLiteral("runs/autoVolumeMiB"), qint64(VolumeLoader::memoryLimitBytes() >> 20))
                .toLongLong();
        if (QFileInfo(output).size() > (limitMiB << 20)) {
            m_window.appendLog(tr("%1 is larger than %2 MiB: shown in a pane; File \u2192 Open Volume… shows it in "
                                  "orthogonal slices")
                                   .arg(QDir::toNativeSeparators(output))
                                   .arg(limitMiB));
            return ok;
        }
        return m_window.openVolume(output) && ok;
    }
    if (job.kind == u"fuse") {
        // video/fused.tif next to video/lr.tif is what the comparison layout reads (ComparisonLoader).
        const QFileInfo out(output);
        const QDir video = out.absoluteDir();
        if (out.fileName() == u"fused.tif" && video.dirName() == u"video" &&
            QFileInfo::exists(video.filePath(QStringLiteral("lr.tif"))))
            return m_window.openComparison(QFileInfo(video.absolutePath()).absolutePath());
        return m_window.openFile(output);
    }
    if (job.kind == u"denoise") {
        // Next to the denoised volume: the first split reconstruction (plain FBP of part of the projections).
        QString folder = optionValue(job.arguments, QStringLiteral("--checkpoint"));
        if (folder.isEmpty()) folder = (output.endsWith(u'/') ? output.chopped(1) : output) + QStringLiteral(".n2i");
        QFile list(QDir(folder).filePath(QStringLiteral("splits.json")));
        const qsizetype before = m_window.panes().size();
        bool ok = true;
        if (list.open(QIODevice::ReadOnly)) {
            const QJsonArray files =
                QJsonDocument::fromJson(list.readAll()).object().value(QLatin1String("files")).toArray();
            if (!files.isEmpty()) ok = m_window.openFile(files.first().toString());
        }
        ok = m_window.openFile(output) && ok;
        for (ImagePane* pane : m_window.panes().mid(before)) {
            widgets::ImageView* view = pane->view();
            view->setFrame(view->frameCount() / 2);
            view->autoWindowLevel();
        }
        return ok;
    }
    if (job.kind == u"train") {
        const QString checkpoint = trainedCheckpoint(job);
        if (checkpoint.isEmpty()) {
            m_window.appendLog(tr("Training \u201c%1\u201d finished without a checkpoint").arg(job.title));
            return false;
        }
        m_window.appendLog(tr("Checkpoint of \u201c%1\u201d: %2").arg(job.title, QDir::toNativeSeparators(checkpoint)));
        fuseForm()->offerCheckpoint(checkpoint);
        return true;
    }
    return true;
}

}  // namespace xrs::app
