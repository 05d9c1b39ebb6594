// app/remote/GuiHosts: SSH prompts marshalled to the GUI thread; hosts and schedulers for profiles.
#include "GuiHosts.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>

#include "remote/ClusterProfile.h"
#include "remote/LocalHost.h"
#ifdef XRS_HAVE_SSH
#include "remote/ssh/HostProfile.h"
#include "remote/ssh/SshHost.h"
#endif

// GCC 12 warns that the std::optional answers copied out of the std::function "may be used uninitialized" (a known
// false positive with optional<QString>-like members at -O3).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace xrs::app {

#ifdef XRS_HAVE_SSH
namespace {

// Runs `ask` on the GUI thread and waits for it (directly when already there). A destroyed parent answers `fallback`.
template <typename T, typename F>
T onGuiThread(const QPointer<QWidget>& parent, T fallback, F ask)
{
    if (!parent) return fallback;
    if (QThread::currentThread() == parent->thread()) return ask(parent.data());
    T result = fallback;
    QMetaObject::invokeMethod(
        parent.data(), [&] { result = parent ? ask(parent.data()) : fallback; }, Qt::BlockingQueuedConnection);
    return result;
}

}  // namespace

remote::SshCallbacks guiSshCallbacks(QWidget* parentWidget)
{
    using namespace remote;
    QPointer<QWidget> parent(parentWidget);
    SshCallbacks cb;
    cb.unknownHostKey = [parent](const HostKeyInfo& key) {
        return onGuiThread(parent, HostKeyDecision::Refuse, [&](QWidget* w) {
            QMessageBox box(QMessageBox::Question, QObject::tr("Unknown Host Key"),
                            QObject::tr("The host %1 (port %2) is not known yet.\nIts %3 key fingerprint is\n%4\n\n"
                                        "Accept it only if it matches the fingerprint the host's administrators "
                                        "published.")
                                .arg(key.host)
                                .arg(key.port)
                                .arg(key.keyType, key.fingerprint),
                            QMessageBox::NoButton, w);
            QPushButton* refuse = box.addButton(QObject::tr("Refuse"), QMessageBox::RejectRole);
            QPushButton* once = box.addButton(QObject::tr("Accept Once"), QMessageBox::AcceptRole);
            QPushButton* save = box.addButton(QObject::tr("Accept and Save"), QMessageBox::AcceptRole);
            box.setDefaultButton(refuse);
            box.exec();
            if (box.clickedButton() == save) return HostKeyDecision::AcceptAndSave;
            if (box.clickedButton() == once) return HostKeyDecision::AcceptOnce;
            return HostKeyDecision::Refuse;
        });
    };
    cb.hostKeyWarning = [parent](const HostKeyInfo& key, const QString& warning) {
        onGuiThread(parent, 0, [&](QWidget* w) {
            QMessageBox::warning(
                w, QObject::tr("Host Key Refused"),
                QObject::tr("%1\n\n%2 key fingerprint: %3").arg(warning, key.keyType, key.fingerprint));
            return 0;
        });
    };
    cb.password = [parent](const QString& userAtHost) {
        return onGuiThread(parent, std::optional<Secret>{}, [&](QWidget* w) -> std::optional<Secret> {
            bool ok = false;
            const QString value =
                QInputDialog::getText(w, QObject::tr("Password"), QObject::tr("Password for %1:").arg(userAtHost),
                                      QLineEdit::Password, {}, &ok);
            if (!ok) return std::nullopt;
            return Secret{value, false};
        });
    };
    cb.passphrase = [parent](const QString& keyFile) {
        return onGuiThread(parent, std::optional<QString>{}, [&](QWidget* w) -> std::optional<QString> {
            bool ok = false;
            const QString value =
                QInputDialog::getText(w, QObject::tr("Key Passphrase"), QObject::tr("Passphrase for %1:").arg(keyFile),
                                      QLineEdit::Password, {}, &ok);
            if (!ok) return std::nullopt;
            return value;
        });
    };
    cb.keyboardInteractive = [parent](const KbdInteractiveRound& round) {
        return onGuiThread(parent, std::optional<QStringList>{}, [&](QWidget* w) -> std::optional<QStringList> {
            QStringList answers;
            const QString title = round.name.isEmpty() ? QObject::tr("Login") : round.name;
            if (round.prompts.isEmpty() && !round.instruction.isEmpty())
                QMessageBox::information(w, title, round.instruction);
            for (const PromptField& field : round.prompts) {
                bool ok = false;
                const QString label = round.instruction.isEmpty() ? field.text : round.instruction + u'\n' + field.text;
                const QString value = QInputDialog::getText(
                    w, title, label, field.echo ? QLineEdit::Normal : QLineEdit::Password, {}, &ok);
                if (!ok) return std::nullopt;
                answers << value;
            }
            return answers;
        });
    };
    return cb;
}
#endif

std::shared_ptr<remote::RemoteHost> openProfileHost(const QString& profilesFile, const QString& name, QWidget* asker)
{
    using namespace remote;
    for (const ClusterProfile& p : loadClusterProfiles(profilesFile)) {
        if (p.name != name) continue;
        if (p.host == u"local") return std::make_shared<LocalHost>();
#ifdef XRS_HAVE_SSH
        for (const HostProfile& h : loadHostProfiles(clusterProfilesFile(profilesFile)))
            if (h.name == name) return std::make_shared<SshHost>(h, guiSshCallbacks(asker));
#else
        Q_UNUSED(asker);
#endif
        throw RemoteError("host profile '" + name.toStdString() + "': no SSH support in this build");
    }
    throw RemoteError("no host profile '" + name.toStdString() + "' in " +
                      clusterProfilesFile(profilesFile).toStdString());
}

void waitDropping(QObject* asker, const std::function<bool()>& busy)
{
    // A blocking queued call that is removed unprocessed releases its caller (Qt's QMetaCallEvent does so).
    while (busy()) {
        QCoreApplication::removePostedEvents(asker, QEvent::MetaCall);
        QThread::msleep(5);
    }
}

remote::JobMonitor::SchedulerFactory guiSchedulerFactory(const QString& profilesFile, QWidget* asker)
{
    QPointer<QWidget> guard(asker);
    return [profilesFile, guard](const QString& host, const QString& scheduler) {
        return remote::makeScheduler(scheduler, openProfileHost(profilesFile, host, guard.data()));
    };
}

}  // namespace xrs::app
