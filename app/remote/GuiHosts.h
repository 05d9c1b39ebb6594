#pragma once
// app/remote/GuiHosts: how the GUI reaches a host profile — SSH callbacks that ask the person on the GUI thread
// (host key box, password / passphrase / keyboard-interactive prompts) while the connection runs on a worker, and the
// RemoteHost / Scheduler for a profile of the list file (this machine for "local", else SSH when built with xrs_ssh).
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

#include "remote/JobMonitor.h"
#include "remote/RemoteHost.h"
#ifdef XRS_HAVE_SSH
#include "remote/ssh/SshSession.h"
#endif

namespace xrs::app {

#ifdef XRS_HAVE_SSH
// Callbacks for SshSession/SshHost that are called on a worker thread and block it while `parent`'s thread asks.
// With `parent` gone (or dialogs off: parent null) every question is answered "no".
remote::SshCallbacks guiSshCallbacks(QWidget* parent);
#endif

// The host of the cluster profile `name` in the list file `profilesFile` (empty: the default file). Blocking: call it
// on a worker thread. Throws RemoteError.
std::shared_ptr<remote::RemoteHost> openProfileHost(const QString& profilesFile, const QString& name, QWidget* asker);
// Waits until busy() is false while dropping the questions workers post to `asker` (an object being destroyed on the
// GUI thread): a worker blocked on a prompt is answered "no" instead of waiting forever for this thread.
void waitDropping(QObject* asker, const std::function<bool()>& busy);

// A JobMonitor factory over openProfileHost.
remote::JobMonitor::SchedulerFactory guiSchedulerFactory(const QString& profilesFile, QWidget* asker);

}  // namespace xrs::app
