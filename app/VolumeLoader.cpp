// app/VolumeLoader: the worker-thread volume read behind MainWindow::openVolume.
#include "VolumeLoader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <exception>

#ifdef __unix__
#include <unistd.h>
#endif

#include "core/Error.h"
#include "core/Progress.h"
#include "io/StackSource.h"

namespace xrs::app {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Slabs of about this many bytes: small enough that a cancel is noticed quickly and progress moves smoothly, large
// enough that each read call streams.
constexpr std::int64_t kSlabBytes = std::int64_t(32) << 20;

}  // namespace

struct VolumeLoader::Job {
    std::uint64_t generation = 0;
    std::atomic<bool> done{false};
    std::jthread thread;  // last member: joined before the rest goes
};

VolumeLoader::VolumeLoader(QObject* parent) : QObject(parent) {}

VolumeLoader::~VolumeLoader()
{
    for (const auto& job : m_jobs) job->thread.request_stop();
    m_jobs.clear();  // joins; results still queued for this object are dropped with it
}

std::int64_t VolumeLoader::memoryLimitBytes()
{
#ifdef __unix__
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && pageSize > 0) return std::int64_t(pages) * pageSize / 2;
#endif
    return std::int64_t(4) << 30;
}

void VolumeLoader::start(const QString& path, const QString& dataset)
{
    std::shared_ptr<io::StackSource> source = io::openStack(toPath(path), dataset.toStdString());
    stop();  // no cancelled(): the next read takes its place at once
    retireFinished();

    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    m_loading = true;
    m_path = QFileInfo(path).absoluteFilePath();
    const QString name = QFileInfo(path).fileName();
    const std::uint64_t generation = job->generation;
    // The worker owns the source (sources are one per thread) and posts its results to this object's thread.
    job->thread = std::jthread(
        [this, job = job.get(), source, generation, name, absolute = m_path, dataset](std::stop_token stop) {
            try {
                const Shape shape = source->shape();
                ImageStack out = ImageStack::uninitialized(shape);
                const std::int64_t frameBytes = std::max<std::int64_t>(1, shape.rows * shape.cols * 4);
                const std::int64_t step = std::max<std::int64_t>(1, kSlabBytes / frameBytes);
                const Progress none({}, stop);
                int lastPercent = -1;
                for (std::int64_t f = 0; f < shape.frames; f += step) {
                    none.throwIfStopped();
                    const std::int64_t end = std::min(shape.frames, f + step);
                    const ImageStack slab = source->read({f, end}, Range::all(), none);
                    if (slab.shape() != Shape{end - f, shape.rows, shape.cols})
                        throw Error(toPath(absolute), {},
                                    "the reader returned " + slab.shape().str() + " for frames " + std::to_string(f) +
                                        ":" + std::to_string(end));
                    if (f == 0) out.copyAttributes(slab.info());
                    for (std::int64_t i = 0; i < slab.frames(); ++i)
                        for (std::int64_t r = 0; r < shape.rows; ++r)
                            std::ranges::copy(slab.row(i, r), out.row(f + i, r).begin());
                    const int percent = int(100 * end / std::max<std::int64_t>(1, shape.frames));
                    if (percent != lastPercent) {
                        lastPercent = percent;
                        QMetaObject::invokeMethod(
                            this,
                            [this, generation, percent, name] {
                                if (generation == m_generation && m_loading)
                                    emit progress(percent / 100.0, tr("Reading %1: %2%").arg(name).arg(percent));
                            },
                            Qt::QueuedConnection);
                    }
                }
                none.throwIfStopped();
                auto result = std::make_shared<LoadedVolume>(LoadedVolume{std::move(out), absolute, dataset});
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, result] {
                        if (generation != m_generation || !m_loading) return;
                        finish(generation);
                        emit loaded(result);
                    },
                    Qt::QueuedConnection);
            } catch (const Cancelled&) {
                // cancel() told the GUI already.
            } catch (const std::exception& e) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, absolute, dataset, error = QString::fromStdString(e.what())] {
                        if (generation != m_generation || !m_loading) return;
                        finish(generation);
                        emit failed(absolute, dataset, error);
                    },
                    Qt::QueuedConnection);
            }
            job->done = true;
        });
    m_jobs.push_back(std::move(job));
}

bool VolumeLoader::stop()
{
    if (!m_jobs.empty()) m_jobs.back()->thread.request_stop();
    if (!m_loading) return false;
    m_loading = false;
    ++m_generation;  // whatever the stopped worker still posts is dropped
    return true;
}

void VolumeLoader::cancel()
{
    if (stop()) emit cancelled(m_path);
}

void VolumeLoader::finish(std::uint64_t)
{
    m_loading = false;
    retireFinished();
}

void VolumeLoader::retireFinished()
{
    // Workers that have returned are joined at once; stopping ones are kept until they notice.
    std::erase_if(m_jobs, [](const std::shared_ptr<Job>& job) { return job->done.load(); });
}

}  // namespace xrs::app
