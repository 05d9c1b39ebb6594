// remote/LocalRunner: QProcess-based backend for Jobs on this machine.
#include "LocalRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <csignal>

#include <sys/types.h>
#include <unistd.h>

namespace xrs::remote {

namespace {

const QString kProgressPrefix = QStringLiteral("XRS-PROGRESS ");
const QString kErrorPrefix = QStringLiteral("xrs: error: ");

// Signals the job's whole process group (it leads its own, see start()) so helpers it spawned stop with it.
void signalGroup(QProcess& process, int sig)
{
    const qint64 pid = process.processId();
    if (pid <= 0) return;
    if (::kill(-pid_t(pid), sig) != 0) ::kill(pid_t(pid), sig);
}

}  // namespace

LocalRunner::LocalRunner(QObject* parent) : QObject(parent) {}

LocalRunner::~LocalRunner()
{
    for (auto& [id, entry] : m_entries) {
        if (!entry.process) continue;
        // No slot may run on a runner being destroyed.
        QObject::disconnect(entry.process, nullptr, this, nullptr);
        if (entry.process->state() != QProcess::NotRunning) {
            signalGroup(*entry.process, SIGKILL);
            entry.process->waitForFinished(2000);
        }
    }
}

QString LocalRunner::submit(Job job)
{
    if (job.id.isEmpty()) job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!job.created.isValid()) job.created = QDateTime::currentDateTimeUtc();
    job.state = JobState::Queued;
    job.backendState = QStringLiteral("queued");
    const QString id = job.id;
    Entry& entry = m_entries[id];
    if (entry.process) {
        qWarning("LocalRunner: job %s is already running; not submitted again", qPrintable(id));
        return id;
    }
    entry = Entry{};
    entry.job = std::move(job);
    m_order.removeAll(id);
    m_order.append(id);
    emit jobAdded(id);
    emit jobChanged(id);
    // Start from the event loop so callers can connect to the id's signals first.
    QTimer::singleShot(0, this, &LocalRunner::startQueued);
    return id;
}

QString LocalRunner::addRecord(Job job)
{
    if (job.id.isEmpty()) job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!job.isFinished()) job.state = JobState::Unknown;
    if (job.state == JobState::Completed) job.progress = 1.0;
    const QString id = job.id;
    Entry& entry = m_entries[id];
    if (entry.process) return id;  // that job runs now: it is its own record
    entry = Entry{};
    entry.job = std::move(job);
    m_order.removeAll(id);
    m_order.append(id);
    emit jobAdded(id);
    emit jobChanged(id);
    return id;
}

void LocalRunner::cancel(const QString& id)
{
    Entry* entry = find(id);
    if (!entry || entry->job.isFinished()) return;
    entry->cancelRequested = true;
    if (entry->job.state == JobState::Queued) {
        entry->job.error = tr("cancelled before it started");
        complete(*entry, JobState::Cancelled);
        return;
    }
    if (entry->process) stop(*entry);
}

std::optional<Job> LocalRunner::job(const QString& id) const
{
    const Entry* entry = find(id);
    return entry ? std::optional<Job>(entry->job) : std::nullopt;
}

QStringList LocalRunner::jobIds() const { return m_order; }

int LocalRunner::runningCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const auto& kv) { return kv.second.job.state == JobState::Running; }));
}

void LocalRunner::setMaxParallel(int n)
{
    m_maxParallel = std::max(1, n);
    QTimer::singleShot(0, this, &LocalRunner::startQueued);
}

LocalRunner::Entry* LocalRunner::find(const QString& id)
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

