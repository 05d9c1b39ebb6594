#pragma once
// app/remote/SubmitDialog: submits a cluster job — host profile, job kind, inputs, output, resources — with a
// read-only preview of the exact script(s) the scheduler code will submit, updated as fields change. Submit runs on a
// worker thread: open the host, stage inputs where needed, submit through the scheduler and record the job in the
// JobStore (the job monitor then follows it).
#include <QDialog>
#include <QFutureWatcher>

#include <vector>

#include "remote/ClusterProfile.h"
#include "remote/JobScript.h"
#include "remote/JobStore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace xrs::app {

class SubmitDialog : public QDialog {
    Q_OBJECT
public:
    // profilesFile / storePath empty: the defaults (remote::clusterProfilesFile(), JobStore::defaultPath()).
    explicit SubmitDialog(const QString& profilesFile = {}, const QString& storePath = {}, QWidget* parent = nullptr);
    ~SubmitDialog() override;  // waits for a submission still running

    // The values as the dialog holds them (tests set the widgets, found by object name, or these directly).
    remote::ClusterProfile profile() const;
    remote::ClusterResources resources() const;
    QString kind() const;
    QString jobName() const;
    QString remoteDir() const;  // the job's folder on the host (a fresh name per dialog)
    QStringList extraArguments() const;
    // What `xrs denoise` / `xrs fuse` get: the options as typed when they name the output (-o) themselves; else the
    // first input (its path here on this machine, its staged file name on remote hosts), the options and
    // -o <Output's file name> (written in the job folder and fetched back to Output's folder).
    QStringList engineArguments() const;
    // The scripts for the current values (as submitted); throws RemoteError for values the scripts refuse.
    remote::ScriptSet scripts() const;
    QString previewText() const;
    bool isSubmitting() const { return m_watcher.isRunning(); }

    void submit();

signals:
    void submitted(const QString& jobId);
    void submitFailed(const QString& message);

private:
    struct Outcome {
        QString jobId;
        QString error;
    };
    void updatePreview();
    void submitFinished();
    remote::StoredJob storedJob() const;  // the record before submission (no scheduler ids yet)
    remote::ReconSplit reconSplit() const;

    QString m_profilesFile;
    QString m_storePath;
    QString m_shortId;
    std::vector<remote::ClusterProfile> m_profiles;
    QFutureWatcher<Outcome> m_watcher;

    QComboBox *m_host = nullptr, *m_kind = nullptr;  // Qt children
    QLineEdit *m_name = nullptr, *m_inputs = nullptr, *m_output = nullptr, *m_args = nullptr;
    QLineEdit *m_partition = nullptr, *m_memory = nullptr, *m_wallTime = nullptr;
    QSpinBox *m_nodes = nullptr, *m_gpus = nullptr, *m_cpus = nullptr, *m_tasks = nullptr, *m_rows = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_status = nullptr;
};

}  // namespace xrs::app
