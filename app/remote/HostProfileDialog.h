#pragma once
// app/remote/HostProfileDialog: edits the host profile list file (remote/ssh/HostProfile JSON) — a list of profiles,
// their fields, import from ~/.ssh/config, and "Test connection", which connects on a worker thread (host key and
// login questions come back to this thread) and reports OK with the latency or the exact error.
#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <functional>

#include "remote/ssh/HostProfile.h"
#include "remote/ssh/SshSession.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace xrs::app {

class HostProfileDialog : public QDialog {
    Q_OBJECT
public:
    // file empty: the default list file (remote::clusterProfilesFile()).
    explicit HostProfileDialog(const QString& file = {}, QWidget* parent = nullptr);
    ~HostProfileDialog() override;  // waits for a connection test still running

    QString file() const { return m_file; }
    QList<remote::HostProfile> profiles();  // with the form's pending edits
    void setProfiles(const QList<remote::HostProfile>& profiles);
    void selectProfile(int row);
    int currentRow() const;

    bool load();                                // false (error shown in the status line) when the file is bad
    bool save();                                // writes the file atomically
    void importSshConfig(const QString& file);  // adds the aliases not in the list yet
    void testConnection();                      // of the selected profile; result: connectionTested()
    bool isTesting() const { return m_watcher.isRunning(); }
    QString statusText() const;

    // Tests adjust the SSH options (known_hosts file, time-out); callbacks default to the GUI prompts.
    void setSshTune(std::function<void(remote::SshOptions&)> tune) { m_tune = std::move(tune); }
    void setSshCallbacks(remote::SshCallbacks callbacks)
    {
        m_callbacks = std::move(callbacks);
        m_ownCallbacks = true;
    }

signals:
    void connectionTested(bool ok, const QString& message);

private:
    struct TestResult {
        bool ok = false;
        QString message;
    };
    void showProfile(int row);
    void commitForm();
    void addProfile();
    void removeProfile();
    void setStatus(const QString& text, bool error);
    void testFinished();

    QString m_file;
    QList<remote::HostProfile> m_profiles;
    int m_shown = -1;
    bool m_filling = false;
    std::function<void(remote::SshOptions&)> m_tune;
    remote::SshCallbacks m_callbacks;
    bool m_ownCallbacks = false;
    QFutureWatcher<TestResult> m_watcher;

    QListWidget* m_list = nullptr;  // Qt children
    QLineEdit *m_name = nullptr, *m_host = nullptr, *m_user = nullptr, *m_jump = nullptr, *m_identity = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_scheduler = nullptr;
    QLineEdit *m_workDir = nullptr, *m_engine = nullptr;
    QPlainTextEdit* m_environment = nullptr;
    QLineEdit *m_partition = nullptr, *m_account = nullptr, *m_memory = nullptr, *m_wallTime = nullptr;
    QSpinBox *m_nodes = nullptr, *m_gpus = nullptr, *m_cpus = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
};

}  // namespace xrs::app