const LocalRunner::Entry* LocalRunner::find(const QString& id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

void LocalRunner::startQueued()
{
    for (const QString& id : m_order) {
        if (runningCount() >= m_maxParallel) return;
        Entry* entry = find(id);
        if (entry && entry->job.state == JobState::Queued && !entry->process) start(*entry);
    }
}

void LocalRunner::start(Entry& entry)
{
    Job& job = entry.job;
    const QString id = job.id;
    auto* process = new QProcess(this);  // owned by the runner; deleteLater'd in finish()
    entry.process = process;
    process->setProgram(job.effectiveProgram());
    process->setArguments(job.effectiveArguments());
    if (!job.workingDirectory.isEmpty()) process->setWorkingDirectory(job.workingDirectory);
    // Own process group, so cancel reaches the children of wrapper scripts too.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });

    connect(process, &QProcess::readyReadStandardOutput, this, [this, id] { drain(id, false, false); });
    connect(process, &QProcess::readyReadStandardError, this, [this, id] { drain(id, true, false); });
    connect(process, &QProcess::finished, this, [this, id](int exitCode, QProcess::ExitStatus status) {
        finish(id, exitCode, status == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, id, process](QProcess::ProcessError error) {
        // Only a failed start ends without a finished() signal.
        if (error == QProcess::FailedToStart) failToStart(id, process->errorString());
    });

    job.state = JobState::Running;
    job.backendState = QStringLiteral("running");
    job.started = QDateTime::currentDateTimeUtc();
    job.appendLog(QStringLiteral("$ ") + job.commandLine());
    emit logLine(id, job.log.back());
    emit jobChanged(id);

    if (job.timeLimitSeconds > 0) {
        // The process is the timer's context: no time-out fires after it is gone.
        QTimer::singleShot(std::chrono::seconds(job.timeLimitSeconds), process, [this, id] {
            if (Entry* e = find(id); e && e->process && !e->cancelRequested) {
                e->timedOut = true;
                stop(*e);
            }
        });
    }
    process->start();
}

void LocalRunner::stop(Entry& entry)
{
    QProcess* process = entry.process;
    if (!process || process->state() == QProcess::NotRunning) return;
    entry.job.backendState = QStringLiteral("stopping");
    emit jobChanged(entry.job.id);
    signalGroup(*process, SIGTERM);
    QTimer::singleShot(m_graceMs, process, [process] {
        if (process->state() != QProcess::NotRunning) signalGroup(*process, SIGKILL);
    });
}

void LocalRunner::drain(const QString& id, bool fromStderr, bool flush)
{
    Entry* entry = find(id);
    if (!entry || !entry->process) return;
    QByteArray& tail = fromStderr ? entry->stderrTail : entry->stdoutTail;
    tail += fromStderr ? entry->process->readAllStandardError() : entry->process->readAllStandardOutput();
    // '\r' ends a line too: terminal-style progress bars rewrite the line in place.
    qsizetype begin = 0;
    for (qsizetype i = 0; i < tail.size(); ++i) {
        const char c = tail[i];
        if (c != '\n' && c != '\r') continue;
        if (i > begin) handleLine(*entry, QString::fromUtf8(tail.mid(begin, i - begin)), fromStderr);
        begin = i + 1;
    }
    tail.remove(0, begin);
    if (flush && !tail.isEmpty()) {
        handleLine(*entry, QString::fromUtf8(tail), fromStderr);
        tail.clear();
    }
}

void LocalRunner::handleLine(Entry& entry, const QString& line, bool fromStderr)
{
    Job& job = entry.job;
    if (fromStderr && line.startsWith(kProgressPrefix)) {
        const QString rest = line.mid(kProgressPrefix.size());
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        bool ok = false;
        const double fraction = QLocale::c().toDouble(space < 0 ? rest : rest.left(space), &ok);
        if (ok) {
            job.progress = std::clamp(fraction, 0.0, 1.0);
            job.message = space < 0 ? QString() : rest.mid(space + 1).trimmed();
            emit progress(job.id, job.progress, job.message);
            emit jobChanged(job.id);
            return;
        }
        // A malformed progress line is kept in the log rather than lost.
    }
    if (fromStderr && line.startsWith(kErrorPrefix)) job.error = line;
    job.appendLog(line);
    emit logLine(job.id, line);
}

void LocalRunner::finish(const QString& id, int exitCode, bool crashed)
{
    Entry* entry = find(id);
    if (!entry || !entry->process) return;
    drain(id, false, true);
    drain(id, true, true);
    Job& job = entry->job;

    JobState state = JobState::Completed;
    if (crashed) {
        job.exitCode.reset();
        job.backendState = QStringLiteral("signal %1").arg(exitCode);
    } else {
        job.exitCode = exitCode;
        job.backendState = QStringLiteral("exit %1").arg(exitCode);
    }

    if (entry->cancelRequested) {
        state = JobState::Cancelled;
        job.error = tr("cancelled");
    } else if (entry->timedOut) {
        state = JobState::TimedOut;
        job.error = tr("stopped after the time limit of %1 s").arg(job.timeLimitSeconds);
    } else if (crashed) {
        state = JobState::Failed;
        // On a crash QProcess reports the signal number as the exit code.
        if (job.error.isEmpty())
            job.error = tr("%1 crashed (signal %2)").arg(QFileInfo(job.effectiveProgram()).fileName()).arg(exitCode);
    } else if (exitCode != 0) {
        state = JobState::Failed;
        if (job.error.isEmpty()) job.error = tr("exited with code %1").arg(exitCode);
    } else {
        const QDir base(job.workingDirectory.isEmpty() ? QDir::currentPath() : job.workingDirectory);
        for (const QString& output : job.expectedOutputs) {
            if (!QFileInfo::exists(base.filePath(output))) {
                state = JobState::Failed;
                job.error = tr("expected output missing: %1").arg(output);
                break;
            }
        }
    }
    if (state == JobState::Completed) job.progress = 1.0;

    entry->process->deleteLater();
    entry->process = nullptr;
    complete(*entry, state);
    startQueued();
}

void LocalRunner::failToStart(const QString& id, const QString& reason)
{
    Entry* entry = find(id);
    if (!entry || !entry->process) return;
    Job& job = entry->job;
    job.error = tr("could not start %1: %2").arg(job.effectiveProgram(), reason);
    job.backendState = QStringLiteral("failed to start");
    entry->process->deleteLater();
    entry->process = nullptr;
    complete(*entry, entry->cancelRequested ? JobState::Cancelled : JobState::Failed);
    QTimer::singleShot(0, this, &LocalRunner::startQueued);
}

void LocalRunner::complete(Entry& entry, JobState state)
{
    Job& job = entry.job;
    job.state = state;
    job.finished = QDateTime::currentDateTimeUtc();
    // Errors the runner found itself go to the log too; xrs's own error line is there already.
    if (state != JobState::Completed && !job.error.isEmpty() && !job.log.contains(job.error)) {
        job.appendLog(job.error);
        emit logLine(job.id, job.error);
    }
    const QString id = job.id;
    emit jobChanged(id);
    emit finished(id);
}

}  // namespace xrs::remote
