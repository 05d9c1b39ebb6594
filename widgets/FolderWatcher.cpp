// widgets/FolderWatcher: complete-file detection for a folder being written (see the header).
#include "FolderWatcher.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <exception>

#include "core/Error.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"

namespace xrs::widgets {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Reads the last row of the last frame: the part a writer finishes last.
void readLastRow(io::StackSource& source)
{
    const Shape s = source.shape();
    if (s.empty()) throw Error(std::string("the stack is empty"));
    source.read(Range{s.frames - 1, s.frames}, Range{s.rows - 1, s.rows});
}

void collectImageDatasets(const io::Hdf5Node& node, std::vector<std::string>& out)
{
    for (const auto& c : node.children) {
        if (c.kind == io::Hdf5Node::Kind::Dataset && (c.dims.size() == 2 || c.dims.size() == 3)) out.push_back(c.path);
        collectImageDatasets(c, out);
    }
}

}  // namespace

FolderWatcher::FolderWatcher(const QString& dir, QObject* parent)
    : QObject(parent), m_dir(QFileInfo(dir).absoluteFilePath())
{
    m_fsWatcher = new QFileSystemWatcher(this);
    m_fsWatcher->addPath(m_dir);
    // A new name or a rename: look now rather than at the next tick.
    connect(m_fsWatcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::poll);
    m_timer = new QTimer(this);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &FolderWatcher::poll);
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FolderWatcher"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    m_timer->start();
    QTimer::singleShot(0, this, &FolderWatcher::poll);
}

FolderWatcher::~FolderWatcher()
{
    // A check still running finishes first; what it posts to us is discarded with this object.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void FolderWatcher::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}
int FolderWatcher::pollInterval() const
{
    return m_timer->interval();
}

bool FolderWatcher::isCandidateName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~'))) return false;
    const QString l = name.toLower();
    if (l.endsWith(QLatin1String(".part")) || l.endsWith(QLatin1String(".tmp")) || l.contains(QLatin1String(".part.")))
        return false;
    for (const char* ext : {".tif", ".tiff", ".h5", ".hdf5", ".hdf", ".nxs"})
        if (l.endsWith(QLatin1String(ext))) return true;
    return false;
}

QString FolderWatcher::incompleteReason(const QString& path)
{
    try {
        const auto file = toPath(path);
        if (io::detectKind(file) == io::FileKind::Hdf5) {
            // Every image dataset must read to its end (a file with several of them has no default one).
            std::vector<std::string> datasets;
            collectImageDatasets(io::hdf5Tree(file), datasets);
            if (datasets.empty()) return QStringLiteral("no image dataset yet");
            for (const auto& d : datasets) readLastRow(*io::openHdf5(file, d));
            return {};
        }
        readLastRow(*io::openStack(file));
        return {};
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

void FolderWatcher::poll()
{
    const QFileInfoList infos = QDir(m_dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QSet<QString> present;
    for (const QFileInfo& info : infos) {
        if (!isCandidateName(info.fileName())) continue;
        const QString path = info.absoluteFilePath();
        present.insert(path);
        const qint64 size = info.size();
        const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
        auto [it, added] = m_entries.try_emplace(path);
        Entry& e = it->second;
        const bool changed = added || e.size != size || e.mtime != mtime;
        if (changed) {
            e.size = size;
            e.mtime = mtime;
            e.unchangedSince.start();
            if (e.state == State::Incomplete) e.state = State::Pending;
            continue;  // a second look, stableMs later, must see the same
        }
        if (e.state == State::Incomplete && e.unchangedSince.elapsed() >= m_retryMs) {
            e.state = State::Pending;
            e.unchangedSince.start();
            continue;
        }
        if (e.state == State::Pending && size > 0 && e.unchangedSince.elapsed() >= m_stableMs) startCheck(path, e);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (present.contains(it->first)) {
            ++it;
            continue;
        }
        const QString path = it->first;
        const bool wasReady = it->second.state == State::Ready;
        it = m_entries.erase(it);
        if (wasReady) {
            m_complete.removeAll(path);
            emit fileRemoved(path);
        }
    }
}

void FolderWatcher::startCheck(const QString& path, const Entry& entry)
{
    m_entries[path].state = State::Checking;
    const qint64 size = entry.size, mtime = entry.mtime;
    QMetaObject::invokeMethod(m_worker, [this, path, size, mtime] {
        const QString reason = incompleteReason(path);
        // Queued to our thread; discarded if we are deleted meanwhile (the destructor waits for this function).
        QMetaObject::invokeMethod(
            this, [this, path, size, mtime, reason] { onChecked(path, size, mtime, reason); }, Qt::QueuedConnection);
    });
}

void FolderWatcher::onChecked(const QString& path, qint64 size, qint64 mtime, const QString& reason)
{
    const auto it = m_entries.find(path);
    if (it == m_entries.end()) return;  // gone meanwhile
    Entry& e = it->second;
    const QFileInfo info(path);
    const bool same = info.exists() && info.size() == size && info.lastModified().toMSecsSinceEpoch() == mtime;
    if (!same) {
        // Written to while we looked: start over.
        e.size = info.size();
        e.mtime = info.lastModified().toMSecsSinceEpoch();
        e.unchangedSince.start();
        e.state = State::Pending;
        return;
    }
    if (!reason.isEmpty()) {
        e.state = State::Incomplete;
        e.unchangedSince.start();
        return;
    }
    e.state = State::Ready;
    m_complete.append(path);
    emit fileReady(path);
}

}  // namespace xrs::widgets
