// io/MovieWriter: OpenCV VideoWriter behind an AtomicFile.
#include "io/MovieWriter.h"

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <system_error>

#include "core/Error.h"
#include "io/AtomicFile.h"

namespace xrs::io {

struct MovieWriter::Impl {
    std::filesystem::path target;
    AtomicFile atomic;
    // OpenCV picks the container from the extension, so the movie is written as "<temp><ext>" and moved onto the
    // AtomicFile's temporary name before its commit.
    std::filesystem::path work;
    cv::VideoWriter writer;
    int width = 0, height = 0;
    Channels channels = Channels::Grey;
    std::int64_t frames = 0;

    explicit Impl(const std::filesystem::path& path) : target(path), atomic(path) {}
    ~Impl()
    {
        writer.release();
        std::error_code ec;
        std::filesystem::remove(work, ec);
    }
};

MovieWriter::MovieWriter(const std::filesystem::path& path, int width, int height, double fps, Channels channels)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    int fourcc = 0;
    if (ext == ".avi")
        fourcc = cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
    else if (ext == ".mp4")
        fourcc = cv::VideoWriter::fourcc('m', 'p', '4', 'v');
    else
        throw Error(path, {}, "unknown movie format '" + ext + "' (use .mp4 or .avi)");
    if (width <= 0 || height <= 0) throw Error(path, {}, "the movie frame size must be positive");
    if (!(fps > 0.0 && fps <= 1000.0)) throw Error(path, {}, "the frame rate must be in (0, 1000] fps");

    m = std::make_unique<Impl>(path);
    m->width = width;
    m->height = height;
    m->channels = channels;
    m->work = m->atomic.tempPath();
    m->work += ext;
    const bool opened = m->writer.open(m->work.string(), cv::CAP_FFMPEG, fourcc, fps, cv::Size(width, height),
                                       channels == Channels::Bgr);
    if (!opened || !m->writer.isOpened())
        throw Error(path, {}, "cannot open a " + ext.substr(1) + " movie writer (codec or container not available)");
}

MovieWriter::~MovieWriter() = default;

std::int64_t MovieWriter::framesWritten() const noexcept
{
    return m->frames;
}

void MovieWriter::append(std::span<const std::uint8_t> pixels, std::int64_t stride)
{
    const int ch = int(m->channels);
    if (stride < std::int64_t(m->width) * ch || std::int64_t(pixels.size()) < stride * (m->height - 1) + m->width * ch)
        throw Error(m->target, "frame " + std::to_string(m->frames), "the frame buffer is smaller than the movie size");
    const cv::Mat frame(m->height, m->width, ch == 3 ? CV_8UC3 : CV_8UC1, const_cast<std::uint8_t*>(pixels.data()),
                        std::size_t(stride));
    m->writer.write(frame);
    ++m->frames;
}

void MovieWriter::commit()
{
    if (m->frames == 0) throw Error(m->target, {}, "no frame was written to the movie");
    m->writer.release();
    std::error_code ec;
    std::filesystem::rename(m->work, m->atomic.tempPath(), ec);
    if (ec) throw Error(m->target, {}, "cannot move the finished movie into place: " + ec.message());
    m->atomic.commit();
}

}  // namespace xrs::io
