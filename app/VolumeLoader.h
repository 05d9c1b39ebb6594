#pragma once
// app/VolumeLoader: reads a volume for the Volume tab on a worker thread, slab by slab into the final ImageStack (no
// second full copy), so the GUI keeps processing events while gigabytes come off the disk. One read at a time:
// starting another or cancel() stops the one under way (through its stop token) and its result is dropped.
// Results and progress arrive on the GUI thread as signals.
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "core/ImageStack.h"

namespace xrs::app {

// What the worker hands over: the volume and what is worth computing off the GUI thread.
struct LoadedVolume {
    ImageStack volume;
    QString path;     // absolute
    QString dataset;  // as asked for
};

class VolumeLoader : public QObject {
    Q_OBJECT
public:
    explicit VolumeLoader(QObject* parent = nullptr);
    // Stops the read under way and waits for the worker (at most one slab).
    ~VolumeLoader() override;

    // Opens `path` (headers only, on the calling thread: a missing or unreadable file throws xrs::Error at once) and
    // reads its values on a worker thread; a read under way is cancelled first.
    void start(const QString& path, const QString& dataset = {});
    // Stops the read under way (its result and errors are dropped).
    void cancel();
    bool isLoading() const { return m_loading; }
    QString path() const { return m_path; }
    // The most a volume should take in memory: half of this machine's physical memory (room for the rest).
    static std::int64_t memoryLimitBytes();

signals:
    void progress(double fraction, const QString& message);
    void loaded(std::shared_ptr<xrs::app::LoadedVolume> volume);
    void failed(const QString& path, const QString& dataset, const QString& error);
    // The read under way was cancelled (by cancel() or another start()).
    void cancelled(const QString& path);

private:
    struct Job;
    bool stop();  // true when a read was under way
    void finish(std::uint64_t generation);
    void retireFinished();

    std::vector<std::shared_ptr<Job>> m_jobs;  // the current one last; earlier ones are stopping
    std::uint64_t m_generation = 0;
    bool m_loading = false;
    QString m_path;
};

}  // namespace xrs::app
