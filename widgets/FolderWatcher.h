#pragma once
// widgets/FolderWatcher (Qt Core only): watches a folder a detector writes into and reports each TIFF/HDF5 file once
// it is complete — never a half-written one. A file counts as complete when its size and modification time were the
// same at two looks at least stableMs apart AND it opens and the last row of its last frame reads (a TIFF whose strips
// point past the end of the file is not complete; an HDF5 file still open for writing fails to open through HDF5's
// file lock, so it is not complete either). Temporary names (*.part, *.tmp, *~, hidden files) are ignored, so
// files renamed into place appear at the next look. QFileSystemWatcher gives prompt notice; a poll timer covers what
// it misses (network file systems, growing files). Files are opened on a worker thread of its own, never on the GUI
// thread. Owns the watcher, the timer and the worker thread.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace xrs::widgets {

class FolderWatcher : public QObject {
    Q_OBJECT
public:
    explicit FolderWatcher(const QString& dir, QObject* parent = nullptr);
    ~FolderWatcher() override;

    QString folder() const { return m_dir; }
    // Complete files in the order they were reported.
    QStringList completeFiles() const { return m_complete; }
    void setPollInterval(int ms);
    int pollInterval() const;
    void setStableMs(int ms) { m_stableMs = ms; }
    // True for names the watcher never lists (temporary or hidden, or not TIFF/HDF5).
    static bool isCandidateName(const QString& fileName);
    // Empty when the file opens and its last frame's last row reads; else why not (runs on any thread).
    static QString incompleteReason(const QString& path);

public slots:
    void poll();

signals:
    void fileReady(const QString& path);
    void fileRemoved(const QString& path);

private:
    enum class State { Pending, Checking, Ready, Incomplete };
    struct Entry {
        qint64 size = -1;
        qint64 mtime = -1;
        QElapsedTimer unchangedSince;  // since size and mtime were last seen to change
        State state = State::Pending;
    };
    void startCheck(const QString& path, const Entry& entry);
    void onChecked(const QString& path, qint64 size, qint64 mtime, const QString& reason);

    QString m_dir;
    QFileSystemWatcher* m_fsWatcher = nullptr;  // Qt children
    QTimer* m_timer = nullptr;
    QThread* m_thread = nullptr;  // not a child: stopped and deleted in the destructor
    QObject* m_worker = nullptr;  // lives in m_thread
    std::map<QString, Entry> m_entries;
    QStringList m_complete;
    int m_stableMs = 300;
    int m_retryMs = 2000;  // an incomplete file that stopped changing is looked at again after this long
};

}  // namespace xrs::widgets
