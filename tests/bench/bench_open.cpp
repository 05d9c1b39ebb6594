// bench_open: time from MainWindow::openFile to the first rendered frame for a large uint16 stack (default
// 2048×2048×512 = 4 GiB) stored as a multi-page TIFF, a TIFF folder (one file per frame), an HDF5 dataset written by
// the engine (chunks 1×256×256) and, when the reference Python has h5py, an HDF5 dataset chunked one frame per chunk.
// Each is opened cold-ish (its pages dropped from the page cache with posix_fadvise DONTNEED after fsync) and warm,
// and the bytes the process read while opening (/proc/self/io rchar: headers plus the shown frame is the goal; a
// full-range scan would read gigabytes) are printed with the times. Goal: first frame in < 1 s.
// Run under Xvfb, by hand (writes 12–16 GiB into the folder, reused when run again with the same --dir):
//   xvfb-run -a -s '-screen 0 1600x900x24' build/release/tests/bench/bench_open [--dir DIR] [--frames N]
//       [--size N] [--keep] [--no-folder] [--no-h5py]
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/ImagePane.h"
#include "app/MainWindow.h"
#include "io/StackSource.h"
#include "io/StackWriter.h"
#include "widgets/ImageView.h"
#include "widgets/VtkOpenGLWidget.h"

using namespace xrs;
namespace fs = std::filesystem;

namespace {

struct IoCounters {
    long long rchar = 0, readBytes = 0;  // bytes asked of read calls; bytes fetched from storage
};

IoCounters ioCounters()
{
    IoCounters c;
    std::ifstream in("/proc/self/io");
    std::string key;
    long long value = 0;
    while (in >> key >> value) {
        if (key == "rchar:") c.rchar = value;
        if (key == "read_bytes:") c.readBytes = value;
    }
    return c;
}

// Flushes and drops a file's pages from the page cache (what a fresh mount would give, as far as one process can).
void dropCache(const fs::path& path)
{
    std::vector<fs::path> files;
    if (fs::is_directory(path))
        for (const auto& e : fs::directory_iterator(path)) files.push_back(e.path());
    else
        files.push_back(path);
    for (const auto& f : files) {
        const int fd = ::open(f.c_str(), O_RDONLY);
        if (fd < 0) continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// Frame f: a ramp with a moving bright square, so every frame differs and the automatic window has a range.
ImageStack frame(std::int64_t f, std::int64_t size)
{
    ImageStack s = ImageStack::uninitialized(Shape{1, size, size});
    float* d = s.data();
    for (std::int64_t r = 0; r < size; ++r)
        for (std::int64_t c = 0; c < size; ++c) {
            const bool square = std::abs(r - size / 2) < size / 8 && std::abs(c - (f * 7) % size) < size / 8;
            d[r * size + c] = float((r + c + f) % 4096) + (square ? 30000.0f : 0.0f);
        }
    return s;
}

void writeWithEngine(const fs::path& path, std::int64_t frames, std::int64_t size)
{
    StackInfo info;
    info.shape = {frames, size, size};
    info.sourceType = DType::UInt16;
    io::WriteOptions opts;
    opts.dtype = DType::UInt16;
    auto writer = io::openWriter(path, info, opts);
    for (std::int64_t f = 0; f < frames; ++f) writer->append(frame(f, size));
    writer->commit();
}

bool writeWithH5py(const fs::path& path, std::int64_t frames, std::int64_t size)
{
    const QString python = qEnvironmentVariable("XRS_REF_PYTHON", QStringLiteral("/usr/bin/python3"));
    const QString script = QStringLiteral(
        "import sys, numpy as np, h5py\n"
        "n, s = int(sys.argv[2]), int(sys.argv[3])\n"
        "r = np.add.outer(np.arange(s), np.arange(s))\n"
        "with h5py.File(sys.argv[1] + '.tmp', 'w') as f:\n"
        "    d = f.create_dataset('data', (n, s, s), np.uint16, chunks=(1, s, s))\n"
        "    for i in range(n):\n"
        "        d[i] = (r + i) % 4096\n"
        "import os; os.rename(sys.argv[1] + '.tmp', sys.argv[1])\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, QString::fromStdString(path.string()), QString::number(frames),
                     QString::number(size)});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::printf("  (h5py case skipped: %s)\n", p.readAllStandardError().constData());
        return false;
    }
    return true;
}

struct Case {
    std::string name;
    fs::path path;
};

void measure(app::MainWindow& window, const Case& c, bool cold)
{
    if (cold) dropCache(c.path);
    const IoCounters before = ioCounters();
    QElapsedTimer t;
    t.start();
    const bool ok = window.openFile(QString::fromStdString(c.path.string()));
    const double openedMs = double(t.nsecsElapsed()) * 1e-6;
    QApplication::processEvents();
    window.renderPanes();
    const double renderedMs = double(t.nsecsElapsed()) * 1e-6;
    const IoCounters after = ioCounters();
    if (!ok) {
        std::printf("%-22s %-5s FAILED: %s\n", c.name.c_str(), cold ? "cold" : "warm", qPrintable(window.lastError()));
        return;
    }
    std::printf("%-22s %-5s openFile %8.1f ms   first frame rendered %8.1f ms   read %8.2f MiB (from disk %8.2f MiB)\n",
                c.name.c_str(), cold ? "cold" : "warm", openedMs, renderedMs,
                double(after.rchar - before.rchar) / 1048576.0, double(after.readBytes - before.readBytes) / 1048576.0);
    std::fflush(stdout);
    window.closeAllPanes();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);  // the pane and its source, file closed
    QApplication::processEvents();
}

}  // namespace

int main(int argc, char** argv)
{
    widgets::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString& name, const QString& fallback) {
        const auto i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const std::int64_t frames = value("--frames", "512").toLongLong();
    const std::int64_t size = value("--size", "2048").toLongLong();
    QTemporaryDir scratch;
    scratch.setAutoRemove(!args.contains("--keep") && !args.contains("--dir"));
    const fs::path dir = value("--dir", scratch.path()).toStdString();
    fs::create_directories(dir);
    const double gib = double(frames * size * size * 2) / double(1ull << 30);
    std::printf("bench_open: %lld frames of %lld×%lld uint16 (%.2f GiB per stack) in %s\n", (long long)frames,
                (long long)size, (long long)size, gib, dir.c_str());

    std::vector<Case> cases{{"multi-page TIFF", dir / "stack.tif"}, {"HDF5 (1x256x256)", dir / "stack.h5"}};
    if (!args.contains("--no-folder")) cases.push_back({"TIFF folder", dir / "folder"});
    const fs::path h5py = dir / "stack_frames.h5";
    for (const Case& c : cases) {
        if (fs::exists(c.path)) continue;
        QElapsedTimer t;
        t.start();
        const fs::path target = c.name == "TIFF folder" ? fs::path(c.path.string() + "/") : c.path;
        writeWithEngine(target, frames, size);
        std::printf("  wrote %s in %.1f s\n", c.path.filename().c_str(), double(t.elapsed()) / 1000.0);
    }
    if (!args.contains("--no-h5py") && (fs::exists(h5py) || writeWithH5py(h5py, frames, size)))
        cases.push_back({"HDF5 (1 frame/chunk)", h5py});

    app::MainWindow window;
    window.setDialogsEnabled(false);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    for (const Case& c : cases) {
        measure(window, c, true);
        measure(window, c, false);
    }
    return 0;
}
