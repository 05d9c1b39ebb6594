#pragma once
// app/runs/RunMenu: the main window's "Run" menu. Opens the parameter forms (made on first use, non-modal, parented
// to the window), submits their jobs to the window's LocalRunner (progress, cancel and log in the Jobs dock, the
// status bar and the Log), and opens the results when a job completes: a reconstruction in the Volume tab and a pane,
// a fusion in the comparison layout (or a pane), a denoised volume next to a noisy split reconstruction, a training
// run's checkpoint in the log and in the Fuse form; a try-centre sweep in the recon form's strip.
#include <QHash>
#include <QObject>
#include <QPointer>

#include "remote/Job.h"

class QMenu;

namespace xrs::app {

class DenoiseForm;
class FuseForm;
class MainWindow;
class ReconForm;
class RunForm;
class TrainForm;

class RunMenu : public QObject {
    Q_OBJECT
public:
    // Adds the menu to `window`'s menu bar (at the end: File and View keep their places); a Qt child of the window.
    explicit RunMenu(MainWindow& window);

    QMenu* menu() const { return m_menu; }
    // The forms, made on first use (not shown).
    ReconForm* reconForm();
    FuseForm* fuseForm();
    DenoiseForm* denoiseForm();
    TrainForm* trainForm();
    void showForm(RunForm* form);

    // Submits a form's job; its results open when it completes. Returns the job id.
    QString submit(const remote::Job& job, RunForm* form);

signals:
    // A job of these forms reached its final state and its results (if any) were opened.
    void runFinished(const QString& id, bool ok);

private:
    template <class Form>
    Form* form(QPointer<Form>& slot);
    void onFinished(const QString& id);
    bool openResults(const remote::Job& job, RunForm* form);

    MainWindow& m_window;
    QMenu* m_menu = nullptr;  // Qt child of the window's menu bar
    QPointer<ReconForm> m_recon;
    QPointer<FuseForm> m_fuse;
    QPointer<DenoiseForm> m_denoise;
    QPointer<TrainForm> m_train;
    QHash<QString, QPointer<RunForm>> m_jobs;  // running jobs of the forms → the form that started them
};

}  // namespace xrs::app
